package org.treatywatch.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Dependency;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.pipeline.SyntaxWord;
import org.treatywatch.extract.pipeline.ValidatingStage;

/**
 * The syntactic layer on real sentences of the kinds the claim rules get wrong without grammar,
 * with CoreNLP's real models, through the validating pipeline (so every parse also passes
 * {@code SyntaxCheck}).
 */
class SyntaxParserTest {

    static ParsedSentence only(String text) {
        List<ParsedSentence> parsed = TestPipelines.analyzeWithSyntax(text).get(Layers.SYNTAX);
        assertThat(parsed).hasSize(1);
        return parsed.getFirst();
    }

    /** The enhanced++ edges as "governor -relation-> dependent", by the words' original text. */
    static List<String> edges(String text) {
        ParsedSentence p = only(text);
        return p.enhanced().stream().map(d -> edge(text, p, d)).toList();
    }

    private static String edge(String text, ParsedSentence p, Dependency d) {
        String governor = d.isRoot() ? "ROOT" : p.words().get(d.governor()).span().of(text);
        return governor + " -" + d.relation() + "-> " + p.words().get(d.dependent()).span().of(text);
    }

    @Test
    void passive_withItsByAgent() {
        assertThat(edges("Anti-personnel mines were laid by Russian forces near Kharkiv."))
                .contains("laid -nsubj:pass-> mines", "laid -obl:agent-> forces", "laid -obl:near-> Kharkiv");
    }

    @Test
    void possessive_ownerOfTheAct_withACurlyApostrophe() {
        String text = "Russia\u2019s use of mines was condemned by the ICBL.";
        assertThat(edges(text)).contains("use -nmod:poss-> Russia", "use -nmod:of-> mines", "condemned -nsubj:pass-> use");
        SyntaxWord possessive = only(text).words().get(1);
        assertThat(possessive.span().of(text)).isEqualTo("\u2019s");
        assertThat(possessive.form()).isEqualTo("'s");
        assertThat(possessive.pos()).isEqualTo("POS");
    }

    @Test
    void coordination_bothConjunctsAreSubjects() {
        assertThat(edges("Poland and Latvia will produce anti-personnel mines."))
                .contains("produce -nsubj-> Poland", "produce -nsubj-> Latvia", "produce -obj-> mines", "produce -aux-> will");
    }

    @Test
    void relativeClause_theAntecedentIsTheSubject() {
        assertThat(edges("Russia, which is not a party to the Ottawa Convention, did not comment."))
                .contains("party -nsubj-> Russia", "Russia -ref-> which", "party -advmod-> not", "party -nmod:to-> Convention",
                        "comment -nsubj-> Russia");
    }

    @Test
    void except_marksTheExemptedPart() {
        assertThat(edges("Finland will destroy all its stockpiled mines except those kept for training."))
                .contains("destroy -obj-> mines", "destroy -obl:except-> those", "kept -obl:for-> training");
    }

    @Test
    void partsOfSpeechAndLemmas() {
        ParsedSentence p = only("Lithuania produced mines and is destroying them.");
        assertThat(p.words()).extracting(w -> w.form() + "/" + w.pos() + "/" + w.lemma()).startsWith(
                "Lithuania/NNP/Lithuania", "produced/VBD/produce", "mines/NNS/mine", "and/CC/and", "is/VBZ/be",
                "destroying/VBG/destroy", "them/PRP/they");
    }

    @Test
    void contraction_isTwoWordsInsideOneToken() {
        String text = "Lithuania didn\u2019t say when it will withdraw from the Mine Ban Treaty.";
        ParsedSentence p = only(text);
        SyntaxWord did = p.words().get(1);
        SyntaxWord not = p.words().get(2);
        assertThat(did.span().of(text) + "|" + not.span().of(text)).isEqualTo("did|n\u2019t");
        assertThat(did.token()).isEqualTo(not.token());
        assertThat(p.wordsOf(did.token())).containsExactly(1, 2);
        assertThat(not.lemma()).isEqualTo("not");
        assertThat(edges(text)).contains("say -advmod-> n\u2019t", "withdraw -obl:from-> Treaty");
    }

    @Test
    void curlyQuotes_areTaggedAsQuotes() {
        String text = "\u201CWe will produce mines,\u201D the minister said.";
        ParsedSentence p = only(text);
        assertThat(p.words().getFirst().pos()).isEqualTo("``");
        assertThat(p.words().get(6).pos()).isEqualTo("''");
        assertThat(edges(text)).contains("said -ccomp-> produce", "produce -nsubj-> We");
    }

    @Test
    void nonBreakingSpaces_separateWords_andSpansStayExact() {
        String text = "Estonia\u00A0will\u00A0buy cluster munitions from South\u00A0Korea.";
        ParsedSentence p = only(text);
        for (SyntaxWord w : p.words()) {
            assertThat(w.span().of(text).replace('\u2019', '\'')).isEqualTo(w.form());
        }
        assertThat(edges(text)).contains("buy -nsubj-> Estonia", "buy -obl:from-> Korea");
    }

    @Test
    void onlySentencesWithAnActWordAndAWeaponOrTreatyNearby_areParsed() {
        // 1 names mines; 2 is next to it; 3 is two away; 5's coal mines are no weapon
        String text = "The weather was cold. Lithuania bought anti-personnel mines. It will produce more next year. "
                + "Farmers will produce more grain. The harvest was late. Coal mines will produce less.";
        AnnotatedText at = TestPipelines.analyzeWithSyntax(text);
        assertThat(at.get(Layers.SYNTAX)).extracting(ParsedSentence::sentence).containsExactly(1, 2);
    }

    @Test
    void aSentenceOverTheLimit_isMarkedTooLong_notParsed() {
        StringBuilder b = new StringBuilder("Lithuania will produce anti-personnel mines");
        for (int i = 0; b.toString().split(" ").length <= SyntaxParser.MAX_WORDS; i++) {
            b.append(i % 2 == 0 ? ", trucks" : " and boats");
        }
        String text = b.append(".").toString();
        ParsedSentence p = only(text);
        assertThat(p.status()).isEqualTo(ParsedSentence.Status.TOO_LONG);
        assertThat(p.words()).isEmpty();
        String justUnder = "Lithuania will produce anti-personnel mines" + ", trucks".repeat(65) + ".";
        assertThat(only(justUnder).parsed()).isTrue();
    }

    @Test
    void theValidatingCheck_rejectsABrokenParse() {
        String text = "Poland will produce mines.";
        AnnotatedText at = TestPipelines.analyzeWithSyntax(text);
        ParsedSentence p = at.get(Layers.SYNTAX).getFirst();
        List<SyntaxWord> twoRoots = p.words().stream()
                .map(w -> new SyntaxWord(w.span(), w.token(), w.form(), w.pos(), w.lemma(), -1, "root")).toList();
        AnnotatedText broken = at.with(Layers.SYNTAX, List.of(new ParsedSentence(p.span(), p.sentence(), p.status(), twoRoots,
                p.enhanced())));
        assertThatThrownBy(() -> ValidatingStage.check("Test", broken))
                .hasMessageContaining("test: sentence 0 (stage Test): 5 roots in the basic tree");
        SyntaxWord outside = new SyntaxWord(new org.treatywatch.extract.pipeline.Span(0, 9), 0, "Poland wi", "NNP", "Poland", 2,
                "nsubj");
        List<SyntaxWord> moved = new java.util.ArrayList<>(p.words());
        moved.set(0, outside);
        AnnotatedText misaligned = at.with(Layers.SYNTAX, List.of(new ParsedSentence(p.span(), p.sentence(), p.status(), moved,
                p.enhanced())));
        assertThatThrownBy(() -> ValidatingStage.check("Test", misaligned)).hasMessageContaining("is not inside token 0");
    }
}
