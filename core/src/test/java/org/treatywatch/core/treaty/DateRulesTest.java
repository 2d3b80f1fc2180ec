package org.treatywatch.core.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of the two date rules: Art. 17(2) entry into force and the Art. 20 six months. */
class DateRulesTest {
    private final EntryIntoForceRule entry = new EntryIntoForceRule(6, "Art. 17(1)", "Art. 17(2)");
    private final WithdrawalRule withdrawal = new WithdrawalRule(6, true, "Art. 20(3)");

    @ParameterizedTest(name = "deposited {0} -> in force {1}")
    @CsvSource({
        // The day within the month never matters: the rule counts from the month of deposit.
        "2025-08-01, 2026-02-01",
        "2025-08-29, 2026-02-01",
        "2025-08-30, 2026-02-01",
        "2025-08-31, 2026-02-01",
        "2025-01-31, 2025-07-01",
        // December rolls into the next year.
        "2025-12-01, 2026-06-01",
        "2025-12-31, 2026-06-01",
        "2012-12-27, 2013-06-01", // Poland's APMBC ratification
        // Around a leap day.
        "2024-02-28, 2024-08-01",
        "2024-02-29, 2024-08-01",
        "2024-03-01, 2024-09-01",
        "2023-08-31, 2024-02-01",
        "2025-03-12, 2025-09-01", // Marshall Islands
        "2025-06-25, 2025-12-01", // Tonga
        "2025-09-05, 2026-03-01", // Vanuatu (CCM)
        "2023-08-03, 2024-02-01", // South Sudan (CCM), as its README notes
        "2018-12-11, 2019-06-01", // Gambia (CCM), as its README notes
    })
    void entryIntoForce_isTheFirstDayOfTheSixthMonthAfterTheMonthOfDeposit(LocalDate deposited, LocalDate inForce) {
        assertThat(entry.firstDayAfterDeposit(deposited)).isEqualTo(inForce);
    }

    @ParameterizedTest(name = "received {0} -> six months end {1}")
    @CsvSource({
        "2025-06-27, 2025-12-27", // Estonia, Latvia, Lithuania (APMBC), as recorded
        "2025-07-10, 2026-01-10", // Finland
        "2025-08-20, 2026-02-20", // Poland
        "2024-09-06, 2025-03-06", // Lithuania (CCM)
        // A month that lacks the day: the period ends on the month's last day.
        "2025-08-31, 2026-02-28",
        "2023-08-31, 2024-02-29", // leap year
        "2025-08-29, 2026-02-28",
        "2027-08-29, 2028-02-29",
        "2025-12-31, 2026-06-30",
        "2025-03-31, 2025-09-30",
        // December and leap day as the start.
        "2025-12-15, 2026-06-15",
        "2024-02-29, 2024-08-29",
    })
    void withdrawalPeriod_endsOnTheSameDaySixMonthsLaterOrTheMonthsLastDay(LocalDate received, LocalDate ends) {
        assertThat(withdrawal.periodEnds(received)).isEqualTo(ends);
    }
}
