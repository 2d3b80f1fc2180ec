package org.treatywatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;

/**
 * The worked example of CODEBOOK.md: the seed Reuters article, read in place from
 * {@code ../shared/corpus} (never copied into the repository); skipped where it is absent.
 * Writes {@code target/seed.pred.jsonl} for {@code shared/tools/score-claims.py}.
 */
class SeedArticleTest {
    private static final String NAME = "seed-reuters-lithuania-finland.txt";

    /** {@code shared/corpus} beside the repository root (or beside a parent folder of it, for worktrees). */
    static Path sharedCorpus() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "shared", "corpus");
    }

    private static Path seed() {
        return sharedCorpus().resolve(NAME);
    }

    @Test
    void seedArticle_everyGoldKeyFound_noExtraKey_evidenceExact() throws Exception {
        Path seed = seed();
        assumeTrue(Files.exists(seed), "../shared/corpus is absent");
        String text = Files.readString(seed);
        List<Claim> claims = Extractors.checking().extract(Document.of(seed.toString(), text));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "seed.pred.jsonl"), ClaimLines.of(claims));
        Path gold = seed.resolveSibling("seed-reuters-lithuania-finland.gold.jsonl");
        GoldScore score = GoldScore.score(gold, text, claims);
        assertThat(score.perfect()).as(score.toString()).isTrue();
    }
}
