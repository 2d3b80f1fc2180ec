package org.treatywatch.store.alerts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A change as JSON, the same in {@code GET /api/v1/changes} and in every webhook delivery. */
public final class ChangeJson {
    private ChangeJson() {}

    /** {@code {"id", "kind", "at", "state", "claim_type", "flag_kind", "ref", "summary"}}, absent fields as null. */
    public static ObjectNode of(Change c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", c.id());
        n.put("kind", c.kind().name());
        n.put("at", c.at().toString());
        n.put("state", c.state());
        n.put("claim_type", c.claimType() == null ? null : c.claimType().name());
        n.put("flag_kind", c.flagKind() == null ? null : c.flagKind().name());
        n.put("ref", c.refId());
        n.put("summary", c.summary());
        return n;
    }
}
