package org.treatywatch.core.document;

import java.time.LocalDate;

/**
 * The dates Treatywatch accepts for a publication or a status query: 1900-01-01 to 2200-12-31.
 * Both treaties fall well inside, and a relative time ("next year") always resolves to a
 * four-digit year; a date outside is a typo or a broken page, refused rather than half-used.
 */
public final class PublicationDates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private PublicationDates() {}

    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** "between 1900-01-01 and 2200-12-31", for messages. */
    public static String range() {
        return "between " + EARLIEST + " and " + LATEST;
    }
}
