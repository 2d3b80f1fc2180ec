package org.treatywatch.core.participation;

import java.util.Locale;

/**
 * The kind of instrument a state deposits to become bound (APMBC Art. 16, CCM Art. 16). All of
 * them count the same for entry into force (Art. 17); succession is how a new state continues its
 * predecessor's participation.
 */
public enum Instrument {
    RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION, SUCCESSION;

    /** The lower-case word the participation tables use ("ratification"). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the participation tables' word, any case. */
    public static Instrument parse(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown instrument '" + word
                    + "' (expected ratification, acceptance, approval, accession or succession)", e);
        }
    }
}
