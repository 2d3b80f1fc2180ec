package org.treatywatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.notice.NoticeAction;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.record.RecordKind;

/**
 * Rows of the record and notices as the JSON the store keeps in {@code record_versions} and
 * {@code record_changes}: flat objects, the columns of the shipped CSV files, dates as ISO text.
 */
public final class RecordJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordJson() {}

    /** The row as a JSON object, or null for null. */
    public static String write(Object row) {
        if (row == null) {
            return null;
        }
        return text(node(row));
    }

    /** The row as a JSON tree (the export writes it inside its own lines). */
    public static ObjectNode node(Object row) {
        ObjectNode o = JSON.createObjectNode();
        switch (row) {
            case Participation p -> {
                o.put("treaty", p.treaty()).put("state", p.state()).put("signed", date(p.signed()))
                        .put("instrument", p.instrument() == null ? null : p.instrument().word())
                        .put("deposited", date(p.deposited())).put("withdrawal_deposited", date(p.withdrawalDeposited()))
                        .put("withdrawal_effective", date(p.withdrawalEffective())).put("note", p.note());
            }
            case ArmedConflict c -> o.put("state", c.state()).put("start", date(c.start())).put("end", date(c.end()))
                    .put("note", c.note());
            case Declaration d -> o.put("treaty", d.treaty()).put("state", d.state()).put("date", date(d.date()))
                    .put("kind", d.kind()).put("summary", d.summary()).put("source", d.source());
            case ObligationExtension e -> o.put("treaty", e.treaty()).put("state", e.state())
                    .put("obligation", e.obligation()).put("deadline", date(e.deadline()))
                    .put("decided", date(e.decided())).put("source", e.source());
            default -> throw new IllegalArgumentException("not a row of the record: " + row);
        }
        return o;
    }

    /** The row of {@code kind} written by {@link #write}, or null for null. */
    public static Object read(RecordKind kind, String json) {
        if (json == null) {
            return null;
        }
        JsonNode o = tree(json);
        return switch (kind) {
            case PARTICIPATION -> new Participation(s(o, "treaty"), s(o, "state"), d(o, "signed"),
                    s(o, "instrument") == null ? null : Instrument.parse(s(o, "instrument")), d(o, "deposited"),
                    d(o, "withdrawal_deposited"), d(o, "withdrawal_effective"), s(o, "note"));
            case ARMED_CONFLICT -> new ArmedConflict(s(o, "state"), d(o, "start"), d(o, "end"), s(o, "note"));
            case DECLARATION -> new Declaration(s(o, "treaty"), s(o, "state"), d(o, "date"), s(o, "kind"),
                    s(o, "summary"), s(o, "source"));
            case OBLIGATION_EXTENSION -> new ObligationExtension(s(o, "treaty"), s(o, "state"), s(o, "obligation"),
                    d(o, "deadline"), d(o, "decided"), s(o, "source"));
        };
    }

    public static String writeNotice(Notice n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("reference", n.reference()).put("notice_date", date(n.noticeDate())).put("treaty", n.treaty())
                .put("state", n.state()).put("action", n.action().name()).put("deposited", date(n.deposited()))
                .put("effective", date(n.effective())).put("text", n.text()).put("source", n.source());
        return text(o);
    }

    public static Notice readNotice(String json) {
        JsonNode o = tree(json);
        return new Notice(s(o, "reference"), d(o, "notice_date"), s(o, "treaty"), s(o, "state"),
                NoticeAction.valueOf(s(o, "action")), d(o, "deposited"), d(o, "effective"), s(o, "text"), s(o, "source"));
    }

    private static String text(JsonNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String s(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate d(JsonNode o, String field) {
        String v = s(o, field);
        return v == null ? null : LocalDate.parse(v);
    }
}
