package org.treatywatch.cli.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * The status commands' JSON: snake_case keys like the codebook's, ISO dates as strings, null for
 * "none". One object per line (JSON Lines) where a command answers for several states.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static Map<String, Object> answer(StatusAnswer a) {
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
        m.put("declarations", a.declarations().stream().map(Json::declaration).toList());
        m.put("events", a.events().stream().map(Json::event).toList());
        return m;
    }

    static Map<String, Object> next(NextChange n) {
        if (n == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("on", date(n.on()));
        m.put("status", n.to().name());
        m.put("condition", n.condition().isEmpty() ? null : n.condition());
        return m;
    }

    static Map<String, Object> declaration(Declaration d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date(d.date()));
        m.put("kind", d.kind());
        m.put("provided_for_by_treaty", false);
        m.put("summary", d.summary());
        m.put("source", d.source());
        return m;
    }

    static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date(e.date()));
        m.put("event", e.kind());
        m.put("summary", e.summary());
        return m;
    }

    static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("obligation", d.obligation().id());
        m.put("label", d.obligation().label());
        m.put("citation", d.citation());
        m.put("due", date(d.due()));
        m.put("computed", date(d.computed()));
        m.put("extended", d.extension() != null);
        m.put("applies_if", d.obligation().appliesIf());
        m.put("ended_by_withdrawal", d.endedByWithdrawal());
        return m;
    }

    static Map<String, Object> state(State s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.alpha3());
        m.put("state_name", s.name());
        return m;
    }

    static List<Object> states(List<State> states) {
        return states.stream().<Object>map(Json::state).toList();
    }
}
