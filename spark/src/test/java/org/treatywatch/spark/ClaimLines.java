package org.treatywatch.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;

/** Reads a claim back from one of the job's JSON Lines lines, field by codebook field. */
final class ClaimLines {
    private ClaimLines() {}

    static Claim claim(JsonNode n) {
        JsonNode q = n.get("quantity");
        JsonNode a = n.get("amount");
        JsonNode s = n.get("speaker");
        JsonNode e = n.get("evidence");
        return new Claim(text(n, "doc"), ClaimType.valueOf(text(n, "type")), text(n, "actor"),
                Modality.valueOf(text(n, "modality")), text(n, "treaty"),
                text(n, "stage") == null ? null : Stage.valueOf(text(n, "stage")),
                text(n, "weapon") == null ? null : Weapon.valueOf(text(n, "weapon")),
                text(n, "recipient"), text(n, "alleged_by"),
                q == null ? null : new Quantity(longOrNull(q, "min"), longOrNull(q, "max"), text(q, "unit")),
                a == null ? null : new Amount(doubleOrNull(a, "min"), doubleOrNull(a, "max"), text(a, "currency")),
                text(n, "when"),
                s == null ? null : new Speaker(text(s, "name"), text(s, "role"), text(s, "actor")),
                new Evidence(e.get("start").asInt(), e.get("end").asInt(), text(e, "text")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long longOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static Double doubleOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
