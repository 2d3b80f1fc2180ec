package org.treatywatch.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.claim.ClaimAssembler;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.eval.EvalCorpus;
import org.treatywatch.extract.eval.EvalDocument;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.SentenceParses;

/**
 * The syntactic layer parses a gated sentence only when a rule reads it: the claim rules read the
 * sentences of the acts that would give claims, so a gated sentence whose act word gives none is
 * never parsed, and the claims are those of parsing every gated sentence.
 */
class ParsesOnDemandTest {
    /** The first sentence gives a claim; the second passes the gate (an act word next to mines) and, joining no treaty, gives none. */
    static final String TEXT = "Lithuania will produce anti-personnel mines. Finland joined the talks.";

    @Test
    void aGatedSentenceWhoseActGivesNoClaim_isNotParsed() {
        AnnotatedText at = TestPipelines.analyzeWithSyntaxAsRun(Document.of("t", TEXT));
        SentenceParses parses = (SentenceParses) at.get(Layers.SYNTAX);
        assertThat(parses.size()).isEqualTo(2);
        assertThat(parses.parsedSoFar()).isEqualTo(1);
        assertThat(at.get(Layers.CLAIMS)).extracting(c -> c.type() + " " + c.actor() + " " + c.modality())
                .containsExactly("PRODUCTION LTU PLANNED");
    }

    @Test
    void readingTheLayer_parsesEverySentenceOnce_andOnlyTheGatedOnes() {
        AnnotatedText at = TestPipelines.analyzeWithSyntaxAsRun(Document.of("t", TEXT));
        SentenceParses parses = (SentenceParses) at.get(Layers.SYNTAX);
        assertThat(parses.ofSentence(1)).isSameAs(parses.ofSentence(1));
        assertThat(parses).extracting(p -> p.sentence()).containsExactly(0, 1);
        assertThat(parses.parsedSoFar()).isEqualTo(2);
        assertThat(parses.ofSentence(2)).isNull();
        assertThat(parses).isEqualTo(TestPipelines.analyzeWithSyntax(TEXT).get(Layers.SYNTAX));
    }

    @Test
    void claimsOfDev_areThoseOfEveryGatedSentenceParsedBeforehand() {
        int parsed = 0;
        int gated = 0;
        for (EvalDocument d : EvalCorpus.load(Path.of("..", "corpus", "dev"))) {
            AnnotatedText onDemand = TestPipelines.analyzeWithSyntaxAsRun(d.document());
            SentenceParses parses = (SentenceParses) onDemand.get(Layers.SYNTAX);
            parsed += parses.parsedSoFar();
            gated += parses.size();
            // the same parses as a plain list, every one made before the claim rules run
            AnnotatedText beforehand = onDemand.with(Layers.SYNTAX, new ArrayList<>(parses));
            List<Claim> claims = new ClaimAssembler().apply(beforehand).get(Layers.CLAIMS);
            assertThat(onDemand.get(Layers.CLAIMS)).as(d.document().id()).isEqualTo(claims);
        }
        assertThat(parsed).isLessThan(gated);
    }
}
