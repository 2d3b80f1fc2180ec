package org.treatywatch.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's sign-in session of the web app, as the store keeps it: the SHA-256 (hex) of the
 * session id that the browser's cookie carries, never the id itself (as for API tokens), the
 * session's CSRF token, and its times. The web module decides the times (idle timeout, how often
 * {@code lastSeenAt} moves); the store only refuses a session whose {@code expiresAt} has passed.
 */
public record StoredSession(String idHash, long analystId, String analyst, String csrfToken,
                            Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
    public StoredSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
