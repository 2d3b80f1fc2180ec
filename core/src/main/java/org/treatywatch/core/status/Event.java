package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.Objects;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.ObligationExtension;

/**
 * A dated event on a state's timeline with a treaty: recorded acts (signature, deposits), dates the
 * rules derive from them (entry into force, withdrawal taking effect, deadlines), armed-conflict
 * periods and declarations.
 */
public sealed interface Event {
    LocalDate date();

    /** A stable snake_case name of the event's kind, for JSON and CSS classes. */
    default String kind() {
        return switch (this) {
            case Signed s -> "signed";
            case InstrumentDeposited d -> "instrument_deposited";
            case EnteredIntoForce e -> "entered_into_force";
            case WithdrawalReceived w -> "withdrawal_received";
            case WithdrawalPeriodEnded w -> "withdrawal_period_ended";
            case WithdrawalTookEffect w -> "withdrawal_took_effect";
            case ConflictBegan c -> "armed_conflict_began";
            case ConflictEnded c -> "armed_conflict_ended";
            case DeclarationMade d -> "declaration";
            case ObligationDue o -> "obligation_due";
            case DeadlineExtended x -> "deadline_extended";
        };
    }

    /** One line in words, for tables and timelines. */
    default String summary() {
        return switch (this) {
            case Signed s -> "signed";
            case InstrumentDeposited d -> "instrument of " + d.instrument().word() + " deposited";
            case EnteredIntoForce e -> "entered into force for the state (" + e.citation() + ")";
            case WithdrawalReceived w -> "instrument of withdrawal received by the depositary";
            case WithdrawalPeriodEnded w -> "six-month withdrawal period ended while engaged in an armed conflict"
                    + " (" + w.heldBy().note() + "); withdrawal held until the conflict ends (" + w.citation() + ")";
            case WithdrawalTookEffect w -> "withdrawal took effect (" + w.citation() + ")"
                    + (w.recorded() != null && w.computed() != null && !w.recorded().equals(w.computed())
                            ? "; recorded " + w.recorded() + " differs from the rule's " + w.computed()
                            : "");
            case ConflictBegan c -> "armed conflict began: " + c.conflict().note();
            case ConflictEnded c -> "armed conflict ended: " + c.conflict().note();
            case DeclarationMade d -> "declaration (" + d.declaration().kind() + ", not provided for by the treaty): "
                    + d.declaration().summary();
            case ObligationDue o -> "deadline: " + o.deadline().obligation().label() + " (" + o.deadline().citation() + ")"
                    + (o.deadline().extension() != null
                            ? ", extended (the treaty's deadline was " + o.deadline().computed() + "; latest decision "
                                    + o.deadline().extension().decided() + ")"
                            : "")
                    + ("always".equals(o.deadline().obligation().appliesIf()) ? ""
                            : ", if " + o.deadline().obligation().appliesIf());
            case DeadlineExtended x -> "deadline extended: " + x.deadline().obligation().label() + " ("
                    + x.deadline().citation() + ") to " + x.extension().deadline()
                    + (x.extension().source().isEmpty() ? "" : ", by " + x.extension().source());
        };
    }

    record Signed(LocalDate date) implements Event {
        public Signed {
            Objects.requireNonNull(date, "date");
        }
    }

    record InstrumentDeposited(LocalDate date, Instrument instrument) implements Event {
        public InstrumentDeposited {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(instrument, "instrument");
        }
    }

    record EnteredIntoForce(LocalDate date, String citation) implements Event {
        public EnteredIntoForce {
            Objects.requireNonNull(date, "date");
        }
    }

    record WithdrawalReceived(LocalDate date) implements Event {
        public WithdrawalReceived {
            Objects.requireNonNull(date, "date");
        }
    }

    /** The six months ended during an armed conflict, so the withdrawal did not take effect. */
    record WithdrawalPeriodEnded(LocalDate date, ArmedConflict heldBy, String citation) implements Event {
        public WithdrawalPeriodEnded {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(heldBy, "heldBy");
        }
    }

    /**
     * The withdrawal took effect on {@code date}: the recorded date when the data has one, else the
     * rule's.
     *
     * @param computed the day the treaty's rule gives (null if an ongoing conflict still holds it)
     * @param recorded the day the sources record, or null
     */
    record WithdrawalTookEffect(LocalDate date, String citation, LocalDate computed, LocalDate recorded) implements Event {
        public WithdrawalTookEffect {
            Objects.requireNonNull(date, "date");
        }
    }

    record ConflictBegan(LocalDate date, ArmedConflict conflict) implements Event {
        public ConflictBegan {
            Objects.requireNonNull(date, "date");
        }
    }

    record ConflictEnded(LocalDate date, ArmedConflict conflict) implements Event {
        public ConflictEnded {
            Objects.requireNonNull(date, "date");
        }
    }

    record DeclarationMade(LocalDate date, Declaration declaration) implements Event {
        public DeclarationMade {
            Objects.requireNonNull(date, "date");
        }
    }

    record ObligationDue(LocalDate date, Deadline deadline) implements Event {
        public ObligationDue {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The States Parties granted an extension of a deadline (APMBC Art. 5(3)-(6), CCM Art. 3(3)-(6),
     * Art. 4(5)-(8)), dated the day of the decision.
     *
     * @param deadline  the deadline it belongs to, with the whole history
     * @param extension the decision
     */
    record DeadlineExtended(LocalDate date, Deadline deadline, ObligationExtension extension) implements Event {
        public DeadlineExtended {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(extension, "extension");
        }
    }
}
