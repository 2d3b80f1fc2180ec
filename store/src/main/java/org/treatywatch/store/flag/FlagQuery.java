package org.treatywatch.store.flag;

import java.time.LocalDate;
import org.treatywatch.core.check.FindingKind;

/**
 * A filter of flags: by the event's state (actor), the treaty the flag's article cites, the flag's
 * state and kind, and the dates of the event's reports ({@code from}, {@code to}: an event
 * reported on a day of the range, as the events list reads them); newest flag first, keyset-paged
 * by an opaque cursor. Null means any.
 */
public record FlagQuery(String actor, FlagState state, FindingKind kind, String treaty, LocalDate from, LocalDate to,
        String cursor, int limit) {
    public static final int MAX_LIMIT = 200;

    public FlagQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    /** Flags of a state (null: any) in one flag state (null: any), 50 a page. */
    public static FlagQuery of(String actor, FlagState state) {
        return new FlagQuery(actor, state, null, null, null, null, null, 50);
    }

    public FlagQuery withCursor(String c) {
        return new FlagQuery(actor, state, kind, treaty, from, to, c, limit);
    }

    public FlagQuery withLimit(int l) {
        return new FlagQuery(actor, state, kind, treaty, from, to, cursor, l);
    }
}
