package org.treatywatch.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatywatch.store.AuditEntry;

/**
 * A line of a claim's audit trail as the claim page shows it: who did what and why, and what
 * changed as a readable diff ("actor: LTU → FIN", "stage: none → approved") instead of two
 * blobs of JSON.
 */
public record AuditView(Instant at, String analyst, String action, String reason, List<String> changes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<AuditView> of(List<AuditEntry> entries) {
        return entries.stream().map(AuditView::of).toList();
    }

    static AuditView of(AuditEntry e) {
        return new AuditView(e.at(), e.analyst(), e.action().name().toLowerCase(java.util.Locale.ROOT), e.reason(),
                changes(e.beforeJson(), e.afterJson()));
    }

    /** The fields that differ between two codebook JSON claims, nested ones as {@code speaker.name}; {@code doc} left out. */
    static List<String> changes(String beforeJson, String afterJson) {
        Map<String, String> before = flat(beforeJson);
        Map<String, String> after = flat(afterJson);
        List<String> out = new ArrayList<>();
        for (String key : union(before, after)) {
            String b = before.get(key);
            String a = after.get(key);
            if (key.equals("doc") || java.util.Objects.equals(a, b)) {
                continue;
            }
            out.add(key + ": " + (b == null ? "none" : b) + " \u2192 " + (a == null ? "none" : a));
        }
        return out;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        LinkedHashMap<String, Boolean> keys = new LinkedHashMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return List.copyOf(keys.keySet());
    }

    private static Map<String, String> flat(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try {
            flatten("", JSON.readTree(json), out);
        } catch (java.io.IOException e) {
            out.put("(unreadable)", json);
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
            }
            return;
        }
        out.put(prefix, node.asText());
    }
}
