package org.treatywatch.core.notice;

import java.util.Locale;

/**
 * What a depositary notification (C.N.) reports a state did. The first five become bound (or, for
 * signature, sign); withdrawal starts the treaty's withdrawal period; the last three change no
 * status and go to the declarations record.
 */
public enum NoticeAction {
    SIGNATURE, RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION, SUCCESSION, WITHDRAWAL, DECLARATION, OBJECTION,
    COMMUNICATION;

    /** True for the actions that change no status (declaration, objection, communication). */
    public boolean isStatement() {
        return this == DECLARATION || this == OBJECTION || this == COMMUNICATION;
    }

    /** True for an instrument of consent to be bound (ratification ... succession). */
    public boolean isConsent() {
        return this == RATIFICATION || this == ACCEPTANCE || this == APPROVAL || this == ACCESSION
                || this == SUCCESSION;
    }

    /** The lower-case word ("accession"). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
