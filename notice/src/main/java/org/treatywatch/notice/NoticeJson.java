package org.treatywatch.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.treatywatch.core.notice.Notice;

/**
 * A notice as one JSON object, the same wherever it leaves Treatywatch ({@code notices --format
 * json}, the API): {@code {"reference", "notice_date", "treaty", "state", "action", "deposited",
 * "effective", "text", "source"}}, dates ISO, absent dates {@code null}, the action's name
 * ({@code WITHDRAWAL}).
 */
public final class NoticeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NoticeJson() {}

    public static ObjectNode toNode(Notice n) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("reference", n.reference());
        o.put("notice_date", iso(n.noticeDate()));
        o.put("treaty", n.treaty());
        o.put("state", n.state());
        o.put("action", n.action().name());
        o.put("deposited", iso(n.deposited()));
        o.put("effective", iso(n.effective()));
        o.put("text", n.text());
        o.put("source", n.source());
        return o;
    }

    /** The notice as one line of JSON. */
    public static String toJson(Notice n) {
        try {
            return MAPPER.writeValueAsString(toNode(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
