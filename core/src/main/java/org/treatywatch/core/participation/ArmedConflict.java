package org.treatywatch.core.participation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period during which a state is engaged in an armed conflict, as an analyst records it. It
 * matters for one rule: a withdrawal whose six months end during such a period does not take
 * effect before the conflict ends (APMBC Art. 20(3), CCM Art. 20(2)).
 *
 * <p>Whether a state is "engaged in an armed conflict" is a judgement the treaties leave open; the
 * shipped {@code armed-conflicts.csv} records Ukraine from 20 Feb 2014, open, and analysts edit
 * the table (the store keeps their edits).
 *
 * @param state alpha-3 of the state engaged in the conflict
 * @param start first day of the conflict
 * @param end   the day the conflict ended, or null while it is ongoing; from this day on the state
 *              is no longer engaged, so a held withdrawal takes effect on this day
 * @param note  what the conflict is, in a few words
 */
public record ArmedConflict(String state, LocalDate start, LocalDate end, String note) {
    public ArmedConflict {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException(state + ": conflict ends " + end + ", not after it starts " + start);
        }
        note = note == null ? "" : note;
    }

    /** Whether the state is engaged in this conflict on {@code date}: from start, until (not on) end. */
    public boolean engagedOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    public boolean ongoing() {
        return end == null;
    }
}
