package org.treatywatch.spark.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import org.apache.spark.sql.Row;

/**
 * One JSON Lines line per claim row: the codebook's fields under the codebook's names (CODEBOOK.md,
 * "Output"; absent optional fields omitted), then {@code url}, {@code outlet}, {@code published}
 * (ISO date) and {@code version}. {@code treatywatch import} reads these lines back.
 */
public final class ClaimJsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PLAIN = {"doc", "type", "actor", "modality", "treaty", "stage", "weapon",
        "recipient", "alleged_by"};

    private ClaimJsonLines() {}

    public static String line(Row row) {
        ObjectNode out = JSON.createObjectNode();
        for (String field : PLAIN) {
            putIfPresent(out, field, row.getAs(field));
        }
        Row q = row.getAs("quantity");
        if (q != null) {
            ObjectNode n = out.putObject("quantity");
            n.put("min", q.<Long>getAs("min"));
            n.put("max", q.<Long>getAs("max"));
            n.put("unit", q.<String>getAs("unit"));
        }
        Row a = row.getAs("amount");
        if (a != null) {
            ObjectNode n = out.putObject("amount");
            n.put("min", a.<Double>getAs("min"));
            n.put("max", a.<Double>getAs("max"));
            n.put("currency", a.<String>getAs("currency"));
        }
        putIfPresent(out, "when", row.getAs("when"));
        Row s = row.getAs("speaker");
        if (s != null) {
            ObjectNode n = out.putObject("speaker");
            n.put("name", s.<String>getAs("name"));
            n.put("role", s.<String>getAs("role"));
            n.put("actor", s.<String>getAs("actor"));
        }
        Row e = row.getAs("evidence");
        ObjectNode evidence = out.putObject("evidence");
        evidence.put("start", e.<Integer>getAs("start"));
        evidence.put("end", e.<Integer>getAs("end"));
        evidence.put("text", e.<String>getAs("text"));
        putIfPresent(out, "url", row.getAs("url"));
        putIfPresent(out, "outlet", row.getAs("outlet"));
        Date published = row.getAs("published");
        if (published != null) {
            out.put("published", published.toLocalDate().toString());
        }
        out.put("version", row.<String>getAs("version"));
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write a claim as JSON", ex);
        }
    }

    private static void putIfPresent(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }
}
