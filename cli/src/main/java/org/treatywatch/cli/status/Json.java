package org.treatywatch.cli.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatywatch.core.state.State;
import org.treatywatch.core.status.Deadline;
import org.treatywatch.core.status.Event;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.web.api.StatusViews;

/**
 * The status commands' JSON: the API's own views ({@link StatusViews}) so both give the same
 * fields, one object per line (JSON Lines) where a command answers for several states.
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
        return StatusViews.date(d);
    }

    static Map<String, Object> answer(StatusAnswer a, List<Deadline> deadlines) {
        return StatusViews.answer(a, deadlines);
    }

    static Map<String, Object> event(Event e) {
        return StatusViews.event(e);
    }

    static Map<String, Object> deadline(Deadline d) {
        return StatusViews.deadline(d);
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
