package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;

class ProFormResolverTest {

    /** The act each pro-form hands to the assembler: its word, and the pro-form's own token. */
    private static List<String> antecedents(String text, String proForm) {
        StageFixture f = new StageFixture(text);
        List<String> asked = new ArrayList<>();
        ProFormResolver.ActClaims record = (si, s, t, act, ante) -> {
            asked.add(f.layers.tokens.get(ante.t()).norm() + "@" + f.layers.tokens.get(t).norm());
            return List.<Claim>of();
        };
        int t = f.token(proForm);
        new ProFormResolver(f.layers, new TreatyFinder(f.layers), record).proFormClaims(f.sentenceIndex(t), f.sentenceOf(t), t);
        return asked;
    }

    @Test
    void doSo_repeatsTheLastVerbBeforeIt() {
        assertThat(antecedents("Poland said it would produce anti-personnel mines. Finland is expected to do so too.", "do"))
                .containsExactly("produce@do");
    }

    @Test
    void thoseOf_standsForTheTreatyActNounBeforeIt_only() {
        assertThat(antecedents("Latvia's withdrawal from the Mine Ban Treaty took effect in December, at the same time as "
                + "those of Estonia and Lithuania.", "those")).containsExactly("withdrawal@those");
        assertThat(antecedents("Poland's production of anti-personnel mines is larger than that of Latvia.", "that")).isEmpty();
    }

    @Test
    void similarMove_sameStep_suchADecision_repeatAnAct() {
        assertThat(antecedents("Lithuania will leave the Ottawa Convention. Estonia is weighing the same step.", "same"))
                .contains("leave@same");
        assertThat(antecedents("Poland said it would produce anti-personnel mines. Latvia is considering a similar move.",
                "similar")).contains("produce@similar");
        assertThat(antecedents("Lithuania will leave the Ottawa Convention. Latvia took such a decision in May.", "such"))
                .contains("leave@such");
    }

    @Test
    void aNounProForm_standsForTheArticlesMainAct_notTheLastAct() {
        assertThat(claims("Latvia intends to manufacture anti-personnel mines. Riga will keep a reserve of anti-personnel"
                + " mines in storage. Latvian officials said Estonia is weighing the same step."))
                .contains("PRODUCTION EST POSSIBLE").doesNotContain("STOCKPILE EST POSSIBLE");
    }

    @Test
    void aMoveWithoutSimilarOrSame_isNoProForm() {
        assertThat(ProForms.lengthAt(new StageFixture("Latvia welcomed the move.").layers.tokens, 2, 5)).isZero();
        assertThat(ProForms.lengthAt(new StageFixture("It is the same in Latvia.").layers.tokens, 3, 6)).isZero();
    }

    @Test
    void theRepeatedAct_hasThePronounsOwnSubjectAndModality() {
        assertThat(claims("Lithuania will leave the Ottawa Convention. Estonia is weighing the same step."))
                .contains("WITHDRAWAL EST/APMBC POSSIBLE");
    }

    private static List<String> claims(String text) {
        return org.treatywatch.extract.TestPipelines.analyze(text).get(org.treatywatch.extract.pipeline.Layers.CLAIMS)
                .stream().map(c -> c.type() + " " + c.actor() + (c.treaty() != null ? "/" + c.treaty() : "") + " "
                        + c.modality()).toList();
    }

    @Test
    void someoneElsesAct_isNotRepeated() {
        assertThat(antecedents("Poland will not produce anti-personnel mines, nor will it help anyone do so.", "do"))
                .isEmpty();
    }
}
