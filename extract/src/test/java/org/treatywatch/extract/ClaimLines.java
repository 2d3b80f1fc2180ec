package org.treatywatch.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatywatch.core.claim.Claim;

/** Claims as codebook JSON Lines, for tests that hand output to the reference scorer. */
final class ClaimLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimLines() {}

    static String of(List<Claim> claims) {
        StringBuilder b = new StringBuilder();
        for (Claim c : claims) {
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
            m.put("quantity", c.quantity());
            m.put("amount", c.amount());
            m.put("when", c.when());
            m.put("speaker", c.speaker());
            m.put("evidence", Map.of("start", c.evidence().start(), "end", c.evidence().end(), "text", c.evidence().text()));
            try {
                b.append(JSON.writeValueAsString(m)).append('\n');
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return b.toString();
    }
}
