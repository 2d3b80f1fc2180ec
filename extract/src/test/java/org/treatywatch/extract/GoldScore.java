package org.treatywatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.Weapon;

/**
 * Scores claims of one document against its gold file as CODEBOOK.md "Scoring" says (the same
 * rules as {@code shared/tools/score-claims.py}), for tests: missed and extra keys, and predicted
 * (key, modality) pairs that gold does not accept.
 */
final class GoldScore {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Key(String type, String actor, String treaty, String recipient) {
        @Override
        public String toString() {
            return type + " " + actor + (treaty != null ? " " + treaty : "") + (recipient != null ? " -> " + recipient : "");
        }
    }

    final Map<Key, Set<String>> gold = new LinkedHashMap<>();
    final Set<Key> optional = new HashSet<>();
    final List<String> missed = new ArrayList<>();
    final List<String> extra = new ArrayList<>();
    final List<String> wrongModality = new ArrayList<>();
    final List<String> badEvidence = new ArrayList<>();

    static GoldScore score(Path goldFile, String text, List<Claim> claims) throws IOException {
        GoldScore s = new GoldScore();
        for (String line : Files.readAllLines(goldFile)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            String type = n.get("type").asText();
            boolean treatyType = type.equals("WITHDRAWAL") || type.equals("ACCESSION");
            Key k = new Key(type, n.get("actor").asText(), treatyType ? textOrNull(n, "treaty") : null,
                    type.equals("TRANSFER") ? textOrNull(n, "recipient") : null);
            if (n.path("optional").asBoolean(false)) {
                s.optional.add(k);
                continue;
            }
            Set<String> modalities = new HashSet<>();
            n.get("modality").forEach(m -> modalities.add(m.asText()));
            s.gold.put(k, modalities);
        }
        Map<Key, Set<String>> predicted = new HashMap<>();
        for (Claim c : claims) {
            if (!c.evidence().matches(text)) {
                s.badEvidence.add(c.toString());
                continue;
            }
            if (!c.type().isTreatyType() && c.weapon() != Weapon.AP_MINE) {
                continue;
            }
            Key k = new Key(c.type().name(), c.actor(), c.type().isTreatyType() ? c.treaty() : null,
                    c.type().name().equals("TRANSFER") ? c.recipient() : null);
            if (s.optional.contains(k)) {
                continue;
            }
            predicted.computeIfAbsent(k, x -> new HashSet<>()).add(c.modality().name());
        }
        for (var e : s.gold.entrySet()) {
            Set<String> p = predicted.get(e.getKey());
            if (p == null || p.stream().noneMatch(e.getValue()::contains)) {
                s.missed.add(e.getKey() + " " + e.getValue() + (p == null ? "" : " predicted " + p));
            }
        }
        for (var e : predicted.entrySet()) {
            Set<String> ok = s.gold.get(e.getKey());
            if (ok == null) {
                s.extra.add(e.getKey() + " " + e.getValue());
            } else {
                for (String m : e.getValue()) {
                    if (!ok.contains(m)) {
                        s.wrongModality.add(e.getKey() + " " + m + " (gold " + ok + ")");
                    }
                }
            }
        }
        return s;
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    boolean perfect() {
        return missed.isEmpty() && extra.isEmpty() && wrongModality.isEmpty() && badEvidence.isEmpty();
    }

    @Override
    public String toString() {
        return "missed=" + missed + "\nextra=" + extra + "\nwrongModality=" + wrongModality + "\nbadEvidence=" + badEvidence;
    }
}
