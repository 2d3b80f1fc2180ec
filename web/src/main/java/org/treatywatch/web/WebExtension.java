package org.treatywatch.web;

import io.javalin.config.JavalinConfig;

/**
 * Adds routes to the server that {@link WebServer} builds: the web app's pages, sign-in and review
 * UI are one. Called once, while Javalin is configured, after the API routes are added.
 */
@FunctionalInterface
public interface WebExtension {
    void configure(JavalinConfig config, WebServer server);
}
