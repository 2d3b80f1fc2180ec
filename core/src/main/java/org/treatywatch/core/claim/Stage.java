package org.treatywatch.core.claim;

/** How far a treaty act (withdrawal, accession) has gone, when the text says. */
public enum Stage {
    ANNOUNCED,
    /** Cabinet, parliament or president decided. */
    APPROVED,
    /** Instrument deposited with the UN Secretary-General. */
    NOTIFIED,
    EFFECTIVE
}
