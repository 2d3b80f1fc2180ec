package org.treatywatch.spark.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.treatywatch.core.document.Document;
import org.treatywatch.spark.FailureReason;
import org.treatywatch.spark.RunCounters;

/**
 * Documents from JSON Lines: one object per line, {@code {id, text, title?, published?, url?,
 * outlet?}}, the format of a newsroom's export and of {@code treatywatch}'s own JSON Lines inputs.
 * {@code id} may be a string or a number; {@code published} an ISO date or a timestamp starting
 * with one. Blank lines are skipped; a line that is not a JSON object, or lacks {@code id} or
 * {@code text}, is counted as a failure and skipped.
 *
 * <p>Input rows are {@code (value, file)}: Spark's text source with {@code input_file_name()}.
 */
public final class JsonLinesDocuments implements FlatMapFunction<Iterator<Row>, Document> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunCounters counters;

    public JsonLinesDocuments(RunCounters counters) {
        this.counters = counters;
    }

    @Override
    public Iterator<Document> call(Iterator<Row> lines) {
        return new Iterator<>() {
            private Document next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    Row row = lines.next();
                    next = parse(row.getString(0), row.getString(1));
                }
                return next != null;
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Document d = next;
                next = null;
                return d;
            }
        };
    }

    /** The document on {@code line} of {@code file}, or null when the line is blank or bad (counted). */
    Document parse(String line, String file) {
        if (line == null || line.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            counters.fail(FailureReason.BAD_JSON_LINE, file + ": " + e.getOriginalMessage());
            return null;
        }
        if (node == null || !node.isObject()) {
            counters.fail(FailureReason.BAD_JSON_LINE, file + ": not a JSON object");
            return null;
        }
        String id = scalar(node, "id");
        String text = scalar(node, "text");
        if (id == null || text == null) {
            counters.fail(FailureReason.MISSING_ID_OR_TEXT, file + ": " + (id == null ? "no id" : "no text for " + id));
            return null;
        }
        return new Document(id, text, scalar(node, "title"), Dates.parseLeniently(scalar(node, "published")),
                scalar(node, "url"), scalar(node, "outlet"));
    }

    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
