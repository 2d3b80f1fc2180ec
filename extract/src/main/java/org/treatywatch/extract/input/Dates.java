package org.treatywatch.extract.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatywatch.core.document.PublicationDates;

/**
 * Publication dates as metadata writes them: ISO 8601 dates and date-times (HTML meta, JSON-LD,
 * Atom, JSON Lines) and RFC 822 dates (RSS {@code pubDate}). The date is taken as written, in the
 * publisher's own time zone, because that is the "today" its relative times ("next year") mean.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {}

    /**
     * The date in {@code value}, or null when there is none, it is not a real date, or it lies
     * outside {@link PublicationDates} (a page dated 9999 has no usable date).
     */
    static LocalDate parseLenient(String value) {
        LocalDate date = parseAny(value);
        return date == null || !PublicationDates.plausible(date) ? null : date;
    }

    private static LocalDate parseAny(String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            try {
                return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeException notRfc1123) {
                // RSS in the wild: "18 Mar 2025", "Tue, 18 March 2025 10:00 EST"
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(value);
            if (dmy.find()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)),
                        MONTHS.get(dmy.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(dmy.group(1)));
            }
        } catch (DateTimeException | NumberFormatException notADate) {
            return null;
        }
        return null;
    }

    /**
     * {@code value} as a strict ISO date ({@code YYYY-MM-DD}, optionally followed by a time).
     *
     * @throws DateTimeException when it is none, or it lies outside {@link PublicationDates}
     */
    static LocalDate parseIso(String value) {
        Matcher iso = ISO.matcher(value);
        LocalDate date;
        try {
            if (!iso.find()) {
                throw new DateTimeException("no ISO date");
            }
            date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        } catch (DateTimeException notADate) {
            throw new DateTimeException("not an ISO date (YYYY-MM-DD or an ISO date-time)");
        }
        if (!PublicationDates.plausible(date)) {
            throw new DateTimeException("out of range (" + PublicationDates.range() + ")");
        }
        return date;
    }
}
