package org.treatywatch.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.treatywatch.core.record.RecordHistory;
import org.treatywatch.core.record.RecordVersion;
import org.treatywatch.store.RecordJson;
import java.util.Locale;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.state.State;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.Page;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.store.event.Event;
import org.treatywatch.store.event.EventQuery;
import org.treatywatch.store.event.EventSummary;
import org.treatywatch.store.event.Story;

/**
 * Open data: the claims table and the status table as CSV (RFC 4180, UTF-8, a header line,
 * {@code \r\n} line ends) or JSON (one array of flat objects with the same columns), for
 * {@code treatywatch export} and {@code /api/v1/export/...}. Both stream: claims are read from the
 * store a page at a time, so exporting a large store needs no more memory than a page.
 *
 * <p>Every claim row carries its citation: the document's title, URL, outlet and published date
 * ({@code source_title}, {@code source_url}, {@code source_outlet}, {@code published}).
 *
 * <p>JSON cells are written exactly as stored (evidence text is a verbatim slice of a document).
 * In CSV, a text cell that a spreadsheet would read as a formula (one starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return: a document id, an evidence sentence
 * or a speaker's name from the news) gets a leading single quote, as OWASP's "CSV Injection" advises,
 * and is quoted; numbers are written as they are.
 */
public final class Exports {
    private static final JsonFactory JSON = new JsonFactory();

    private Exports() {}

    /** The two formats. */
    public enum Format {
        CSV("text/csv; charset=utf-8"),
        JSON("application/json");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format must be csv or json, got '" + s + "'");
            }
        }
    }

    public static final List<String> CLAIM_COLUMNS = List.of(
            "claim_id", "document_id", "doc", "published", "source_title", "source_url", "source_outlet", "type", "actor", "modality", "treaty", "stage", "weapon",
            "recipient", "alleged_by", "quantity_min", "quantity_max", "quantity_unit", "amount_min", "amount_max",
            "amount_currency", "when", "speaker_name", "speaker_role", "speaker_actor", "evidence_start",
            "evidence_end", "evidence_text", "origin", "review_state", "reviewed_by", "reviewed_at");

    public static final List<String> STATUS_COLUMNS = List.of(
            "state", "state_name", "treaty", "on", "status", "since", "counted_as_party", "rule_citation",
            "next_change_on", "next_change_status");

    /** One row per event (issue 11): its key, dates, modality and counts; outlets and claims joined by "; " and " ". */
    public static final List<String> EVENT_COLUMNS = List.of(
            "event_id", "type", "actor", "treaty", "recipient", "weapon", "first_reported", "latest_reported", "modality",
            "reports_counted", "documents", "stories", "sources", "outlets", "claim_ids");

    /** One row per document of a story: the story, the document, what it copies and how closely. */
    public static final List<String> STORY_COLUMNS = List.of(
            "story_id", "document_id", "doc", "title", "outlet", "published", "copy_of", "similarity");

    /** Every event matching {@code query} (its cursor and limit are ignored), newest first. */
    public static long events(Store store, EventQuery query, Format format, Writer out) throws IOException {
        Table table = table(format, EVENT_COLUMNS, out);
        long n = everyPage(cursor -> store.events().events(query.withCursor(cursor).withLimit(EventQuery.MAX_LIMIT)), page -> {
            List<Event> events = store.events().details(page.stream().map(EventSummary::id).toList());
            for (Event e : events) {
                table.row(Arrays.asList(e.id(), e.type(), e.actor(), e.treaty(), e.recipient(), e.weapon(), e.first(),
                        e.latest(), e.modality(), e.counted(), e.documents(), e.stories(), e.sources(),
                        String.join("; ", e.outlets()),
                        String.join(" ", e.reports().stream().map(r -> Long.toString(r.claimId())).toList())));
            }
            return events.size();
        });
        table.end();
        return n;
    }

    /** Every document of every story ({@code copiesOnly}: of stories of two documents or more), newest story first. */
    public static long stories(Store store, boolean copiesOnly, Format format, Writer out) throws IOException {
        Table table = table(format, STORY_COLUMNS, out);
        long n = everyPage(cursor -> store.events().stories(cursor, EventQuery.MAX_LIMIT, copiesOnly), page -> {
            int rows = 0;
            for (Story story : page) {
                for (Story.Copy c : story.documents()) {
                    table.row(Arrays.asList(story.id(), c.documentId(), c.externalId(), c.title(), c.outlet(), c.published(),
                            c.copyOf(), c.similarity()));
                    rows++;
                }
            }
            return rows;
        });
        table.end();
        return n;
    }

    /** Every claim matching {@code query} (its cursor and limit are ignored), newest first. */
    public static long claims(Store store, ClaimQuery query, Format format, Writer out) throws IOException {
        Table table = table(format, CLAIM_COLUMNS, out);
        long n = everyPage(cursor -> store.claims(query.withCursor(cursor).withLimit(ClaimQuery.MAX_LIMIT)), page -> {
            for (StoredClaim s : page) {
                table.row(claimRow(s));
            }
            return page.size();
        });
        table.end();
        return n;
    }

    /** Writes the rows of one page's items and answers how many it wrote. */
    interface PageRows<T> {
        int write(List<T> items) throws IOException;
    }

    /** Every page of a keyset-paged list, first to last (a page for each cursor), each written; the rows written. */
    static <T> long everyPage(Function<String, Page<T>> pages, PageRows<T> rows) throws IOException {
        long n = 0;
        String cursor = null;
        do {
            Page<T> page = pages.apply(cursor);
            n += rows.write(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return n;
    }

    static List<Object> claimRow(StoredClaim s) {
        Claim c = s.claim();
        return Arrays.asList(
                s.id(), s.documentId(), c.doc(), s.published(), s.source().title(), s.source().url(), s.source().outlet(), c.type(), c.actor(), c.modality(), c.treaty(), c.stage(),
                c.weapon(), c.recipient(), c.allegedBy(),
                c.quantity() == null ? null : c.quantity().min(), c.quantity() == null ? null : c.quantity().max(),
                c.quantity() == null ? null : c.quantity().unit(),
                c.amount() == null ? null : c.amount().min(), c.amount() == null ? null : c.amount().max(),
                c.amount() == null ? null : c.amount().currency(), c.when(),
                c.speaker() == null ? null : c.speaker().name(), c.speaker() == null ? null : c.speaker().role(),
                c.speaker() == null ? null : c.speaker().actor(),
                c.evidence().start(), c.evidence().end(), c.evidence().text(),
                s.origin(), s.reviewState(), s.reviewedBy(), s.reviewedAt());
    }

    /**
     * The columns of the record's history: which table and row, when, by whom and from what it was
     * recorded, whether the version removed the row, then the row's own fields (empty where its
     * table has no such column; {@code declaration_kind} is a declaration's kind, {@code source}
     * the row's own source).
     */
    public static final List<String> RECORD_COLUMNS = List.of(
            "record", "key", "recorded_at", "recorded_by", "recorded_from", "removed", "treaty", "state", "signed",
            "instrument", "deposited", "withdrawal_deposited", "withdrawal_effective", "start", "end", "date",
            "declaration_kind", "summary", "obligation", "deadline", "decided", "note", "source");

    /** Every version of every row of the record, in the order recorded: the record's history. */
    public static long record(RecordHistory history, Format format, Writer out) throws IOException {
        Table table = table(format, RECORD_COLUMNS, out);
        for (RecordVersion v : history.versions()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(v.kind().word(), v.key(), v.recordedAt().toString(),
                    v.recordedBy(), v.source(), v.removed()));
            com.fasterxml.jackson.databind.JsonNode row = v.row() == null ? null : RecordJson.node(v.row());
            for (String c : RECORD_COLUMNS.subList(6, RECORD_COLUMNS.size())) {
                String field = c.equals("declaration_kind") ? "kind" : c;
                com.fasterxml.jackson.databind.JsonNode cell = row == null ? null : row.get(field);
                cells.add(cell == null || cell.isNull() ? null : cell.asText());
            }
            table.row(cells);
        }
        table.end();
        return history.versions().size();
    }

    /** The status of every current state on {@code on}, for each of {@code treaties}. */
    public static List<StatusAnswer> statusTable(StatusEngine engine, LocalDate on, List<Treaty> treaties) {
        List<StatusAnswer> rows = new ArrayList<>();
        for (Treaty t : treaties) {
            rows.addAll(engine.statusOfAll(t, on));
        }
        return rows;
    }

    public static long status(List<StatusAnswer> rows, Format format, Writer out) throws IOException {
        Table table = table(format, STATUS_COLUMNS, out);
        for (StatusAnswer a : rows) {
            State s = a.state();
            table.row(Arrays.asList(s.alpha3(), s.name(), a.treaty().code(), a.on(), a.code(), a.since(),
                    a.code().countedAsParty(), a.rule().citation(),
                    a.next() == null ? null : a.next().on(), a.next() == null ? null : a.next().to()));
        }
        table.end();
        return rows.size();
    }

    private interface Table {
        void row(List<Object> cells) throws IOException;

        void end() throws IOException;
    }

    private static Table table(Format format, List<String> columns, Writer out) throws IOException {
        return format == Format.CSV ? new CsvTable(columns, out) : new JsonTable(columns, out);
    }

    private static final class CsvTable implements Table {
        private final Writer out;

        CsvTable(List<String> columns, Writer out) throws IOException {
            this.out = out;
            row(new ArrayList<>(columns));
        }

        @Override
        public void row(List<Object> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object v = cells.get(i);
                if (v instanceof Number || v instanceof Boolean) {
                    out.write(v.toString());
                } else if (v != null) {
                    out.write(csv(v.toString()));
                }
            }
            out.write("\r\n");
        }

        @Override
        public void end() throws IOException {
            out.flush();
        }
    }

    /**
     * A text cell: neutralised when a spreadsheet would run it as a formula (a leading single
     * quote, OWASP), then RFC 4180: quoted when it holds a comma, quote or line break or was
     * neutralised, its quotes doubled.
     */
    static String csv(String s) {
        boolean formula = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
        String cell = formula ? "'" + s : s;
        boolean quote = formula || cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static final class JsonTable implements Table {
        private final List<String> columns;
        private final JsonGenerator json;

        JsonTable(List<String> columns, Writer out) throws IOException {
            this.columns = columns;
            this.json = JSON.createGenerator(out);
            json.writeStartArray();
        }

        @Override
        public void row(List<Object> cells) throws IOException {
            json.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                Object v = cells.get(i);
                json.writeFieldName(columns.get(i));
                switch (v) {
                    case null -> json.writeNull();
                    case Long l -> json.writeNumber(l);
                    case Integer n -> json.writeNumber(n);
                    case Double d -> json.writeNumber(d);
                    case Boolean b -> json.writeBoolean(b);
                    default -> json.writeString(v.toString());
                }
            }
            json.writeEndObject();
        }

        @Override
        public void end() throws IOException {
            json.writeEndArray();
            json.flush();
        }
    }
}
