package org.treatywatch.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.extract.json.ClaimJson;

/**
 * The {@code X.expected.jsonl} snapshots beside a corpus's texts: today's extractor output in the
 * codebook's JSON Lines (STYLE.md, "Tests"). Unlike the gold file, which a person writes, a
 * snapshot is written only by {@code treatywatch eval DIR --update-expected}, and a test diffs the
 * extractor's output against it so that every change in output is seen and reviewed.
 *
 * <p>The diff compares lines as a multiset: claims that merely change order are not a difference,
 * a claim that changes in any field (a modality, an evidence offset, a speaker) is one removed line
 * and one added line.
 */
public final class Snapshots {
    private Snapshots() {}

    /** {@code claims} as the snapshot holds them: one JSON line each, every line ending in {@code \n}. */
    public static String render(List<Claim> claims) {
        StringBuilder out = new StringBuilder();
        for (Claim c : claims) {
            out.append(ClaimJson.toJson(c)).append('\n');
        }
        return out.toString();
    }

    /** Writes {@code claims} to the snapshot beside {@code text}, replacing it. */
    public static void write(Path text, List<Claim> claims) throws IOException {
        Files.writeString(EvalCorpus.expectedPath(text), render(claims), StandardCharsets.UTF_8);
    }

    /**
     * How today's {@code claims} for {@code text} differ from its snapshot: an empty list when they
     * agree; else one line saying the snapshot is missing, or a {@code "- "} line for each claim
     * only in the snapshot and a {@code "+ "} line for each claim only in today's output.
     */
    public static List<String> diff(Path text, List<Claim> claims) throws IOException {
        Path expected = EvalCorpus.expectedPath(text);
        if (!Files.isRegularFile(expected)) {
            return List.of(expected + ": no snapshot; write one with treatywatch eval DIR --update-expected");
        }
        List<String> before = Files.readString(expected, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        List<String> after = render(claims).lines().toList();
        Map<String, Integer> counts = new HashMap<>();
        before.forEach(l -> counts.merge(l, 1, Integer::sum));
        after.forEach(l -> counts.merge(l, -1, Integer::sum));
        List<String> differences = new ArrayList<>();
        for (String l : before) {
            if (counts.getOrDefault(l, 0) > 0) {
                differences.add("- " + l);
                counts.merge(l, -1, Integer::sum);
            }
        }
        for (String l : after) {
            if (counts.getOrDefault(l, 0) < 0) {
                differences.add("+ " + l);
                counts.merge(l, 1, Integer::sum);
            }
        }
        return differences;
    }
}
