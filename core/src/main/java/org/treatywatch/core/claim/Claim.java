package org.treatywatch.core.claim;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One state, one kind of act, as a text reports it (CODEBOOK.md, "A claim"). Invalid claims cannot
 * be built: the compact constructor checks the codebook's field rules.
 *
 * @param doc       the document's id
 * @param actor     ISO 3166-1 alpha-3 (or ISO 3166-3 for former states) of the state the claim is about
 * @param treaty    treaty code ("APMBC", "CCM") for WITHDRAWAL and ACCESSION, else null
 * @param weapon    for the non-treaty types, else null
 * @param recipient alpha-3 of the receiving state, TRANSFER only, else null
 * @param when      ISO date, month ("2026-03") or year ("2026"), or null
 */
public record Claim(
        String doc,
        ClaimType type,
        String actor,
        Modality modality,
        String treaty,
        Stage stage,
        Weapon weapon,
        String recipient,
        String allegedBy,
        Quantity quantity,
        Amount amount,
        String when,
        Speaker speaker,
        Evidence evidence) {

    private static final Pattern WHEN = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public Claim {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
        if (!isAlpha3(actor)) {
            throw new IllegalArgumentException("actor must be ISO alpha-3, got " + actor);
        }
        if (type.isTreatyType()) {
            if (treaty == null || treaty.isBlank()) {
                throw new IllegalArgumentException(type + " needs a treaty");
            }
            if (weapon != null) {
                throw new IllegalArgumentException(type + " takes no weapon");
            }
        } else {
            if (treaty != null) {
                throw new IllegalArgumentException(type + " takes no treaty");
            }
            if (weapon == null) {
                throw new IllegalArgumentException(type + " needs a weapon");
            }
            if (stage != null) {
                throw new IllegalArgumentException(type + " takes no stage");
            }
        }
        if (recipient != null && (type != ClaimType.TRANSFER || !isAlpha3(recipient))) {
            throw new IllegalArgumentException("recipient is for TRANSFER only, as ISO alpha-3, got " + recipient);
        }
        if (allegedBy != null && !isAlpha3(allegedBy)) {
            throw new IllegalArgumentException("alleged_by must be ISO alpha-3, got " + allegedBy);
        }
        if (when != null && !WHEN.matcher(when).matches()) {
            throw new IllegalArgumentException("when must be YYYY, YYYY-MM or YYYY-MM-DD, got " + when);
        }
    }

    /** Three ASCII capitals (checked by hand: every claim read from the store passes here). */
    static boolean isAlpha3(String code) {
        return code != null && code.length() == 3 && isCapital(code.charAt(0)) && isCapital(code.charAt(1))
                && isCapital(code.charAt(2));
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The scoring key of CODEBOOK.md: (doc, type, actor, treaty, recipient). */
    public Key key() {
        return new Key(doc, type, actor, treaty, recipient);
    }

    /** The part of a claim that the codebook scores on; its modality is scored separately. */
    public record Key(String doc, ClaimType type, String actor, String treaty, String recipient) {}
}
