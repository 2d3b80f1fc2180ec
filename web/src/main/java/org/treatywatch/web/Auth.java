package org.treatywatch.web;

import io.javalin.http.Context;
import java.util.Optional;

/** The principal of the current request, as the authenticators found it. */
public final class Auth {
    static final String ATTRIBUTE = "treatywatch.principal";

    private Auth() {}

    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The principal, or a 401 for anonymous requests: every write endpoint starts with this. */
    public static Principal require(Context ctx) {
        return principal(ctx).orElseThrow(() -> ApiException.unauthorized(
                "this request changes data: sign in, or send 'Authorization: Bearer TOKEN'"));
    }
}
