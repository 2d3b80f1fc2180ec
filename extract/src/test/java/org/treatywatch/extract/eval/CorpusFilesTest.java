package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.state.StateRegistry;

/**
 * What every scored corpus promises, whoever wrote it: gold files that parse and name real states,
 * texts that the Java and the Python scorer slice alike, and no stray files. Each corpus's own
 * promises (sizes, genres, confusers) are checked by its own test ({@link DevCorpusTest},
 * {@link NewsCorpusTest}).
 */
class CorpusFilesTest {
    static final List<String> CORPORA = List.of("dev", "heldout", "news", "blind");

    static Path dir(String corpus) {
        return Path.of("..", "corpus", corpus);
    }

    @ParameterizedTest
    @FieldSource("CORPORA")
    void goldActorsAndRecipients_areStatesTheRegistryKnows(String corpus) {
        StateRegistry states = StateRegistry.standard();
        for (EvalDocument d : EvalCorpus.load(dir(corpus))) {
            for (GoldClaim g : d.gold()) {
                assertThat(states.byAlpha3(g.actor())).as(d.basename() + " actor " + g.actor()).isPresent();
                if (g.recipient() != null) {
                    assertThat(states.byAlpha3(g.recipient())).as(d.basename() + " recipient " + g.recipient()).isPresent();
                    assertThat(g.type()).as(d.basename() + ": only a TRANSFER has a recipient").isEqualTo(ClaimType.TRANSFER);
                }
                boolean treatyType = g.type() == ClaimType.WITHDRAWAL || g.type() == ClaimType.ACCESSION;
                assertThat(g.treaty() != null).as(d.basename() + ": " + g.type() + " treaty " + g.treaty()).isEqualTo(treatyType);
            }
        }
    }

    /**
     * score-claims.py sorts its missed and extra keys as tuples; two TRANSFER keys of one actor in
     * one document, one with a recipient and one without, would make it compare None with a string
     * and crash. Optional keys are left out of its sorting.
     */
    @ParameterizedTest
    @FieldSource("CORPORA")
    void noDocument_hasOneActorsTransferBothWithAndWithoutRecipient(String corpus) {
        for (EvalDocument d : EvalCorpus.load(dir(corpus))) {
            List<GoldClaim> transfers = d.gold().stream()
                    .filter(g -> g.type() == ClaimType.TRANSFER && !g.optional()).toList();
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
    @ParameterizedTest
    @FieldSource("CORPORA")
    void texts_areSlicedAlikeByJavaAndPython(String corpus) {
        for (EvalDocument d : EvalCorpus.load(dir(corpus))) {
            String text = d.document().text();
            assertThat(text.codePoints().allMatch(Character::isBmpCodePoint)).as(d.basename()).isTrue();
            assertThat(text).as(d.basename()).doesNotStartWith("\uFEFF").doesNotContain("\r");
        }
    }

    @ParameterizedTest
    @FieldSource("CORPORA")
    void directory_holdsOnlyCorpusFiles_andEveryTextHasItsGold(String corpus) throws IOException {
        Path dir = dir(corpus);
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String stem = name.replaceFirst("\\.(txt|gold\\.jsonl|meta\\.json|expected\\.jsonl)$", "");
                boolean known = name.equals("README.md") || (name.equals("annotations") && Files.isDirectory(f));
                if (!known && (stem.equals(name) || !Files.exists(dir.resolve(stem + ".txt"))
                        || !Files.exists(dir.resolve(stem + ".gold.jsonl")))) {
                    strays.add(name);
                }
            }
        }
        assertThat(strays).isEmpty();
    }
}
