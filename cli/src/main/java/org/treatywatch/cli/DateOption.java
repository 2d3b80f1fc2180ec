package org.treatywatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.treatywatch.core.document.PublicationDates;

/** A date given on the command line ({@code --on}, {@code --published}): YYYY-MM-DD, 1900 to 2200. */
public final class DateOption {
    private DateOption() {}

    /**
     * The date {@code text} names, or null when it is null.
     *
     * @throws UsageException naming {@code option} when it is not a date or out of range
     */
    public static LocalDate parse(String option, String text) {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": \"" + text + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01");
        }
        if (!PublicationDates.plausible(date)) {
            throw new UsageException(option + ": " + text + " is out of range; give a date " + PublicationDates.range());
        }
        return date;
    }
}
