package org.treatywatch.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How the store writes time as text: instants as UTC with exactly three fraction digits
 * ({@code 2025-06-27T10:15:30.000Z}) so that text order is time order, dates as ISO dates.
 */
final class Times {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    static String format(Instant instant) {
        return instant == null ? null : INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static Instant parseInstant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate parseDate(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }
}
