package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.state.State;
import org.treatywatch.core.treaty.Treaty;

/**
 * Where each state stands with each treaty on any date, derived from {@link ReferenceData} by the
 * treaties' own rules, with the events and the article behind every answer (issue 2).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Entry into force for a state: the first day of the sixth month after the month of deposit,
 *       never before the treaty's own entry into force (APMBC and CCM Art. 17); see
 *       {@link org.treatywatch.core.treaty.EntryIntoForceRule}.
 *   <li>Withdrawal: effective six months after the depositary receives the instrument, counted to
 *       the same day of the month (or the month's last day when it lacks that day); if the state is
 *       then engaged in an armed conflict, on the day that conflict ends (APMBC Art. 20(3), CCM
 *       Art. 20(2)); see {@link org.treatywatch.core.treaty.WithdrawalRule}.
 *   <li>Declarations the treaty does not provide for (Ukraine's 2025 "suspension") are shown, never
 *       applied: only the instruments the treaty provides for change a status.
 *   <li>Counting parties as the depositary does: instrument deposited on or before the date, any
 *       withdrawal not yet effective, whether or not the treaty is yet in force for the state.
 * </ul>
 *
 * <h2>Recorded against computed withdrawal dates</h2>
 * The participation tables record the day each withdrawal took effect as the sources report it;
 * the engine also computes it from the rule and the armed-conflict periods. When both exist and
 * differ, <b>the recorded date wins</b>: it is what the depositary and the parties acted on, and a
 * difference more likely means our conflict periods are incomplete than that the depositary
 * miscounted. The disagreement is not hidden: the timeline's {@link Event.WithdrawalTookEffect}
 * carries both dates, and {@link #withdrawalDisagreements()} lists them (the shipped data has none;
 * a test checks it). Where nothing is recorded yet, the computed date is used.
 *
 * <h2>Cost</h2>
 * Each (state, treaty) history is derived once when the engine is built; a query is a binary
 * search over its few transitions. The engine is immutable and thread-safe; build a new one when
 * the reference data changes.
 */
public final class StatusEngine {
    private final ReferenceData data;
    private final Map<String, Map<String, History>> byTreatyThenState;
    /** Per treaty, the histories of the current states in alpha-3 order: what world tables walk. */
    private final Map<String, List<History>> currentByTreaty;
    private final List<State> current;

    private StatusEngine(ReferenceData data) {
        this.data = data;
        this.current = data.states().current();
        Map<String, List<ArmedConflict>> conflictsByState = new HashMap<>();
        data.conflicts().forEach(c -> conflictsByState.computeIfAbsent(c.state(), k -> new ArrayList<>()).add(c));
        Map<String, Map<String, History>> all = new HashMap<>();
        for (Treaty t : data.treaties().all()) {
            Map<String, Participation> rows = new HashMap<>();
            data.participation().stream().filter(p -> p.treaty().equals(t.code())).forEach(p -> rows.put(p.state(), p));
            Map<String, List<Declaration>> declarations = new HashMap<>();
            data.declarations().stream().filter(d -> d.treaty().equals(t.code()))
                    .forEach(d -> declarations.computeIfAbsent(d.state(), k -> new ArrayList<>()).add(d));
            Map<String, List<ObligationExtension>> extensions = new HashMap<>();
            data.extensions().stream().filter(e -> e.treaty().equals(t.code()))
                    .forEach(e -> extensions.computeIfAbsent(e.state(), k -> new ArrayList<>()).add(e));
            Map<String, History> histories = new HashMap<>();
            for (State s : data.states().all()) {
                String a3 = s.alpha3();
                histories.put(a3, new History(s, t, rows.get(a3), conflictsByState.getOrDefault(a3, List.of()),
                        declarations.getOrDefault(a3, List.of()), extensions.getOrDefault(a3, List.of())));
            }
            all.put(t.code(), Map.copyOf(histories));
        }
        this.byTreatyThenState = Map.copyOf(all);
        Map<String, List<History>> currentHistories = new HashMap<>();
        all.forEach((code, histories) -> currentHistories.put(code,
                current.stream().map(s -> histories.get(s.alpha3())).toList()));
        this.currentByTreaty = Map.copyOf(currentHistories);
    }

    private List<History> currentHistories(Treaty treaty) {
        List<History> histories = currentByTreaty.get(treaty.code());
        if (histories == null) {
            throw new IllegalArgumentException("treaty " + treaty.code() + " is not in this engine's reference data");
        }
        return histories;
    }

    /** An engine over {@code data}; derives every history once. */
    public static StatusEngine of(ReferenceData data) {
        return new StatusEngine(Objects.requireNonNull(data, "data"));
    }

    private static final class Defaults {
        static final StatusEngine INSTANCE = of(ReferenceData.defaults());
    }

    /** The engine over {@link ReferenceData#defaults()}, built once. */
    public static StatusEngine defaults() {
        return Defaults.INSTANCE;
    }

    public ReferenceData data() {
        return data;
    }

    private History history(State state, Treaty treaty) {
        Map<String, History> histories = byTreatyThenState.get(treaty.code());
        if (histories == null) {
            throw new IllegalArgumentException("treaty " + treaty.code() + " is not in this engine's reference data");
        }
        History h = histories.get(state.alpha3());
        if (h == null) {
            throw new IllegalArgumentException("state " + state.alpha3() + " is not in this engine's reference data");
        }
        return h;
    }

    /** Where {@code state} stands with {@code treaty} on {@code on}, with its reasons. */
    public StatusAnswer status(State state, Treaty treaty, LocalDate on) {
        return answer(history(state, treaty), on);
    }

    /** {@link #status} for every current state (not the former ones), ordered by alpha-3. */
    public List<StatusAnswer> statusOfAll(Treaty treaty, LocalDate on) {
        List<History> histories = currentHistories(treaty);
        List<StatusAnswer> out = new ArrayList<>(histories.size());
        for (History h : histories) {
            out.add(answer(h, on));
        }
        return out;
    }

    private StatusAnswer answer(History h, LocalDate on) {
        int i = h.transitionIndexOn(on);
        History.Transition t = h.transitions.get(i);
        NextChange next = null;
        if (i + 1 < h.transitions.size()) {
            History.Transition n = h.transitions.get(i + 1);
            next = new NextChange(n.from(), n.status().code(), condition(h, n.status()));
        } else if (t.status() instanceof TreatyStatus.WithdrawalSuspended s) {
            next = new NextChange(null, StatusCode.WITHDRAWN, "when the armed conflict ends (" + s.conflict().note() + ")");
        }
        TreatyStatus status = t.status();
        Rule rule = t.rule();
        if (status instanceof TreatyStatus.WithdrawalSuspended) {
            // Back-to-back conflicts: name the one holding the withdrawal on this very day.
            status = h.statusOn(on);
            rule = h.ruleFor(status);
        }
        return new StatusAnswer(h.state, h.treaty, on, status, rule, h.eventsUpTo(on), next, h.declarationsUpTo(on));
    }

    private static String condition(History h, TreatyStatus to) {
        boolean couldBeHeld = to instanceof TreatyStatus.Withdrawn w
                && h.treaty.withdrawalRule().armedConflictHold()
                && w.effective().equals(h.periodEnds);
        return couldBeHeld ? "unless the state is then engaged in an armed conflict" : "";
    }

    /**
     * Every dated event of {@code state} with {@code treaty}, oldest first: signature, deposit,
     * entry into force, withdrawal received / held / effective, armed conflicts, declarations, and
     * obligation deadlines (those a withdrawal ended are left out).
     */
    public List<Event> timeline(State state, Treaty treaty) {
        return history(state, treaty).timeline;
    }

    /** The obligation deadlines of {@code state} under {@code treaty}; empty if it never deposited. */
    public List<Deadline> deadlines(State state, Treaty treaty) {
        return history(state, treaty).deadlines;
    }

    /** The parties on {@code on}, counted as the depositary counts them (see {@link Parties}). */
    public Parties parties(Treaty treaty, LocalDate on) {
        List<State> parties = new ArrayList<>();
        List<State> joining = new ArrayList<>();
        for (History h : currentHistories(treaty)) {
            StatusCode code = h.transitions.get(h.transitionIndexOn(on)).status().code();
            if (code.countedAsParty()) {
                parties.add(h.state);
                if (code == StatusCode.JOINING) {
                    joining.add(h.state);
                }
            }
        }
        return new Parties(treaty, on, parties, joining);
    }

    /**
     * Withdrawals whose recorded effective date differs from the one the rule gives (the recorded
     * date wins; see the class comment). Each entry reads "APMBC POL: recorded 2026-02-20, rule
     * gives 2026-03-01".
     */
    public List<String> withdrawalDisagreements() {
        List<String> out = new ArrayList<>();
        for (Treaty t : data.treaties().all()) {
            for (State s : data.states().all()) {
                History h = history(s, t);
                if (h.participation != null && h.participation.withdrawalEffective() != null
                        && !h.participation.withdrawalEffective().equals(h.computedEffective)) {
                    out.add(t.code() + " " + s.alpha3() + ": recorded " + h.participation.withdrawalEffective()
                            + ", rule gives " + (h.computedEffective == null ? "no date yet (held by an ongoing armed conflict)"
                                    : h.computedEffective));
                }
            }
        }
        return out;
    }
}
