package org.treatywatch.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.rules.RuleFileException;

/**
 * Every row of {@code rules/grammar-rules.txt}: its pattern matches its own example sentence, and the
 * extractor with the syntactic layer gives exactly the claims the row lists (AP-mine and treaty claims,
 * as {@code TYPE ACTOR[->RECIPIENT|/TREATY] MODALITY}).
 */
class GrammarRulesTest {

    static Stream<GrammarRule> rows() {
        return GrammarRules.standard().rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row_matchesItsExample_andGivesItsClaims(GrammarRule rule) {
        AnnotatedText at = TestPipelines.analyzeWithSyntax(rule.example());
        List<String> matched = at.get(Layers.SYNTAX).stream()
                .flatMap(p -> GrammarRules.standard().matches(p).stream())
                .map(m -> m.rule().name()).toList();
        assertThat(matched).as("rules matching the example of " + rule.name()).contains(rule.name());
        List<String> claims = at.get(Layers.CLAIMS).stream()
                .filter(c -> c.type().isTreatyType() || c.weapon() == Weapon.AP_MINE)
                .map(GrammarRulesTest::format).distinct().toList();
        assertThat(claims).as("claims of: " + rule.example()).containsExactlyInAnyOrderElementsOf(rule.claims());
    }

    private static String format(Claim c) {
        return c.type() + " " + c.actor() + (c.recipient() != null ? "->" + c.recipient() : "")
                + (c.treaty() != null ? "/" + c.treaty() : "") + " " + c.modality();
    }

    @Test
    void duplicateRule_isRejectedWithFileAndLine() {
        String text = "[actor]\nsubject | {}=act >nsubj {}=actor | A. | none\nsubject | {}=act >/obl:agent/ {}=actor | B. | none\n";
        assertThatThrownBy(() -> GrammarRules.parse("x.txt", text)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("x.txt:3: duplicate rule 'subject' (first at line 2)");
    }

    @Test
    void unknownSection_isRejected() {
        assertThatThrownBy(() -> GrammarRules.parse("x.txt", "[actors]\na | {}=act >nsubj {}=actor | A. | none\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.txt:1: unknown list [actors]");
    }

    @Test
    void patternThatDoesNotCompile_orBindsNoAct_isRejected() {
        assertThatThrownBy(() -> GrammarRules.parse("x.txt", "[planned]\np | {lemma:plan >xcomp {}=act | A. | none\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.txt:2: pattern of 'p' does not compile");
        assertThatThrownBy(() -> GrammarRules.parse("x.txt", "[planned]\np | {lemma:plan} >xcomp {}=verb | A. | none\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.txt:2: pattern of 'p' must name the act word");
        assertThatThrownBy(() -> GrammarRules.parse("x.txt", "[actor]\np | {}=act >nsubj {} | A. | none\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("and the actor's word {}=actor");
    }

    @Test
    void rowWithoutFourColumns_orBadClaims_isRejected() {
        assertThatThrownBy(() -> GrammarRules.parse("x.txt", "[planned]\np | {lemma:plan} >xcomp {}=act | A.\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.txt:2: a rule is 'name | pattern");
        assertThatThrownBy(() -> GrammarRules.parse("x.txt", "[planned]\np | {lemma:plan} >xcomp {}=act | A. | USE RUS\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("x.txt:2: claims of 'p'");
    }
}
