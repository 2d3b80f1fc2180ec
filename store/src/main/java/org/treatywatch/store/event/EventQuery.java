package org.treatywatch.store.event;

import java.time.LocalDate;
import org.treatywatch.core.claim.ClaimType;

/**
 * A filter of events: by state (actor), claim type, treaty, and the date of the latest report
 * ({@code from}, {@code to}); newest event first, keyset-paged by an opaque cursor. Null means any.
 */
public record EventQuery(String actor, ClaimType type, String treaty, LocalDate from, LocalDate to, String cursor, int limit) {
    public static final int MAX_LIMIT = 200;

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, 50);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(a, type, treaty, from, to, cursor, limit);
    }

    public EventQuery withType(ClaimType t) {
        return new EventQuery(actor, t, treaty, from, to, cursor, limit);
    }

    public EventQuery withTreaty(String t) {
        return new EventQuery(actor, type, t, from, to, cursor, limit);
    }

    public EventQuery withRange(LocalDate f, LocalDate t) {
        return new EventQuery(actor, type, treaty, f, t, cursor, limit);
    }

    public EventQuery withCursor(String c) {
        return new EventQuery(actor, type, treaty, from, to, c, limit);
    }

    public EventQuery withLimit(int l) {
        return new EventQuery(actor, type, treaty, from, to, cursor, l);
    }
}
