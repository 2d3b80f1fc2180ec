package org.treatywatch.store.alerts;

/** What a row of the changes log is about. */
public enum ChangeKind {
    /** A claim was stored (ingest, an analyst's claim). */
    CLAIM,
    /** An event was made or changed (events and stories). */
    EVENT,
    /** A flag was raised or changed on an event (checks against the record). */
    FLAG
}
