package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;

/**
 * Checks the development corpus in {@code corpus/dev} against the promises of its README and of
 * issue 3, point 5: enough articles and confusers, and every claim type and modality covered.
 * What every corpus promises (valid gold, texts both scorers slice alike) is {@link CorpusFilesTest}.
 */
class DevCorpusTest {
    static final Path DIR = Path.of("..", "corpus", "dev");
    static List<EvalDocument> corpus;

    @BeforeAll
    static void load() {
        corpus = EvalCorpus.load(DIR);
    }

    @Test
    void corpus_hasAtLeast40Articles_ofNewsLength() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        for (EvalDocument d : corpus) {
            int words = d.document().text().strip().split("\\s+").length;
            assertThat(words).as(d.document().id()).isBetween(100, 350);
        }
    }

    @Test
    void confusers_haveEmptyGold_andThereAreAtLeastEight() {
        List<EvalDocument> confusers = corpus.stream().filter(d -> d.basename().startsWith("confuser-")).toList();
        assertThat(confusers).hasSizeGreaterThanOrEqualTo(8);
        confusers.forEach(d -> assertThat(d.gold()).as(d.basename()).isEmpty());
    }

    @Test
    void everyTypeAndModality_isRequiredByGoldAtLeastThreeTimes() {
        Map<ClaimType, Integer> types = new EnumMap<>(ClaimType.class);
        Map<Modality, Integer> modalities = new EnumMap<>(Modality.class);
        for (EvalDocument d : corpus) {
            for (GoldClaim g : d.gold()) {
                if (!g.optional()) {
                    types.merge(g.type(), 1, Integer::sum);
                    g.acceptable().forEach(m -> modalities.merge(m, 1, Integer::sum));
                }
            }
        }
        for (ClaimType t : ClaimType.values()) {
            assertThat(types.getOrDefault(t, 0)).as(t.name()).isGreaterThanOrEqualTo(3);
        }
        for (Modality m : Modality.values()) {
            assertThat(modalities.getOrDefault(m, 0)).as(m.name()).isGreaterThanOrEqualTo(3);
        }
    }
}
