package org.treatywatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.function.BiConsumer;
import java.util.List;

/**
 * Adds routes to the server that {@link WebServer} builds: the web app's pages, sign-in and review
 * UI are one. {@code treatywatch serve} finds extensions with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.treatywatch.web.WebExtension}), so a module adds pages without
 * touching the command.
 */
public interface WebExtension {

    /** Called once while Javalin is configured, after the API routes are added. */
    void configure(JavalinConfig config, WebServer server);

    /**
     * How this extension shows errors outside {@code /api} (the web app renders an HTML page), or
     * null; the server uses the first extension's that has one unless the builder was given one.
     */
    default BiConsumer<Context, ApiException> pageErrors() {
        return null;
    }

    /**
     * Authenticators this extension brings (the web app's session sign-in); they are asked after
     * those given to the builder and before the API token one.
     */
    default List<Authenticator> authenticators(WebServer server) {
        return List.of();
    }
}
