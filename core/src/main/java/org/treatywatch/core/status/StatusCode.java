package org.treatywatch.core.status;

/**
 * Where a state stands with a treaty on a date, as one word (issue 2). The data each status carries
 * is in {@link TreatyStatus}; this enum is its name for tables and JSON.
 */
public enum StatusCode {
    /** Neither signed nor deposited an instrument. */
    NOT_SIGNED,
    /** Signed, no instrument deposited yet (APMBC and CCM Art. 16(1)). */
    SIGNATORY,
    /** Instrument deposited, treaty not yet in force for the state (Art. 17(2)). */
    JOINING,
    /** Treaty in force for the state. */
    PARTY,
    /** Instrument of withdrawal received, six months not yet over (APMBC Art. 20(3), CCM Art. 20(2)). */
    WITHDRAWING,
    /** Six months over while the state is engaged in an armed conflict: not yet effective. */
    WITHDRAWAL_SUSPENDED,
    /** Withdrawal has taken effect. */
    WITHDRAWN;

    /** Whether the depositary counts the state as a party: instrument deposited, withdrawal not yet effective. */
    public boolean countedAsParty() {
        return switch (this) {
            case JOINING, PARTY, WITHDRAWING, WITHDRAWAL_SUSPENDED -> true;
            case NOT_SIGNED, SIGNATORY, WITHDRAWN -> false;
        };
    }
}
