package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.state.State;
import org.treatywatch.core.treaty.ObligationRule;
import org.treatywatch.core.treaty.Treaty;

/**
 * One state's record with one treaty, with every date the rules derive from it computed once: the
 * engine's precomputed form. A status query is then a binary search over at most a handful of
 * transitions, so a whole-world table for one date costs microseconds.
 */
final class History {
    /** A status that holds from {@code from} (inclusive) until the next transition. */
    record Transition(LocalDate from, TreatyStatus status, Rule rule) {}

    final State state;
    final Treaty treaty;
    final Participation participation; // null: no recorded act
    final LocalDate inForce; // null: no instrument
    final LocalDate periodEnds; // null: no withdrawal
    final LocalDate computedEffective; // null: no withdrawal, or held by an ongoing conflict
    final LocalDate effective; // recorded if present, else computed
    final List<ArmedConflict> conflicts;
    final List<Declaration> declarations;
    final List<Deadline> deadlines;
    final List<Transition> transitions;
    final List<Event> timeline;
    /** {@code eventPrefixes.get(n)}: the first n timeline events that are not deadlines (answers share them). */
    private final List<List<Event>> eventPrefixes;
    /** {@code declarationPrefixes.get(n)}: the first n declarations by date. */
    private final List<List<Declaration>> declarationPrefixes;

    History(State state, Treaty treaty, Participation p, List<ArmedConflict> conflicts,
            List<Declaration> declarations, List<ObligationExtension> extensions) {
        this.state = state;
        this.treaty = treaty;
        this.participation = p;
        this.conflicts = conflicts.stream().sorted(Comparator.comparing(ArmedConflict::start)).toList();
        this.declarations = declarations.stream().sorted(Comparator.comparing(Declaration::date)).toList();
        this.inForce = p == null || p.deposited() == null ? null : treaty.entryIntoForceFor(p.deposited());
        if (p != null && p.withdrawalDeposited() != null) {
            this.periodEnds = treaty.withdrawalRule().periodEnds(p.withdrawalDeposited());
            this.computedEffective = heldUntil(periodEnds);
            this.effective = p.withdrawalEffective() != null ? p.withdrawalEffective() : computedEffective;
        } else {
            this.periodEnds = null;
            this.computedEffective = null;
            this.effective = null;
        }
        this.deadlines = deadlines(extensions);
        this.transitions = transitions();
        this.timeline = timeline();
        this.eventPrefixes = prefixes(timeline.stream().filter(e -> !(e instanceof Event.ObligationDue || e instanceof Event.DeadlineExtended)).toList());
        this.declarationPrefixes = prefixes(this.declarations);
    }

    private static <T> List<List<T>> prefixes(List<T> items) {
        List<List<T>> out = new ArrayList<>(items.size() + 1);
        for (int n = 0; n <= items.size(); n++) {
            out.add(List.copyOf(items.subList(0, n)));
        }
        return List.copyOf(out);
    }

    /** The timeline's events on or before {@code day}, deadlines left out; shared, immutable. */
    List<Event> eventsUpTo(LocalDate day) {
        List<Event> all = eventPrefixes.getLast();
        int n = 0;
        while (n < all.size() && !all.get(n).date().isAfter(day)) {
            n++;
        }
        return eventPrefixes.get(n);
    }

    /** The declarations made on or before {@code day}; shared, immutable. */
    List<Declaration> declarationsUpTo(LocalDate day) {
        List<Declaration> all = declarationPrefixes.getLast();
        int n = 0;
        while (n < all.size() && !all.get(n).date().isAfter(day)) {
            n++;
        }
        return declarationPrefixes.get(n);
    }

    /**
     * The day a withdrawal whose period ends on {@code periodEnd} takes effect: that day, unless
     * the state is then engaged in an armed conflict, in which case the day that conflict ends,
     * checked again (a second conflict may be under way by then). Null while a conflict holding it
     * is ongoing. APMBC Art. 20(3), CCM Art. 20(2): "shall not take effect before the end of the
     * armed conflict".
     */
    private LocalDate heldUntil(LocalDate periodEnd) {
        if (!treaty.withdrawalRule().armedConflictHold()) {
            return periodEnd;
        }
        LocalDate day = periodEnd;
        for (ArmedConflict c = conflictOn(day); c != null; c = conflictOn(day)) {
            if (c.ongoing()) {
                return null;
            }
            day = c.end();
        }
        return day;
    }

    /** A conflict the state is engaged in on {@code day}: the one lasting longest if several. */
    ArmedConflict conflictOn(LocalDate day) {
        ArmedConflict found = null;
        for (ArmedConflict c : conflicts) {
            if (c.engagedOn(day) && (found == null || found.end() != null && (c.end() == null || c.end().isAfter(found.end())))) {
                found = c;
            }
        }
        return found;
    }

    /** The status on {@code day}, derived from the record by the treaty's rules. */
    TreatyStatus statusOn(LocalDate day) {
        Participation p = participation;
        if (p == null) {
            return new TreatyStatus.NotSigned();
        }
        if (p.deposited() == null || day.isBefore(p.deposited())) {
            return p.signed() != null && !day.isBefore(p.signed())
                    ? new TreatyStatus.Signatory(p.signed())
                    : new TreatyStatus.NotSigned();
        }
        if (p.withdrawalDeposited() != null && !day.isBefore(p.withdrawalDeposited())) {
            if (effective != null && !day.isBefore(effective)) {
                return new TreatyStatus.Withdrawn(p.withdrawalDeposited(), effective);
            }
            ArmedConflict holding = conflictOn(day);
            if (!day.isBefore(periodEnds) && holding != null && treaty.withdrawalRule().armedConflictHold()) {
                return new TreatyStatus.WithdrawalSuspended(p.withdrawalDeposited(), periodEnds, holding);
            }
            // Six months over, no conflict in the data, yet the recorded date is later: keep
            // WITHDRAWING until the recorded date (the recorded fact wins; see StatusEngine).
            return new TreatyStatus.Withdrawing(p.withdrawalDeposited(), periodEnds);
        }
        return day.isBefore(inForce)
                ? new TreatyStatus.Joining(p.instrument(), p.deposited(), inForce)
                : new TreatyStatus.Party(p.instrument(), p.deposited(), inForce);
    }

    /** The rule behind {@code status}, in words and with its article. */
    Rule ruleFor(TreatyStatus status) {
        var eif = treaty.entryIntoForceRule();
        var wr = treaty.withdrawalRule();
        return switch (status) {
            case TreatyStatus.NotSigned n -> new Rule(treaty.depositaryReference() == null ? "participation data" : treaty.depositaryReference(),
                    "No signature and no instrument recorded for " + state.name() + " by this date.");
            case TreatyStatus.Signatory s -> new Rule(treaty.cite("Art. 16(1)"),
                    "Signed on " + s.signed() + "; bound only once an instrument of ratification, acceptance or approval"
                            + " is deposited.");
            case TreatyStatus.Joining j -> new Rule(treaty.entryIntoForceCitationFor(j.deposited()),
                    "Instrument of " + j.instrument().word() + " deposited on " + j.deposited() + "; in force for the state on "
                            + j.entryIntoForce() + ", " + entryIntoForceReason(j.deposited()) + ".");
            case TreatyStatus.Party p -> new Rule(treaty.entryIntoForceCitationFor(p.deposited()),
                    "Instrument of " + p.instrument().word() + " deposited on " + p.deposited() + "; in force for the state since "
                            + p.inForceSince() + ", " + entryIntoForceReason(p.deposited()) + ".");
            case TreatyStatus.Withdrawing w -> new Rule(treaty.cite(wr.citation()),
                    "Instrument of withdrawal received on " + w.received() + "; it takes effect " + wr.monthsAfterReceipt()
                            + " months later, on " + w.periodEnds()
                            + (wr.armedConflictHold() ? ", unless the state is then engaged in an armed conflict" : "")
                            + (effective != null && !effective.equals(w.periodEnds()) ? " (recorded: " + effective + ")" : "")
                            + ".");
            case TreatyStatus.WithdrawalSuspended w -> new Rule(treaty.cite(wr.citation()),
                    "Instrument of withdrawal received on " + w.received() + "; the " + wr.monthsAfterReceipt()
                            + " months ended on " + w.periodEnded() + " while the state was engaged in an armed conflict ("
                            + w.conflict().note() + ", since " + w.conflict().start()
                            + "); the withdrawal does not take effect before that conflict ends.");
            case TreatyStatus.Withdrawn w -> new Rule(treaty.cite(wr.citation()),
                    "Instrument of withdrawal received on " + w.received() + "; took effect on " + w.effective()
                            + (w.effective().equals(periodEnds) ? ", " + wr.monthsAfterReceipt() + " months later"
                                    : periodEnds.isBefore(w.effective()) && computedEffective != null && computedEffective.equals(w.effective())
                                            ? ", when the armed conflict that held it ended"
                                            : " as recorded (the rule gives " + (computedEffective == null ? "no date yet" : computedEffective) + ")")
                            + ".");
        };
    }

    private String entryIntoForceReason(LocalDate deposited) {
        LocalDate joiner = treaty.entryIntoForceRule().firstDayAfterDeposit(deposited);
        return joiner.isBefore(treaty.entryIntoForce())
                ? "the day the treaty itself entered into force"
                : "the first day of the " + ordinal(treaty.entryIntoForceRule().monthsAfterDepositMonth())
                        + " month after the month of deposit";
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The status changes, each from the first day it holds, starting with the status before any event. */
    private List<Transition> transitions() {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (participation != null) {
            Participation p = participation;
            addIfPresent(days, p.signed());
            addIfPresent(days, p.deposited());
            addIfPresent(days, inForce);
            addIfPresent(days, p.withdrawalDeposited());
            addIfPresent(days, periodEnds);
            addIfPresent(days, effective);
            if (p.withdrawalDeposited() != null) {
                for (ArmedConflict c : conflicts) {
                    addIfPresent(days, c.start());
                    addIfPresent(days, c.end());
                }
            }
        }
        List<Transition> out = new ArrayList<>();
        TreatyStatus first = new TreatyStatus.NotSigned();
        out.add(new Transition(LocalDate.MIN, first, ruleFor(first)));
        for (LocalDate day : days) {
            TreatyStatus s = statusOn(day);
            // A change of holding conflict during a suspension is no status change (see StatusEngine#answer).
            if (s.code() != out.getLast().status().code()) {
                out.add(new Transition(day, s, ruleFor(s)));
            }
        }
        return List.copyOf(out);
    }

    private static void addIfPresent(TreeSet<LocalDate> days, LocalDate day) {
        if (day != null) {
            days.add(day);
        }
    }

    /** The transition in force on {@code day}: the last one starting on or before it. */
    int transitionIndexOn(LocalDate day) {
        int lo = 0;
        int hi = transitions.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (transitions.get(mid).from().isAfter(day)) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    private List<Deadline> deadlines(List<ObligationExtension> extensions) {
        if (inForce == null) {
            return List.of();
        }
        List<Deadline> out = new ArrayList<>();
        for (ObligationRule o : treaty.obligations()) {
            LocalDate computed = o.dueFor(inForce);
            List<ObligationExtension> granted = extensions.stream()
                    .filter(e -> e.obligation().equals(o.id()))
                    .sorted(Comparator.comparing(ObligationExtension::decided))
                    .toList();
            LocalDate due = granted.isEmpty() ? computed : granted.getLast().deadline();
            boolean ended = effective != null && !effective.isAfter(due);
            out.add(new Deadline(o, computed, due, granted, treaty.cite(o.citation()), ended));
        }
        return List.copyOf(out);
    }

    private List<Event> timeline() {
        List<Event> events = new ArrayList<>();
        Participation p = participation;
        if (p != null) {
            if (p.signed() != null) {
                events.add(new Event.Signed(p.signed()));
            }
            if (p.deposited() != null) {
                events.add(new Event.InstrumentDeposited(p.deposited(), p.instrument()));
                events.add(new Event.EnteredIntoForce(inForce, treaty.entryIntoForceCitationFor(p.deposited())));
            }
            if (p.withdrawalDeposited() != null) {
                events.add(new Event.WithdrawalReceived(p.withdrawalDeposited()));
                ArmedConflict holding = treaty.withdrawalRule().armedConflictHold() ? conflictOn(periodEnds) : null;
                if (holding != null && (effective == null || effective.isAfter(periodEnds))) {
                    events.add(new Event.WithdrawalPeriodEnded(periodEnds, holding, treaty.cite(treaty.withdrawalRule().citation())));
                }
                if (effective != null) {
                    events.add(new Event.WithdrawalTookEffect(effective, treaty.cite(treaty.withdrawalRule().citation()),
                            computedEffective, p.withdrawalEffective()));
                }
            }
        }
        for (ArmedConflict c : conflicts) {
            events.add(new Event.ConflictBegan(c.start(), c));
            if (c.end() != null) {
                events.add(new Event.ConflictEnded(c.end(), c));
            }
        }
        for (Declaration d : declarations) {
            events.add(new Event.DeclarationMade(d.date(), d));
        }
        for (Deadline d : deadlines) {
            if (!d.endedByWithdrawal()) {
                events.add(new Event.ObligationDue(d.due(), d));
            }
            for (ObligationExtension e : d.extensions()) {
                events.add(new Event.DeadlineExtended(e.decided(), d, e));
            }
        }
        // Stable sort: same-day events keep the order above (deposit before entry into force).
        events.sort(Comparator.comparing(Event::date));
        return List.copyOf(events);
    }
}
