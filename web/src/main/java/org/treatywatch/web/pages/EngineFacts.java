package org.treatywatch.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.treatywatch.core.state.State;
import org.treatywatch.core.status.Deadline;
import org.treatywatch.core.status.Event;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusCode;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;

/**
 * {@link TreatyFacts} answered by core's {@link StatusEngine}. The engine is asked for through a
 * supplier on every request, so a page shows the reference data as analysts last edited it; what
 * is costly to derive (the parties chart, the last scheduled change) is cached per engine instance.
 *
 * <p>Map groups from the engine's statuses: JOINING counts as a party (the depositary counts a
 * state from its deposit, DOMAIN.md "State Party"), and a withdrawal held back by an armed conflict
 * (APMBC Art. 20(3), CCM Art. 20(2)) is still "withdrawing".
 */
public final class EngineFacts implements TreatyFacts {
    /** The year the first treaty (the APMBC) was adopted: where the date control starts. */
    static final LocalDate FIRST_DATE = LocalDate.of(1997, 1, 1);

    private final Supplier<StatusEngine> engines;
    private final Clock clock;
    private final Map<StatusEngine, Derived> derived = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** What is derived once per engine. */
    private record Derived(LocalDate lastChange, Map<String, List<PartiesChart.Step>> parties, Map<String, String> names) {}

    public EngineFacts(Supplier<StatusEngine> engines, Clock clock) {
        this.engines = engines;
        this.clock = clock;
    }

    public static MapCategory category(StatusCode code) {
        return switch (code) {
            case NOT_SIGNED -> MapCategory.NOT_JOINED;
            case SIGNATORY -> MapCategory.SIGNATORY;
            case JOINING, PARTY -> MapCategory.PARTY;
            case WITHDRAWING, WITHDRAWAL_SUSPENDED -> MapCategory.WITHDRAWING;
            case WITHDRAWN -> MapCategory.WITHDRAWN;
        };
    }

    private Derived derived(StatusEngine engine) {
        return derived.computeIfAbsent(engine, e -> {
            LocalDate last = FIRST_DATE;
            Map<String, List<PartiesChart.Step>> parties = new HashMap<>();
            for (Treaty t : e.data().treaties().all()) {
                TreeSet<LocalDate> changes = new TreeSet<>();
                for (State s : e.data().states().current()) {
                    for (Event ev : e.timeline(s, t)) {
                        if (changesStatus(ev)) {
                            changes.add(ev.date());
                        }
                    }
                }
                if (!changes.isEmpty() && changes.last().isAfter(last)) {
                    last = changes.last();
                }
                List<PartiesChart.Step> steps = new ArrayList<>();
                int previous = 0;
                for (LocalDate d : changes) {
                    int n = e.parties(t, d).count();
                    if (n != previous) {
                        steps.add(new PartiesChart.Step(d, n));
                        previous = n;
                    }
                }
                parties.put(t.code(), List.copyOf(steps));
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (State s : e.data().states().all()) {
                names.put(s.alpha3(), s.name());
            }
            return new Derived(last, Map.copyOf(parties), java.util.Collections.unmodifiableMap(names));
        });
    }

    private static boolean changesStatus(Event e) {
        return switch (e) {
            case Event.Signed s -> true;
            case Event.InstrumentDeposited d -> true;
            case Event.EnteredIntoForce f -> true;
            case Event.WithdrawalReceived w -> true;
            case Event.WithdrawalPeriodEnded w -> true;
            case Event.WithdrawalTookEffect w -> true;
            case Event.ConflictBegan c -> false;
            case Event.ConflictEnded c -> false;
            case Event.DeclarationMade d -> false;
            case Event.ObligationDue o -> false;
            case Event.DeadlineExtended x -> false;
        };
    }

    @Override
    public List<MapView.TreatyOption> treaties() {
        return engines.get().data().treaties().all().stream()
                .map(t -> new MapView.TreatyOption(t.code(), t.code(), t.name() + " (" + t.shortName() + ")"))
                .toList();
    }

    @Override
    public Map<String, String> stateNames() {
        return derived(engines.get()).names();
    }

    @Override
    public Optional<String> stateCode(String text) {
        return engines.get().data().states().find(text).map(State::alpha3);
    }

    @Override
    public String unknownState(String text) {
        return engines.get().data().states().unknownMessage(text);
    }

    @Override
    public org.treatywatch.web.ClaimEdit edit(java.util.function.Function<String, String> fields) {
        var data = engines.get().data();
        return org.treatywatch.web.ClaimEdit.of(fields, data.states(), data.treaties());
    }

    @Override
    public LocalDate firstDate() {
        return FIRST_DATE;
    }

    /** The later of the last scheduled status change and today: after it nothing changes. */
    @Override
    public LocalDate lastScheduledChange() {
        LocalDate last = derived(engines.get()).lastChange();
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(last) ? today : last;
    }

    @Override
    public Map<String, MapCategory> categories(String treaty, LocalDate date) {
        StatusEngine engine = engines.get();
        Treaty t = engine.data().treaties().byCode(treaty).orElseThrow();
        Map<String, MapCategory> out = new HashMap<>();
        for (StatusAnswer a : engine.statusOfAll(t, date)) {
            out.put(a.state().alpha3(), category(a.code()));
        }
        return out;
    }

    @Override
    public Map<String, String> notes(String treaty, LocalDate date) {
        StatusEngine engine = engines.get();
        Treaty t = engine.data().treaties().byCode(treaty).orElseThrow();
        Map<String, String> out = new HashMap<>();
        for (StatusAnswer a : engine.statusOfAll(t, date)) {
            String note = note(a);
            if (note != null) {
                out.put(a.state().alpha3(), note);
            }
        }
        return out;
    }

    /** "withdrawal takes effect on 2026-01-10", "declared suspension on 2025-07-18"; null when there is nothing to add. */
    static String note(StatusAnswer a) {
        List<String> notes = new ArrayList<>();
        if ((a.code() == StatusCode.WITHDRAWING || a.code() == StatusCode.WITHDRAWAL_SUSPENDED) && a.next() != null) {
            notes.add(a.next().on() == null ? "withdrawal held while the state is engaged in an armed conflict"
                    : "withdrawal takes effect on " + a.next().on() + (a.next().condition().isEmpty() ? "" : " (" + a.next().condition() + ")"));
        }
        if (a.code() == StatusCode.JOINING && a.next() != null && a.next().on() != null) {
            notes.add("in force for it from " + a.next().on());
        }
        a.declarations().forEach(d -> notes.add("declared " + d.kind() + " on " + d.date() + ", not provided for by the treaty"));
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    @Override
    public List<PartiesChart.Step> partiesOverTime(String treaty) {
        return derived(engines.get()).parties().getOrDefault(treaty, List.of());
    }

    @Override
    public Optional<StateView> state(String alpha3, LocalDate date) {
        StatusEngine engine = engines.get();
        Optional<State> found = engine.data().states().byAlpha3(alpha3);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        State state = found.get();
        List<StateView.TreatyCard> cards = new ArrayList<>();
        for (Treaty t : engine.data().treaties().all()) {
            StatusAnswer a = engine.status(state, t, date);
            cards.add(new StateView.TreatyCard(
                    new MapView.TreatyOption(t.code(), t.code(), t.name() + " (" + t.shortName() + ")"),
                    category(a.code()), summary(a), rules(a), deadlines(engine.deadlines(state, t)),
                    timeline(engine.timeline(state, t), date)));
        }
        return Optional.of(new StateView(state.alpha3(), state.name(), state.formalName(), date, cards));
    }

    private static String summary(StatusAnswer a) {
        String name = a.state().name();
        String since = a.since() == null ? "" : " since " + a.since();
        String now = switch (a.code()) {
            case NOT_SIGNED -> name + " has not signed or joined the " + a.treaty().shortName() + ".";
            case SIGNATORY -> name + " has signed the " + a.treaty().shortName() + " but not ratified it" + since + ".";
            case JOINING -> name + " has deposited its instrument (" + a.since() + "); the treaty is not yet in force for it.";
            case PARTY -> name + " is a State Party" + (a.since() == null ? "" : ", the treaty in force for it since " + a.since()) + ".";
            case WITHDRAWING -> name + " is withdrawing: the depositary received its instrument of withdrawal on " + a.since() + ".";
            case WITHDRAWAL_SUSPENDED -> name + "'s withdrawal is held back while it is engaged in an armed conflict" + since + ".";
            case WITHDRAWN -> name + " has left the " + a.treaty().shortName() + ": its withdrawal took effect on " + a.since() + ".";
        };
        for (var d : a.declarations()) {
            now += " On " + d.date() + " it declared a " + d.kind() + " of the " + a.treaty().shortName()
                    + ", which the treaty does not provide for: its status is unchanged.";
        }
        if (a.next() != null) {
            now += " Next: " + a.next().to().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (a.next().on() == null ? "" : " on " + a.next().on())
                    + (a.next().condition().isEmpty() ? "" : ", " + a.next().condition()) + ".";
        }
        return now;
    }

    /** Each deadline as it stands, the decision behind it and the ones before; those a withdrawal ended are left out. */
    private static List<StateView.DeadlineRow> deadlines(List<Deadline> deadlines) {
        List<StateView.DeadlineRow> rows = new ArrayList<>();
        for (Deadline d : deadlines) {
            if (d.endedByWithdrawal()) {
                continue;
            }
            List<StateView.Decision> decisions = d.extensions().stream()
                    .map(e -> new StateView.Decision(e.decided(), e.deadline(), e.source()))
                    .toList();
            String applies = "always".equals(d.obligation().appliesIf()) ? null : d.obligation().appliesIf();
            rows.add(new StateView.DeadlineRow(d.obligation().id(), d.obligation().label(), d.citation(), d.due(),
                    d.computed(), applies, decisions));
        }
        return rows;
    }

    private static List<String> rules(StatusAnswer a) {
        List<String> rules = new ArrayList<>();
        rules.add(a.rule().citation() + ": " + a.rule().explanation());
        a.declarations().forEach(d -> rules.add("Declaration of " + d.date() + " (" + d.kind() + "), not provided for by the treaty: " + d.summary()));
        return rules;
    }

    private Timeline timeline(List<Event> events, LocalDate date) {
        List<Timeline.Item> items = new ArrayList<>();
        List<Timeline.Period> periods = new ArrayList<>();
        Map<Object, LocalDate> openConflicts = new HashMap<>();
        for (Event e : events) {
            switch (e) {
                case Event.Signed s -> items.add(new Timeline.Item(s.date(), "signature", e.summary(), null));
                case Event.InstrumentDeposited d -> items.add(new Timeline.Item(d.date(), "deposit", e.summary(), null));
                case Event.EnteredIntoForce f -> items.add(new Timeline.Item(f.date(), "entry-into-force", "entered into force for the state", f.citation()));
                case Event.WithdrawalReceived w -> items.add(new Timeline.Item(w.date(), "withdrawal", e.summary(), null));
                case Event.WithdrawalPeriodEnded w -> items.add(new Timeline.Item(w.date(), "withdrawal", e.summary(), w.citation()));
                case Event.WithdrawalTookEffect w -> items.add(new Timeline.Item(w.date(), "withdrawal-effective", e.summary(), w.citation()));
                case Event.ConflictBegan c -> openConflicts.put(c.conflict(), c.date());
                case Event.ConflictEnded c -> {
                    LocalDate start = openConflicts.remove(c.conflict());
                    periods.add(new Timeline.Period(start == null ? c.conflict().start() : start, c.date(), "armed-conflict", "armed conflict: " + c.conflict().note()));
                }
                case Event.DeclarationMade d -> items.add(new Timeline.Item(d.date(), "declaration", e.summary(), d.declaration().source()));
                case Event.ObligationDue o -> items.add(new Timeline.Item(o.date(), "deadline", e.summary(), o.deadline().citation()));
                case Event.DeadlineExtended x -> items.add(new Timeline.Item(x.date(), "extension", e.summary(), null));
            }
        }
        openConflicts.forEach((k, start) -> periods.add(new Timeline.Period(start, null, "armed-conflict",
                "armed conflict: " + ((org.treatywatch.core.participation.ArmedConflict) k).note())));
        LocalDate today = LocalDate.now(clock);
        return Timeline.of(items, periods, FIRST_DATE, date.isAfter(today) ? date : today);
    }
}
