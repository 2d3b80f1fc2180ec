package org.treatywatch.store.flag;

/** What an analyst does to a flag; RAISE and RESOLVE are the checks' own entries in the audit trail. */
public enum FlagAction {
    CONFIRM, DISMISS, REOPEN, RAISE, RESOLVE;

    /** The actions an analyst may take. */
    public boolean byAnalyst() {
        return this == CONFIRM || this == DISMISS || this == REOPEN;
    }
}
