package org.treatywatch.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day a request asks the record as known on ({@value #PARAM}): the API's status, timeline and
 * status export, the map and the state page answer from the record as it stood at the end of that
 * day (UTC) instead of the record of now. Read once per request before its handler (a bad date is
 * a 400 that says so) and kept for the request's thread, so that {@link StatusService#engine()}
 * gives every part of one page the same record; routes that do not list the parameter in
 * {@link QueryParams#only} refuse it.
 */
public final class AsKnownOn {
    public static final String PARAM = "as_known_on";
    private static final ThreadLocal<LocalDate> CURRENT = new ThreadLocal<>();

    private AsKnownOn() {}

    /** The request's day, or null for the record of now. */
    public static LocalDate current() {
        return CURRENT.get();
    }

    static void read(Context ctx) {
        CURRENT.remove();
        String v = ctx.queryParam(PARAM);
        if (v == null || v.isBlank()) {
            return;
        }
        v = v.strip();
        try {
            LocalDate d = LocalDate.parse(v.length() > 20 ? v.substring(0, 20) : v);
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                throw ApiException.badRequest("parameter '" + PARAM + "' must be a day from 1900-01-01 to 2200-12-31");
            }
            CURRENT.set(d);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + PARAM + "' must be a date as YYYY-MM-DD, got '"
                    + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + "'");
        }
    }

    static void clear(Context ctx) {
        CURRENT.remove();
    }
}
