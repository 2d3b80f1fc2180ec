package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.state.StateRegistry;

/**
 * Checks the development corpus in {@code corpus/dev} against the promises of its README and of
 * issue 3, point 5: enough articles and confusers, every claim type and modality covered, gold
 * that names real states, and texts both scorers slice alike.
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

    @Test
    void goldActorsAndRecipients_areStatesTheRegistryKnows() {
        StateRegistry states = StateRegistry.standard();
        for (EvalDocument d : corpus) {
            for (GoldClaim g : d.gold()) {
                assertThat(states.byAlpha3(g.actor())).as(d.basename() + " actor " + g.actor()).isPresent();
                if (g.recipient() != null) {
                    assertThat(states.byAlpha3(g.recipient())).as(d.basename() + " recipient " + g.recipient()).isPresent();
                }
                if (g.treaty() != null) {
                    assertThat(g.treaty()).as(d.basename()).isIn("APMBC", "CCM");
                }
            }
        }
    }

    /**
     * score-claims.py sorts its missed and extra keys as tuples; two TRANSFER keys of one actor in
     * one document, one with a recipient and one without, would make it compare None with a string
     * and crash.
     */
    @Test
    void noDocument_hasOneActorsTransferBothWithAndWithoutRecipient() {
        for (EvalDocument d : corpus) {
            List<GoldClaim> transfers = d.gold().stream().filter(g -> g.type() == ClaimType.TRANSFER).toList();
            for (GoldClaim a : transfers) {
                for (GoldClaim b : transfers) {
                    if (a.actor().equals(b.actor())) {
                        assertThat(Objects.isNull(a.recipient())).as(d.basename()).isEqualTo(Objects.isNull(b.recipient()));
                    }
                }
            }
        }
    }

    /**
     * score-claims.py slices text read in Python's text mode, so the two scorers see the same
     * offsets only when UTF-16 units equal code points (the BMP) and there is no CR for universal
     * newlines to drop, nor a byte-order mark.
     */
    @Test
    void texts_areSlicedAlikeByJavaAndPython() {
        for (EvalDocument d : corpus) {
            String text = d.document().text();
            assertThat(text.codePoints().allMatch(Character::isBmpCodePoint)).as(d.basename()).isTrue();
            assertThat(text).as(d.basename()).doesNotStartWith("\uFEFF").doesNotContain("\r");
        }
    }

    @Test
    void directory_holdsOnlyCorpusFiles_andEveryGoldFileHasItsText() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String stem = name.replaceFirst("\\.(txt|gold\\.jsonl|meta\\.json|expected\\.jsonl)$", "");
                if (!name.equals("README.md") && (stem.equals(name) || !Files.exists(DIR.resolve(stem + ".txt"))
                        || !Files.exists(DIR.resolve(stem + ".gold.jsonl")))) {
                    strays.add(name);
                }
            }
        }
        assertThat(strays).isEmpty();
    }
}
