package org.treatywatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.treatywatch.core.claim.Claim;

/**
 * A claim as codebook JSON (CODEBOOK.md, "A claim": snake_case field names, optional fields
 * null), for the audit trail's before/after columns.
 */
final class ClaimCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimCodec() {}

    static Map<String, Object> toMap(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", c.doc());
        m.put("type", c.type().name());
        m.put("actor", c.actor());
        m.put("modality", c.modality().name());
        m.put("treaty", c.treaty());
        m.put("stage", c.stage() == null ? null : c.stage().name());
        m.put("weapon", c.weapon() == null ? null : c.weapon().name());
        m.put("recipient", c.recipient());
        m.put("alleged_by", c.allegedBy());
        m.put("quantity", c.quantity() == null ? null : ordered(
                "min", c.quantity().min(), "max", c.quantity().max(), "unit", c.quantity().unit()));
        m.put("amount", c.amount() == null ? null : ordered(
                "min", c.amount().min(), "max", c.amount().max(), "currency", c.amount().currency()));
        m.put("when", c.when());
        m.put("speaker", c.speaker() == null ? null : ordered(
                "name", c.speaker().name(), "role", c.speaker().role(), "actor", c.speaker().actor()));
        m.put("evidence", ordered(
                "start", c.evidence().start(), "end", c.evidence().end(), "text", c.evidence().text()));
        return m;
    }

    static String toJson(Claim c) {
        if (c == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(toMap(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claim always serialises", e);
        }
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
