package org.treatywatch.core.treaty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * "The first day of the sixth month after the month of deposit" (APMBC and CCM Art. 17(2)).
 *
 * <p>The rule counts whole months from the month of deposit, so the day of deposit within its
 * month never matters: a deposit on 1 or 31 August, or on 29 February, gives the first day of the
 * sixth month after (1 February, 1 August). Computed as {@code deposited.withDayOfMonth(1)
 * .plusMonths(n)}, which cannot fall on a day a month lacks.
 *
 * @param monthsAfterDepositMonth n in "the first day of the n-th month after the month of deposit"
 * @param generalCitation         the article for the treaty's own entry into force ("Art. 17(1)")
 * @param citation                the article for a state joining later ("Art. 17(2)")
 */
public record EntryIntoForceRule(int monthsAfterDepositMonth, String generalCitation, String citation) {
    public EntryIntoForceRule {
        if (monthsAfterDepositMonth < 0) {
            throw new IllegalArgumentException("months after deposit must not be negative");
        }
        Objects.requireNonNull(generalCitation, "generalCitation");
        Objects.requireNonNull(citation, "citation");
    }

    /** The first day of the n-th month after the month of {@code deposited}. */
    public LocalDate firstDayAfterDeposit(LocalDate deposited) {
        return deposited.withDayOfMonth(1).plusMonths(monthsAfterDepositMonth);
    }
}
