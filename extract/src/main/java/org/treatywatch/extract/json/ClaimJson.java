package org.treatywatch.extract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;

/**
 * Claims as the codebook's JSON Lines (CODEBOOK.md, "A claim" and "Output"): one object a line with
 * the fields, in this order, {@code doc, type, actor, modality, treaty, stage, weapon, recipient,
 * alleged_by, quantity{min,max,unit}, amount{min,max,currency}, when, speaker{name,role,actor},
 * evidence{start,end,text}}.
 *
 * <p>Writing puts every field on every line, absent ones as {@code null}, so lines line up for
 * {@code jq} and diffs, and gold-file tooling that expects {@code "treaty": null} finds it. Reading
 * accepts absent optional fields as null, ignores fields it does not know (a gold line's
 * {@code optional}), and rejects a line that breaks the codebook through {@link Claim}'s own
 * checks, naming the line and the field. The store's export, the web API and batch output use the
 * same code, so a claim is written one way everywhere.
 *
 * <p>Thread-safe: Jackson's factory and mapper are shared, generators are per call.
 */
public final class ClaimJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private ClaimJson() {}

    /** {@code claim} as one line of JSON, without the line break. */
    public static String toJson(Claim claim) {
        StringWriter out = new StringWriter(256 + claim.evidence().text().length());
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(claim, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes {@code claim} and a line break ({@code \n}) to {@code out}. */
    public static void writeLine(Claim claim, Writer out) throws IOException {
        out.write(toJson(claim));
        out.write('\n');
    }

    /** Writes {@code claim} as one object into a larger JSON document (an API response, an array). */
    public static void write(Claim claim, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("doc", claim.doc());
        json.writeStringField("type", claim.type().name());
        json.writeStringField("actor", claim.actor());
        json.writeStringField("modality", claim.modality().name());
        json.writeStringField("treaty", claim.treaty());
        json.writeStringField("stage", claim.stage() == null ? null : claim.stage().name());
        json.writeStringField("weapon", claim.weapon() == null ? null : claim.weapon().name());
        json.writeStringField("recipient", claim.recipient());
        json.writeStringField("alleged_by", claim.allegedBy());
        json.writeFieldName("quantity");
        Quantity q = claim.quantity();
        if (q == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            writeNumber(json, "min", q.min());
            writeNumber(json, "max", q.max());
            json.writeStringField("unit", q.unit());
            json.writeEndObject();
        }
        json.writeFieldName("amount");
        Amount a = claim.amount();
        if (a == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            writeNumber(json, "min", a.min());
            writeNumber(json, "max", a.max());
            json.writeStringField("currency", a.currency());
            json.writeEndObject();
        }
        json.writeStringField("when", claim.when());
        json.writeFieldName("speaker");
        Speaker s = claim.speaker();
        if (s == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("name", s.name());
            json.writeStringField("role", s.role());
            json.writeStringField("actor", s.actor());
            json.writeEndObject();
        }
        Evidence e = claim.evidence();
        json.writeObjectFieldStart("evidence");
        json.writeNumberField("start", e.start());
        json.writeNumberField("end", e.end());
        json.writeStringField("text", e.text());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeNumber(JsonGenerator json, String field, Long value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void writeNumber(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    /**
     * The claim on one line of JSON.
     *
     * @throws ClaimJsonException when it is not JSON or not a valid claim; the message says which field
     */
    public static Claim fromJson(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ClaimJsonException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ClaimJsonException("a claim must be a JSON object");
        }
        return fromTree(node);
    }

    /** The claim in a parsed JSON object (e.g. an element of an API request's array). */
    public static Claim fromTree(JsonNode node) {
        try {
            JsonNode evidence = node.get("evidence");
            if (evidence == null || !evidence.isObject()) {
                throw new ClaimJsonException("\"evidence\" must be an object {start, end, text}");
            }
            return new Claim(
                    requiredText(node, "doc"),
                    enumValue(ClaimType.class, node, "type", true),
                    requiredText(node, "actor"),
                    enumValue(Modality.class, node, "modality", true),
                    text(node, "treaty"),
                    enumValue(Stage.class, node, "stage", false),
                    enumValue(Weapon.class, node, "weapon", false),
                    text(node, "recipient"),
                    text(node, "alleged_by"),
                    quantity(node.get("quantity")),
                    amount(node.get("amount")),
                    text(node, "when"),
                    speaker(node.get("speaker")),
                    new Evidence(integer(evidence, "start"), integer(evidence, "end"), requiredText(evidence, "text")));
        } catch (IllegalArgumentException e) {
            // Claim, Evidence, Quantity and the rest check the codebook's rules in their constructors.
            throw new ClaimJsonException(e.getMessage(), e);
        }
    }

    /**
     * Every claim in a JSON Lines stream (blank lines skipped).
     *
     * @throws ClaimJsonException naming the line number of the first bad line
     */
    public static List<Claim> readAll(Reader in) throws IOException {
        List<Claim> claims = new ArrayList<>();
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                claims.add(fromJson(line));
            } catch (ClaimJsonException e) {
                throw new ClaimJsonException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return claims;
    }

    private static Quantity quantity(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, "quantity", "{min, max, unit}");
        return new Quantity(longValue(node, "min"), longValue(node, "max"), text(node, "unit"));
    }

    private static Amount amount(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, "amount", "{min, max, currency}");
        return new Amount(doubleValue(node, "min"), doubleValue(node, "max"), text(node, "currency"));
    }

    private static Speaker speaker(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, "speaker", "{name, role, actor}");
        return new Speaker(text(node, "name"), text(node, "role"), text(node, "actor"));
    }

    private static void requireObject(JsonNode node, String field, String shape) {
        if (!node.isObject()) {
            throw new ClaimJsonException("\"" + field + "\" must be null or an object " + shape);
        }
    }

    private static String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new ClaimJsonException("\"" + field + "\" is required");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ClaimJsonException("\"" + field + "\" must be a string, got " + value);
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ClaimJsonException("\"" + field + "\" must be an integer offset");
        }
        return value.intValue();
    }

    private static Long longValue(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ClaimJsonException("\"" + field + "\" must be a whole number, got " + value);
        }
        return value.longValue();
    }

    private static Double doubleValue(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new ClaimJsonException("\"" + field + "\" must be a finite number, got " + value);
        }
        return value.doubleValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field, boolean required) {
        String value = required ? requiredText(node, field) : text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ClaimJsonException("\"" + field + "\" is \"" + value + "\"; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
