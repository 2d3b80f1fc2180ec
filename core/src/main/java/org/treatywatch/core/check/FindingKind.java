package org.treatywatch.core.check;

/**
 * What a reported act contradicts in the treaty record (issue 11, point 3). The modalities each
 * kind needs are in {@link TreatyChecks}.
 */
public enum FindingKind {
    /**
     * A State Party (in force, or withdrawing: bound until the withdrawal takes effect) or a state
     * bound by signature or deposit not to defeat the treaty's object (VCLT Art. 18) is reported
     * using, producing, transferring or acquiring the weapon the treaty bans (APMBC Art. 1, CCM
     * Art. 1).
     */
    PROHIBITED_ACT,
    /** A State Party is reported holding stocks after its stockpile-destruction deadline (APMBC Art. 4, CCM Art. 3). */
    STOCKS_AFTER_DEADLINE,
    /**
     * A report says a state has withdrawn, has joined, is a party or is not one, and the record says
     * otherwise on that day (Ukraine's 2025 "suspension" reported as a withdrawal).
     */
    STATUS_CONTRADICTS_RECORD,
    /** A withdrawal announced or decided long ago for which no instrument has reached the depositary. */
    WITHDRAWAL_NOT_DEPOSITED,
    /** A reported accession or ratification that the record does not hold (yet). */
    JOINING_NOT_IN_RECORD
}
