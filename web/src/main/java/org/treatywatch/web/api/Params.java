package org.treatywatch.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
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

    /** An ISO alpha-3 code, upper-cased: {@code ltu} is LTU. */
    static String alpha3(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) {
            return null;
        }
        String code = v.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw ApiException.badRequest("parameter '" + name + "' must be an ISO 3166 alpha-3 code such as LTU, got '" + v + "'");
        }
        return code;
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
