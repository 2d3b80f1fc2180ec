package org.treatywatch.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in analysts, kept in memory: a restart signs everyone out, which is acceptable for a
 * handful of analysts and keeps session secrets out of the database.
 *
 * <p>The cookie carries only a random 256-bit id. Each session has its own CSRF token (the
 * synchronizer-token pattern: every form carries it, every write checks it). A new session id is
 * made at each sign-in, so an id planted before sign-in (session fixation) is worthless. Sessions
 * end after {@link #IDLE} without a request; at most {@link #MAX_SESSIONS} live at once, the
 * longest idle going first, so a flood of sign-ins cannot exhaust memory.
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofHours(12);
    public static final int MAX_SESSIONS = 10_000;

    /** One signed-in analyst. */
    public record Session(String id, long analystId, String analyst, String csrfToken, Instant created, Instant lastSeen) {
        Session touched(Instant now) {
            return new Session(id, analystId, analyst, csrfToken, created, now);
        }
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public Sessions() {
        this(Clock.systemUTC());
    }

    /** Starts a session for an analyst who just proved who they are. */
    public Session start(long analystId, String analyst) {
        Instant now = clock.instant();
        if (byId.size() >= MAX_SESSIONS) {
            evictExpired(now);
            if (byId.size() >= MAX_SESSIONS) {
                byId.values().stream().min(Comparator.comparing(Session::lastSeen)).ifPresent(s -> byId.remove(s.id()));
            }
        }
        Session session = new Session(Tokens.random(), analystId, analyst, Tokens.random(), now, now);
        byId.put(session.id(), session);
        return session;
    }

    /** The live session with this id, refreshed, or empty when unknown or idle too long. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeen().plus(IDLE).isBefore(now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session touched = session.touched(now);
        byId.put(id, touched);
        return Optional.of(touched);
    }

    /** Ends a session (sign-out). */
    public void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    private void evictExpired(Instant now) {
        byId.values().removeIf(s -> s.lastSeen().plus(IDLE).isBefore(now));
    }
}
