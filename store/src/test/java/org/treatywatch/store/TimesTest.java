package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store's time text: the hand-written readers agree with java.time on every input. */
class TimesTest {
    @Test
    void instants_roundTripAndAgreeWithInstantParse() {
        Random random = new Random(20261126);
        for (int i = 0; i < 10_000; i++) {
            // from year 1 to 9999, where the text has four year digits
            Instant t = Instant.ofEpochMilli(-62_135_596_800_000L + (long) (random.nextDouble() * 315_537_897_599_999L));
            String text = Times.format(t);
            assertThat(Times.parseInstant(text)).isEqualTo(t).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void dates_roundTripAndAgreeWithLocalDateParse() {
        for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2029, 1, 5)); d = d.plusDays(1)) {
            String text = Times.format(d);
            assertThat(Times.parseDate(text)).isEqualTo(d).isEqualTo(LocalDate.parse(text));
        }
        assertThat(Times.parseDate(null)).isNull();
        assertThat(Times.parseDate("")).isNull();
        assertThat(Times.parseInstant(null)).isNull();
    }

    @Test
    void otherIsoInstants_areStillRead() {
        assertThat(Times.parseInstant("2025-06-27T10:15:30Z")).isEqualTo(Instant.parse("2025-06-27T10:15:30Z"));
        assertThat(Times.parseInstant("2025-06-27T10:15:30.123456Z")).isEqualTo(Instant.parse("2025-06-27T10:15:30.123456Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30T10:15:30.000Z", "2025-13-01T10:15:30.000Z", "2025-06-27T24:15:30.000Z",
            "2025-06-27T10:15:3x.000Z", "+025-06-27T10:15:30.000Z", "2025-06-27 10:15:30.000Z"})
    void invalidInstants_areRefused(String text) {
        assertThatThrownBy(() -> Times.parseInstant(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29", "2025-00-10", "2025-1-100", "20x5-01-01", "-025-01-01"})
    void invalidDates_areRefused(String text) {
        assertThatThrownBy(() -> Times.parseDate(text)).isInstanceOf(DateTimeException.class);
    }
}
