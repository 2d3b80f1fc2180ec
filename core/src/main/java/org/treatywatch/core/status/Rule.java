package org.treatywatch.core.status;

import java.util.Objects;

/**
 * Why a status holds: the treaty provision (or data source) and the reasoning in words.
 *
 * @param citation    "APMBC Art. 17(2)"
 * @param explanation "Instrument of ratification deposited 2025-03-12; in force for the state from
 *                    2025-09-01, the first day of the 6th month after the month of deposit."
 */
public record Rule(String citation, String explanation) {
    public Rule {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(explanation, "explanation");
    }
}
