package org.treatywatch.store.reference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A state's engagement in an armed conflict: APMBC Art. 20(3) and CCM Art. 20(2) hold a withdrawal
 * back while the withdrawing state is engaged in one.
 *
 * @param id    the store's number, 0 for a row not yet stored
 * @param ended null while the conflict goes on
 */
public record ConflictRow(long id, String state, LocalDate started, LocalDate ended, String description) {
    public ConflictRow {
        if (state == null || !state.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("state must be ISO alpha-3, got " + state);
        }
        Objects.requireNonNull(started, "started");
        if (ended != null && !ended.isAfter(started)) {
            throw new IllegalArgumentException(state + ": conflict ends " + ended + ", not after it starts " + started);
        }
    }
}
