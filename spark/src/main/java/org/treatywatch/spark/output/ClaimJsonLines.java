package org.treatywatch.spark.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import org.apache.spark.sql.Row;
import org.treatywatch.extract.json.ClaimJson;

/**
 * One JSON Lines line per claim row: the claim exactly as {@link ClaimJson} writes it everywhere
 * (CODEBOOK.md, "Output"), then the source document's {@code title}, {@code url}, {@code outlet} and
 * {@code published} (ISO date), and the extractor {@code version}. {@link ClaimJson#fromJson}
 * reads such a line back as the claim (it ignores the extra fields); {@code treatywatch import}
 * reads the extras too.
 */
public final class ClaimJsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimJsonLines() {}

    public static String line(Row row) {
        try {
            ObjectNode out = (ObjectNode) JSON.readTree(ClaimJson.toJson(ClaimRows.toClaim(row)));
            out.put("title", row.<String>getAs("title"));
            out.put("url", row.<String>getAs("url"));
            out.put("outlet", row.<String>getAs("outlet"));
            Date published = row.getAs("published");
            out.put("published", published == null ? null : published.toLocalDate().toString());
            out.put("version", row.<String>getAs("version"));
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a claim as JSON", e);
        }
    }
}
