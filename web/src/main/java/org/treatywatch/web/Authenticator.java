package org.treatywatch.web;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Finds who makes a request. {@link WebServer} asks each configured authenticator in turn, before
 * every request, and keeps the first principal found (see {@link Auth}). The API comes with
 * {@link BearerTokenAuthenticator}; the web app adds its session sign-in through
 * {@link WebServer.Builder#authenticator(Authenticator)}.
 *
 * <p>An authenticator that sees credentials it must refuse (a revoked token, a session without its
 * CSRF token on a write) throws {@link ApiException} (401 or 403) rather than returning empty.
 */
@FunctionalInterface
public interface Authenticator {
    Optional<Principal> authenticate(Context ctx);
}
