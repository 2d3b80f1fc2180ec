package org.treatywatch.web.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.ClaimRow;
import org.treatywatch.store.Store;

/**
 * The claims list's JSON, written field by field as the store reads each row
 * ({@link Store#claimRows}): the same bytes as Jackson makes of a {@link Views.PageView} of
 * {@link Views.ClaimView}s (a test compares them), without building a claim, its view and the
 * page's list for every request. Under load the claims list spent a quarter of its time in those
 * objects and Jackson's bean serialisation (JFR, {@code scripts/bench/api-load.sh}).
 */
final class ClaimListJson {
    private ClaimListJson() {}

    /**
     * A page of claims, {@code {"items": [...], "next_cursor": ..., "next": ...}}.
     *
     * @param nextLink the URL of the page after, from its cursor
     */
    static byte[] page(Store store, ClaimQuery query, JsonFactory factory, UnaryOperator<String> nextLink) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + 600 * query.limit());
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            String cursor = store.claimRows(query, row -> write(g, row));
            g.writeEndArray();
            g.writeStringField("next_cursor", cursor);
            g.writeStringField("next", cursor == null ? null : nextLink.apply(cursor));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // to memory: never happens
        }
        return out.toByteArray();
    }

    /** One claim in {@link Views.ClaimView}'s order and names. */
    static void write(JsonGenerator g, ClaimRow r) {
        try {
            g.writeStartObject();
            g.writeNumberField("id", r.id());
            g.writeNumberField("document_id", r.documentId());
            g.writeStringField("doc", r.doc());
            g.writeStringField("type", r.type());
            g.writeStringField("actor", r.actor());
            g.writeStringField("modality", r.modality());
            g.writeStringField("treaty", r.treaty());
            g.writeStringField("stage", r.stage());
            g.writeStringField("weapon", r.weapon());
            g.writeStringField("recipient", r.recipient());
            g.writeStringField("alleged_by", r.allegedBy());
            writeParts(g, r);
            g.writeStringField("origin", r.origin());
            g.writeStringField("review_state", r.reviewState());
            g.writeStringField("reviewed_by", r.reviewedBy());
            g.writeStringField("reviewed_at", r.reviewedAt() == null ? null : r.reviewedAt().toString());
            String published = r.published() == null ? null : r.published().toString();
            g.writeStringField("published", published);
            g.writeObjectFieldStart("source");
            g.writeStringField("title", r.title());
            g.writeStringField("url", r.url());
            g.writeStringField("outlet", r.outlet());
            g.writeStringField("published", published);
            g.writeEndObject();
            g.writeStringField("extractor_version", r.extractorVersion());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** quantity, amount, when, speaker and evidence: null objects when the claim has none. */
    private static void writeParts(JsonGenerator g, ClaimRow r) throws IOException {
        g.writeFieldName("quantity");
        if (r.quantityUnit() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            numberField(g, "min", r.quantityMin());
            numberField(g, "max", r.quantityMax());
            g.writeStringField("unit", r.quantityUnit());
            g.writeEndObject();
        }
        g.writeFieldName("amount");
        if (r.amountCurrency() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            numberField(g, "min", r.amountMin());
            numberField(g, "max", r.amountMax());
            g.writeStringField("currency", r.amountCurrency());
            g.writeEndObject();
        }
        g.writeStringField("when", r.when());
        g.writeFieldName("speaker");
        if (r.speakerName() == null && r.speakerRole() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("name", r.speakerName());
            g.writeStringField("role", r.speakerRole());
            g.writeStringField("actor", r.speakerActor());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("evidence");
        g.writeNumberField("start", r.evidenceStart());
        g.writeNumberField("end", r.evidenceEnd());
        g.writeStringField("text", r.evidenceText());
        g.writeEndObject();
    }

    private static void numberField(JsonGenerator g, String name, Long value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void numberField(JsonGenerator g, String name, Double value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
