package org.treatywatch.spark.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Publication dates as inputs give them: ISO dates, or timestamps whose first ten characters are one. */
final class Dates {
    private Dates() {}

    /** The date {@code value} starts with, or null when it holds none (a missing date is not a failure). */
    static LocalDate parseLeniently(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        String text = value.toString().strip();
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
