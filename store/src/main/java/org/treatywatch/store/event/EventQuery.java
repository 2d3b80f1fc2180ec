package org.treatywatch.store.event;

import java.time.Instant;
import java.time.LocalDate;
import org.treatywatch.core.claim.ClaimType;

/**
 * A filter of events: by state (actor), claim type, treaty, and the date of the latest report
 * ({@code from}, {@code to}); newest event first, keyset-paged by an opaque cursor. Null means any.
 *
 * @param knownBy only what was stored before this instant: events with a claim stored by then, each
 *     worked out from those claims alone (the events as known on a day); null for all
 */
public record EventQuery(String actor, ClaimType type, String treaty, LocalDate from, LocalDate to, String cursor, int limit,
        Instant knownBy) {
    public static final int MAX_LIMIT = 200;

    public EventQuery(String actor, ClaimType type, String treaty, LocalDate from, LocalDate to, String cursor, int limit) {
        this(actor, type, treaty, from, to, cursor, limit, null);
    }

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, 50, null);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(a, type, treaty, from, to, cursor, limit, knownBy);
    }

    public EventQuery withType(ClaimType t) {
        return new EventQuery(actor, t, treaty, from, to, cursor, limit, knownBy);
    }

    public EventQuery withTreaty(String t) {
        return new EventQuery(actor, type, t, from, to, cursor, limit, knownBy);
    }

    public EventQuery withRange(LocalDate f, LocalDate t) {
        return new EventQuery(actor, type, treaty, f, t, cursor, limit, knownBy);
    }

    public EventQuery withCursor(String c) {
        return new EventQuery(actor, type, treaty, from, to, c, limit, knownBy);
    }

    public EventQuery withLimit(int l) {
        return new EventQuery(actor, type, treaty, from, to, cursor, l, knownBy);
    }

    public EventQuery withKnownBy(Instant k) {
        return new EventQuery(actor, type, treaty, from, to, cursor, limit, k);
    }
}
