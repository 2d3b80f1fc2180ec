package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.Objects;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Instrument;

/**
 * Where a state stands with a treaty on a date, with the dates that put it there. Each alternative
 * carries only the data that makes sense for it ("make illegal states unrepresentable"); switch
 * over them exhaustively, without {@code default}, so a new status shows every rule to update.
 */
public sealed interface TreatyStatus {

    /** The one-word name of this status. */
    default StatusCode code() {
        return switch (this) {
            case NotSigned n -> StatusCode.NOT_SIGNED;
            case Signatory s -> StatusCode.SIGNATORY;
            case Joining j -> StatusCode.JOINING;
            case Party p -> StatusCode.PARTY;
            case Withdrawing w -> StatusCode.WITHDRAWING;
            case WithdrawalSuspended w -> StatusCode.WITHDRAWAL_SUSPENDED;
            case Withdrawn w -> StatusCode.WITHDRAWN;
        };
    }

    /** The day this status began, or null for {@link NotSigned} (it has no beginning). */
    default LocalDate since() {
        return switch (this) {
            case NotSigned n -> null;
            case Signatory s -> s.signed();
            case Joining j -> j.deposited();
            case Party p -> p.inForceSince();
            case Withdrawing w -> w.received();
            case WithdrawalSuspended w -> w.periodEnded();
            case Withdrawn w -> w.effective();
        };
    }

    /** Never signed, never deposited. */
    record NotSigned() implements TreatyStatus {}

    /** Signed on {@code signed}; no instrument deposited. */
    record Signatory(LocalDate signed) implements TreatyStatus {
        public Signatory {
            Objects.requireNonNull(signed, "signed");
        }
    }

    /** Instrument deposited; the treaty enters into force for the state on {@code entryIntoForce}. */
    record Joining(Instrument instrument, LocalDate deposited, LocalDate entryIntoForce) implements TreatyStatus {
        public Joining {
            Objects.requireNonNull(instrument, "instrument");
            if (!entryIntoForce.isAfter(deposited)) {
                throw new IllegalArgumentException("entry into force must come after the deposit");
            }
        }
    }

    /** The treaty has been in force for the state since {@code inForceSince}. */
    record Party(Instrument instrument, LocalDate deposited, LocalDate inForceSince) implements TreatyStatus {
        public Party {
            Objects.requireNonNull(instrument, "instrument");
            if (inForceSince.isBefore(deposited)) {
                throw new IllegalArgumentException("in force before the deposit");
            }
        }
    }

    /** The depositary received the instrument of withdrawal on {@code received}; the period ends on {@code periodEnds}. */
    record Withdrawing(LocalDate received, LocalDate periodEnds) implements TreatyStatus {
        public Withdrawing {
            if (periodEnds.isBefore(received)) {
                throw new IllegalArgumentException("withdrawal period ends before it starts");
            }
        }
    }

    /**
     * The six months ended on {@code periodEnded} while the state was engaged in {@code conflict};
     * the withdrawal takes effect when that conflict ends.
     */
    record WithdrawalSuspended(LocalDate received, LocalDate periodEnded, ArmedConflict conflict) implements TreatyStatus {
        public WithdrawalSuspended {
            Objects.requireNonNull(received, "received");
            Objects.requireNonNull(periodEnded, "periodEnded");
            Objects.requireNonNull(conflict, "conflict");
        }
    }

    /** The withdrawal received on {@code received} took effect on {@code effective}. */
    record Withdrawn(LocalDate received, LocalDate effective) implements TreatyStatus {
        public Withdrawn {
            if (effective.isBefore(received)) {
                throw new IllegalArgumentException("withdrawal effective before it was received");
            }
        }
    }
}
