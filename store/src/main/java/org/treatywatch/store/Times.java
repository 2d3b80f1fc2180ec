package org.treatywatch.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How the store writes time as text: instants as UTC with exactly three fraction digits
 * ({@code 2025-06-27T10:15:30.000Z}) so that text order is time order, dates as ISO dates.
 */
public final class Times {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    public static String format(Instant instant) {
        return instant == null ? null : INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Reads an instant. The store's own shape ({@code 2025-06-27T10:15:30.000Z}) is read digit by
     * digit, since every claim row has two and {@link Instant#parse} cost more than the rest of the
     * row; any other ISO-8601 instant goes through {@link Instant#parse}.
     */
    public static Instant parseInstant(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() == 24 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && s.charAt(19) == '.' && s.charAt(23) == 'Z') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int millis = digits(s, 20, 23);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && millis >= 0) {
                // LocalDateTime.of validates the fields as Instant.parse would
                return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000).toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(s);
    }

    public static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Reads an ISO date; {@code uuuu-MM-dd} digit by digit, as {@link #parseInstant} does. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s);
    }

    /** The number written by the ASCII digits {@code s[from, to)}, or -1 if any is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
