package org.treatywatch.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredSession;

/**
 * Signed-in analysts, kept in the store ({@code analyst_sessions}, migration V2): a restart of
 * {@code treatywatch serve} signs no one out, and servers that share one PostgreSQL database (the
 * team setup) accept each other's sessions, and a sign-out on one ends the session on all.
 *
 * <p>The cookie carries only a random 256-bit id; the store keeps its SHA-256, as it does for API
 * tokens, so a copy of the database signs no one in. Each session has its own CSRF token (the
 * synchronizer-token pattern: every form carries it, every write checks it). A new session id is
 * made at each sign-in, so an id planted before sign-in (session fixation) is worthless.
 *
 * <p>Sessions end after {@link #IDLE} without a request; there is no other lifetime on the server
 * (the browser drops the cookie {@link #IDLE} after sign-in, its {@code Max-Age}). Servers that
 * share a database judge expiry by their own clocks: keep them in sync (NTP); a skew moves the
 * timeout by as much, no more.
 *
 * <p>Cost per request: one lookup by primary key. The last-seen time, which moves the idle expiry,
 * is written only when it is at least {@link #TOUCH_INTERVAL} old, so an analyst reading pages
 * writes at most once a minute. The price: the idle timeout counts from a time up to one
 * {@link #TOUCH_INTERVAL} before the last request, so a session can end that much earlier than
 * {@link #IDLE} after it. Expired sessions are deleted when they are next presented, and all of
 * them by one indexed delete at each sign-in and at most once per {@link #SWEEP_INTERVAL}; never by
 * a scan per request. At most {@link #MAX_PER_ANALYST} sessions live per analyst, the longest idle
 * going first, so repeated sign-ins cannot fill the table.
 *
 * <p>The writes a read makes (the last-seen time, the sweep) are bookkeeping: if the store refuses
 * one (an SQLite file held by a long write), the page is still served and the failure logged; the
 * next request tries again.
 */
public final class Sessions {
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
    public static final Duration IDLE = Duration.ofHours(12);
    /** How old the stored last-seen time must be before a request writes a new one. */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** How often, at most, a request also deletes every expired session. */
    public static final Duration SWEEP_INTERVAL = Duration.ofHours(1);
    public static final int MAX_PER_ANALYST = 50;
    /** Session ids are 43 characters ({@link Tokens#random}); anything much longer is not hashed. */
    private static final int MAX_ID_LENGTH = 128;

    /**
     * One signed-in analyst. {@code id} is the cookie's value: known when the session starts and
     * when a request presents it, never read back from the store.
     */
    public record Session(String id, long analystId, String analyst, String csrfToken, Instant created, Instant lastSeen) {}

    private final Store store;
    private final Clock clock;
    private final AtomicReference<Instant> nextSweep;

    public Sessions(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.nextSweep = new AtomicReference<>(clock.instant());
    }

    public Sessions(Store store) {
        this(store, Clock.systemUTC());
    }

    /** Starts a session for an analyst who just proved who they are. */
    public Session start(long analystId, String analyst) {
        Instant now = clock.instant();
        store.deleteExpiredSessions(now);
        nextSweep.set(now.plus(SWEEP_INTERVAL));
        String id = Tokens.random();
        String csrf = Tokens.random();
        store.addSession(analystId, Tokens.sha256Hex(id), csrf, now, now.plus(IDLE), MAX_PER_ANALYST);
        return new Session(id, analystId, analyst, csrf, now, now);
    }

    /**
     * The live session with this id, or empty when unknown or idle too long. Refreshes its
     * last-seen time in the store when that is {@link #TOUCH_INTERVAL} old or older.
     */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        sweepIfDue(now);
        String hash = Tokens.sha256Hex(id);
        Optional<StoredSession> found = store.session(hash, now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredSession s = found.get();
        Instant lastSeen = s.lastSeenAt();
        if (!now.isBefore(lastSeen.plus(TOUCH_INTERVAL))) {
            try {
                store.touchSession(hash, now, now.plus(IDLE));
                lastSeen = now;
            } catch (RuntimeException e) {
                LOG.warn("could not record a session's last request, will try again on the next: {}", e.toString());
            }
        }
        return Optional.of(new Session(id, s.analystId(), s.analyst(), s.csrfToken(), s.createdAt(), lastSeen));
    }

    /** Ends a session (sign-out), on every server that shares the store. */
    public void end(String id) {
        if (id != null && !id.isEmpty() && id.length() <= MAX_ID_LENGTH) {
            store.deleteSession(Tokens.sha256Hex(id));
        }
    }

    /** One request in each {@link #SWEEP_INTERVAL} (the first to claim it) deletes the expired sessions. */
    private void sweepIfDue(Instant now) {
        Instant due = nextSweep.get();
        if (!now.isBefore(due) && nextSweep.compareAndSet(due, now.plus(SWEEP_INTERVAL))) {
            try {
                store.deleteExpiredSessions(now);
            } catch (RuntimeException e) {
                nextSweep.set(now);
                LOG.warn("could not delete the expired sessions, will try again on the next request: {}", e.toString());
            }
        }
    }
}
