package org.treatywatch.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters each route takes, declared where the route is, so that a misspelt or
 * foreign parameter is a 400 that names it instead of being silently ignored (a map asked for
 * {@code ?date=} would otherwise show today). One name per parameter everywhere: the date a
 * status or map is for is {@code on}, as in the CLI's {@code --on}; {@code date}, the map's
 * former name, is still read as its alias.
 */
public final class QueryParams {
    /** The parameter naming the date of a status, a map or a state page. */
    public static final String ON = "on";
    /** The former name of {@link #ON} on the map's pages, still accepted. */
    public static final String ON_ALIAS = "date";

    private QueryParams() {}

    /**
     * {@code handler}, after checking that the request has no query parameter outside
     * {@code names} (400 otherwise, under {@code /api} as JSON, on pages as an error page).
     * When {@code names} has {@link #ON}, its alias is accepted too.
     */
    public static Handler only(Handler handler, String... names) {
        Set<String> allowed = Set.of(names);
        return ctx -> {
            check(ctx, allowed);
            handler.handle(ctx);
        };
    }

    static void check(Context ctx, Set<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name) && !(name.equals(ON_ALIAS) && allowed.contains(ON))) {
                throw ApiException.badRequest("unknown parameter '" + clip(name) + "'"
                        + (allowed.isEmpty() ? ": " + ctx.path() + " takes none"
                                : "; " + ctx.path() + " takes " + String.join(", ", new TreeSet<>(allowed))));
            }
        }
    }

    /**
     * The value of {@link #ON}, or of its alias {@code date} when {@code on} is absent; null when
     * neither is given. Both at once with different values is a 400.
     */
    public static String on(Context ctx) {
        String on = blankToNull(ctx.queryParam(ON));
        String alias = blankToNull(ctx.queryParam(ON_ALIAS));
        if (on != null && alias != null && !on.strip().equals(alias.strip())) {
            throw ApiException.badRequest("give the date once, as 'on' ('date' is its old name), not both: on="
                    + clip(on) + ", date=" + clip(alias));
        }
        return on != null ? on : alias;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
