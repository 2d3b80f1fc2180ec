package org.treatywatch.web.pages;

/**
 * The groups the map colours states by, for one treaty on one date. The colours are the
 * Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008), which readers with any common
 * colour-vision deficiency can tell apart; each group also has its own fill pattern and a text
 * label, so nothing depends on colour alone.
 *
 * <p>A state counts as a party from the deposit of its instrument, as the depositary counts it,
 * and stops being one on the day its withdrawal takes effect (APMBC and CCM Art. 20).
 */
public enum MapCategory {
    /** Deposited an instrument; no withdrawal in effect. */
    PARTY("State Party", "party", "#009E73"),
    /** Signed, instrument not (yet) deposited. */
    SIGNATORY("Signatory", "signatory", "#56B4E9"),
    /** Withdrawal deposited, not yet in effect (Art. 20: six months, longer while at war). */
    WITHDRAWING("Withdrawing, still a State Party", "withdrawing", "#E69F00"),
    /** Withdrawal in effect. */
    WITHDRAWN("Withdrawn", "withdrawn", "#D55E00"),
    /** Never signed or joined. */
    NOT_JOINED("Not joined", "not-joined", "#BBBBBB"),
    /** A shape that is not a state in the registry (a territory, a disputed area). */
    NO_DATA("Not a state / no data", "no-data", "#F2F2F2");

    private final String label;
    private final String cssName;
    private final String colour;

    MapCategory(String label, String cssName, String colour) {
        this.label = label;
        this.cssName = cssName;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The suffix of the CSS class ({@code st-party}) and the SVG pattern id ({@code pat-party}). */
    public String cssName() {
        return cssName;
    }

    public String colour() {
        return colour;
    }
}
