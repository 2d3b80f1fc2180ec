package org.treatywatch.store;

/**
 * Where an analyst's review of a claim stands. A machine claim starts {@link #PENDING}; an analyst
 * accepts it, rejects it, or edits it (which also accepts the edited version).
 */
public enum ReviewState {
    PENDING,
    ACCEPTED,
    REJECTED,
    EDITED;

    /** True when an analyst has decided on the claim; re-extraction never touches such claims. */
    public boolean reviewed() {
        return this != PENDING;
    }
}
