package org.treatywatch.store.flag;

/** Where a flag stands. */
public enum FlagState {
    /** Raised, not yet decided by an analyst. */
    OPEN,
    /** An analyst agrees the report contradicts the record. */
    CONFIRMED,
    /** An analyst found it is not one (a misread report, a known case). */
    DISMISSED,
    /** The last check no longer found it (the record or the claims changed). */
    RESOLVED
}
