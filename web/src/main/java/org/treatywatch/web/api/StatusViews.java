package org.treatywatch.web.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.state.State;
import org.treatywatch.core.status.Deadline;
import org.treatywatch.core.status.Event;
import org.treatywatch.core.status.NextChange;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.treaty.Treaty;

/**
 * The JSON of states, treaties, statuses and timelines: snake_case keys, ISO dates, null for
 * "none". One serializer for the API and for {@code treatywatch status|timeline --json}, so both
 * give the same fields. Maps keep the key order stable.
 */
public final class StatusViews {
    private StatusViews() {}

    public static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public static Map<String, Object> state(State s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alpha3", s.alpha3());
        m.put("alpha2", s.alpha2());
        m.put("name", s.name());
        m.put("formal_name", s.formalName());
        m.put("former", s.former());
        return m;
    }

    public static Map<String, Object> treaty(Treaty t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", t.code());
        m.put("name", t.name());
        m.put("short_name", t.shortName());
        m.put("aliases", t.aliases());
        m.put("adopted", date(t.adopted()));
        m.put("adopted_at", t.adoptedAt());
        m.put("opened_for_signature", date(t.openedForSignature()));
        m.put("entry_into_force", date(t.entryIntoForce()));
        m.put("depositary", t.depositary());
        m.put("depositary_reference", t.depositaryReference());
        return m;
    }

    /**
     * One state's status with one treaty on a date, with the rule that decides it and the state's
     * obligation deadlines under the treaty ({@code engine.deadlines(state, treaty)}).
     */
    public static Map<String, Object> answer(StatusAnswer a, List<Deadline> deadlines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", a.state().alpha3());
        m.put("state_name", a.state().name());
        m.put("treaty", a.treaty().code());
        m.put("on", date(a.on()));
        m.put("status", a.code().name());
        m.put("since", date(a.since()));
        m.put("counted_as_party", a.code().countedAsParty());
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("citation", a.rule().citation());
        rule.put("explanation", a.rule().explanation());
        m.put("rule", rule);
        m.put("next_change", next(a.next()));
        m.put("declarations", a.declarations().stream().map(StatusViews::declaration).toList());
        m.put("events", a.events().stream().map(StatusViews::event).toList());
        m.put("deadlines", deadlines.stream().map(StatusViews::deadline).toList());
        return m;
    }

    public static Map<String, Object> next(NextChange n) {
        if (n == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("on", date(n.on()));
        m.put("status", n.to().name());
        m.put("condition", n.condition().isEmpty() ? null : n.condition());
        return m;
    }

    public static Map<String, Object> declaration(Declaration d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date(d.date()));
        m.put("kind", d.kind());
        m.put("provided_for_by_treaty", false);
        m.put("summary", d.summary());
        m.put("source", d.source());
        return m;
    }

    public static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date(e.date()));
        m.put("event", e.kind());
        m.put("summary", e.summary());
        return m;
    }

    public static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("obligation", d.obligation().id());
        m.put("label", d.obligation().label());
        m.put("citation", d.citation());
        m.put("due", date(d.due()));
        m.put("computed", date(d.computed()));
        m.put("extended", d.extension() != null);
        m.put("decided", d.extension() == null ? null : date(d.extension().decided()));
        m.put("decision", d.extension() == null ? null : d.extension().source());
        m.put("extensions", d.extensions().stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("due", date(e.deadline()));
            x.put("decided", date(e.decided()));
            x.put("decision", e.source());
            return x;
        }).toList());
        m.put("applies_if", d.obligation().appliesIf());
        m.put("ended_by_withdrawal", d.endedByWithdrawal());
        return m;
    }

    public static Map<String, Object> timeline(State s, Treaty t, List<Event> events, List<Deadline> deadlines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treaty", t.code());
        m.put("events", events.stream().map(StatusViews::event).toList());
        m.put("deadlines", deadlines.stream().map(StatusViews::deadline).toList());
        return m;
    }
}
