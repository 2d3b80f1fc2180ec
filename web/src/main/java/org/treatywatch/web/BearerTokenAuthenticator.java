package org.treatywatch.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Store;

/**
 * API tokens: {@code Authorization: Bearer TOKEN}. The store keeps only the SHA-256 of each token
 * (tokens are long random strings, so a fast hash is enough, unlike passwords); a token that is not
 * in the store is a 401, not an anonymous request, so a client with a stale token learns it at once.
 */
public final class BearerTokenAuthenticator implements Authenticator {
    private final Store store;

    public BearerTokenAuthenticator(Store store) {
        this.store = store;
    }

    @Override
    public Optional<Principal> authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        if (token.isEmpty() || token.length() > 512) {
            throw ApiException.unauthorized("the bearer token is empty or too long");
        }
        return store.analystByToken(ContentHash.sha256Hex(token))
                .map(a -> new Principal(a.id(), a.name(), "token"))
                .or(() -> {
                    throw ApiException.unauthorized("the bearer token is not valid");
                });
    }
}
