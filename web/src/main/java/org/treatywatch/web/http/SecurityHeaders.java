package org.treatywatch.web.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every response carries, whoever writes it: the app's pages and JSON, and Jetty's own
 * error pages for requests that never reach the app (a malformed request line, a URI or headers
 * too long). A Content Security Policy that allows scripts only from this server, so even a missed
 * escape could not run injected script; no MIME sniffing; no referrer to other sites.
 */
public final class SecurityHeaders {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("Content-Security-Policy", CSP);
        HEADERS.put("X-Content-Type-Options", "nosniff");
        HEADERS.put("Referrer-Policy", "same-origin");
    }

    private SecurityHeaders() {}

    /** Calls {@code put} with each header's name and value. */
    public static void apply(BiConsumer<String, String> put) {
        HEADERS.forEach(put);
    }
}
