package org.treatywatch.core.treaty;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A deadline a party must meet, counted from the treaty's entry into force for it ("not later than
 * four years after the entry into force of this Convention for that State Party", APMBC Art. 4).
 *
 * @param id        stable id ({@code stockpile}, {@code clearance}, {@code initial_report})
 * @param label     what must be done, in words
 * @param period    time allowed after entry into force ({@code P4Y}, {@code P180D})
 * @param citation  the article ("Art. 4")
 * @param appliesIf when the obligation binds a party ("it has mined areas under its jurisdiction or control")
 */
public record ObligationRule(String id, String label, Period period, String citation, String appliesIf) {
    public ObligationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(citation, "citation");
        appliesIf = appliesIf == null ? "always" : appliesIf;
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(id + ": period must be positive");
        }
    }

    /** The deadline for a party the treaty entered into force for on {@code inForce}. */
    public LocalDate dueFor(LocalDate inForce) {
        return inForce.plus(period);
    }
}
