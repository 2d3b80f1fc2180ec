package org.treatywatch.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;

/**
 * Reads a gold file: JSON Lines, one {@link GoldClaim} a line, in the layout of
 * {@code ../shared/corpus/seed-reuters-lithuania-finland.gold.jsonl}:
 *
 * <pre>{"type":"WITHDRAWAL","actor":"LTU","treaty":"APMBC","recipient":null,"modality":["PLANNED"]}</pre>
 *
 * <p>Blank lines are skipped; {@code "optional": true} marks a disputed key; a {@code "comment"}
 * string may explain a choice. Anything else is an error that names the file and line: an unknown
 * field (a misspelt {@code "modalities"} would otherwise drop a line's modalities), an unknown type
 * or modality, and a key listed twice. The reference scorer lets the last of two lines with one key
 * win; here the annotator has to merge their modality lists, so no line is silently ignored.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("type", "actor", "treaty", "recipient", "modality", "optional", "comment");

    private GoldReader() {}

    /**
     * The gold claims in {@code content}.
     *
     * @param source names the file in error messages
     * @throws EvalInputException naming {@code source} and the line when a line is not a valid gold claim
     */
    public static List<GoldClaim> parse(String source, String content) {
        List<GoldClaim> claims = new ArrayList<>();
        Map<Claim.Key, Integer> seen = new HashMap<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            GoldClaim claim;
            try {
                claim = toClaim(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new EvalInputException(source + ":" + lineNo + ": not a JSON object: "
                        + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                throw new EvalInputException(source + ":" + lineNo + ": " + e.getMessage());
            }
            Integer first = seen.putIfAbsent(claim.key(""), lineNo);
            if (first != null) {
                throw new EvalInputException(source + ":" + lineNo + ": the same key as line " + first
                        + " (" + claim.type() + " " + claim.actor() + "); merge their modality lists into one line");
            }
            claims.add(claim);
        }
        return List.copyOf(claims);
    }

    private static GoldClaim toClaim(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object like {\"type\":...,\"actor\":...,\"modality\":[...]}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field \"" + name + "\" (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        ClaimType type = parseEnum(ClaimType.class, text(node, "type", true), "type");
        String actor = text(node, "actor", true);
        // The reference scorer keys a treaty only for treaty types and a recipient only for TRANSFER;
        // GoldClaim rejects the others outright.
        String treaty = text(node, "treaty", false);
        String recipient = text(node, "recipient", false);
        JsonNode modality = node.get("modality");
        if (modality == null || !modality.isArray()) {
            throw new IllegalArgumentException("\"modality\" must be a list such as [\"FACT\",\"PLANNED\"]");
        }
        Set<Modality> acceptable = EnumSet.noneOf(Modality.class);
        for (JsonNode m : modality) {
            if (!m.isTextual()) {
                throw new IllegalArgumentException("\"modality\" lists strings, got " + m);
            }
            acceptable.add(parseEnum(Modality.class, m.asText(), "modality"));
        }
        JsonNode optional = node.get("optional");
        if (optional != null && !optional.isBoolean() && !optional.isNull()) {
            throw new IllegalArgumentException("\"optional\" must be true or false, got " + optional);
        }
        JsonNode comment = node.get("comment");
        if (comment != null && !comment.isTextual()) {
            throw new IllegalArgumentException("\"comment\" must be a string");
        }
        return new GoldClaim(type, actor, treaty, recipient, acceptable, optional != null && optional.asBoolean());
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("\"" + field + "\" is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string or null, got " + value);
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> known = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                known.add(constant.name());
            }
            throw new IllegalArgumentException("unknown " + field + " \"" + value + "\" (one of " + String.join(", ", known) + ")");
        }
    }
}
