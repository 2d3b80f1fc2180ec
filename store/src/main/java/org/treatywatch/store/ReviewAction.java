package org.treatywatch.store;

/** What an analyst did to a claim, as written to the audit trail. */
public enum ReviewAction {
    /** The claim is right as it stands: {@link ReviewState#ACCEPTED}. */
    ACCEPT,
    /** The claim is wrong: {@link ReviewState#REJECTED}. */
    REJECT,
    /** The analyst corrected fields: {@link ReviewState#EDITED}, with the new values. */
    EDIT,
    /** Back to {@link ReviewState#PENDING}. */
    RESET,
    /** The analyst added a claim the extractor missed (origin {@link Origin#ANALYST}, state EDITED). */
    ADD
}
