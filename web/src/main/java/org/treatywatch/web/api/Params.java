package org.treatywatch.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.QueryParams;

/**
 * Reads query and path parameters, answering 400 with a message that names the parameter and
 * what it accepts. Every value is bounded in length before it goes near the store.
 */
final class Params {
    static final int MAX_PARAM_CHARS = 200;

    private Params() {}

    static String string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        return bounded(name, v).strip();
    }

    private static String bounded(String name, String v) {
        if (v.length() > MAX_PARAM_CHARS) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_PARAM_CHARS + " characters");
        }
        return v;
    }

    /**
     * A state's alpha-3 code from what the CLI accepts too: a code, name, alias or adjective in
     * any case ({@code ltu}, {@code Lithuania}, {@code lithuanian} are LTU); a 400 with the CLI's
     * "did you mean" message otherwise.
     */
    static String state(Context ctx, String name, StateRegistry states) {
        String v = string(ctx, name);
        return v == null ? null : state(name, v, states).alpha3();
    }

    static State state(String name, String value, StateRegistry states) {
        return states.find(value).orElseThrow(() ->
                ApiException.badRequest("parameter '" + name + "': " + states.unknownMessage(value)));
    }

    static <E extends Enum<E>> E enumValue(Context ctx, String name, Class<E> type) {
        String v = string(ctx, name);
        return v == null ? null : parseEnum(name, v, type);
    }

    static <E extends Enum<E>> E parseEnum(String name, String v, Class<E> type) {
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.badRequest("parameter '" + name + "' must be one of " + allowed + ", got '" + v + "'");
        }
    }

    /** The date a status is for: {@code on}, or its alias {@code date} ({@link QueryParams#on}). */
    static LocalDate on(Context ctx) {
        String v = QueryParams.on(ctx);
        return v == null ? null : parseDate(QueryParams.ON, bounded(QueryParams.ON, v).strip());
    }

    /** The {@code from} and {@code to} dates of a filter, each may be null. */
    record Range(LocalDate from, LocalDate to) {}

    /** {@code from} and {@code to}, checked: a {@code to} before {@code from} is a 400. */
    static Range range(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        return new Range(from, to);
    }

    static LocalDate date(Context ctx, String name) {
        String v = string(ctx, name);
        return v == null ? null : parseDate(name, v);
    }

    private static LocalDate parseDate(String name, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date as YYYY-MM-DD, got '" + v + "'");
        }
    }

    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String v = string(ctx, name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw ApiException.badRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max + ", got '" + v + "'");
    }

    static long pathId(Context ctx, String name) {
        String v = ctx.pathParam(name);
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw ApiException.badRequest("'" + v + "' is not a valid " + name + ": ids are positive whole numbers");
    }
}
