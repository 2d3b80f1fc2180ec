package org.treatywatch.core.treaty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a withdrawal takes effect: "six months after the receipt of the instrument of withdrawal by
 * the Depositary. If, however, on the expiry of that six-month period, the withdrawing State Party
 * is engaged in an armed conflict, the withdrawal shall not take effect before the end of the
 * armed conflict" (APMBC Art. 20(3); CCM Art. 20(2)).
 *
 * <p><b>Counting months.</b> The period ends on the same day of the month, n months later, and the
 * withdrawal takes effect on that day: received 27 June 2025, effective 27 December 2025, as the
 * depositary recorded for Estonia, Latvia and Lithuania (C.N.360-362.2025). When that month lacks
 * the day, the period ends on the month's last day: received 31 August, effective 28 February (29
 * in a leap year). This is the usual civil-law convention for periods in months (for example
 * Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c)) and what {@link LocalDate#plusMonths}
 * does. The treaties and the depositary's published practice say nothing more precise.
 *
 * <p>The armed-conflict hold is applied by the status engine, which knows the conflict periods.
 *
 * @param monthsAfterReceipt n in "n months after the receipt of the instrument"
 * @param armedConflictHold  whether an armed conflict ongoing when the n months end holds the withdrawal
 * @param citation           the article ("Art. 20(3)")
 */
public record WithdrawalRule(int monthsAfterReceipt, boolean armedConflictHold, String citation) {
    public WithdrawalRule {
        if (monthsAfterReceipt < 0) {
            throw new IllegalArgumentException("months after receipt must not be negative");
        }
        Objects.requireNonNull(citation, "citation");
    }

    /** The day the n months after receipt end, before any armed-conflict hold. */
    public LocalDate periodEnds(LocalDate received) {
        return received.plusMonths(monthsAfterReceipt);
    }
}
