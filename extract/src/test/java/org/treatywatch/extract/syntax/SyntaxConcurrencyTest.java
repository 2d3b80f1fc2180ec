package org.treatywatch.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.eval.EvalCorpus;
import org.treatywatch.extract.eval.EvalDocument;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.ParsedSentence;

/**
 * One set of models serves many threads: every document of {@code corpus/dev} parsed by 8 threads
 * at once, each in its own order, gives exactly the parse one thread gives; and turning the layer
 * on keeps the standard claims.
 */
class SyntaxConcurrencyTest {
    static final Path DIR = Path.of("..", "corpus", "dev");

    @Test
    void eightThreads_giveTheParsesOfOne() throws Exception {
        List<String> texts = EvalCorpus.load(DIR).stream().map(d -> d.document().text()).toList();
        List<List<ParsedSentence>> expected = texts.stream()
                .map(t -> TestPipelines.analyzeWithSyntax(t).get(Layers.SYNTAX)).toList();
        assertThat(expected.stream().mapToInt(List::size).sum()).isGreaterThan(100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                long seed = thread;
                results.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    List<String> mismatches = new ArrayList<>();
                    for (int i : order) {
                        if (!TestPipelines.analyzeWithSyntax(texts.get(i)).get(Layers.SYNTAX).equals(expected.get(i))) {
                            mismatches.add("document " + i);
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withSyntax_keepsEveryStandardClaim_onTheDevCorpus() {
        // the grammar rules (grammar-rules.txt) fill in what the token rules missed; on dev, where both were
        // measured (rules-2026.12.02-1), they add claims and drop none, and every layer stays valid (checking)
        ClaimExtractor standard = Extractors.standard();
        ClaimExtractor withSyntax = Extractors.checkingWithSyntax();
        int claims = 0;
        for (EvalDocument d : EvalCorpus.load(DIR)) {
            List<Claim> expected = standard.extract(d.document());
            assertThat(withSyntax.extract(d.document())).as(d.basename()).containsAll(expected);
            claims += expected.size();
        }
        assertThat(claims).isGreaterThan(200);
        assertThat(withSyntax.version()).isEqualTo(standard.version() + "+syntax-" + SyntaxModels.ID);
    }
}
