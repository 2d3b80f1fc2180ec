package org.treatywatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.extract.claim.ClaimAssembler;
import org.treatywatch.extract.eval.EvalCorpus;
import org.treatywatch.extract.eval.EvalDocument;
import org.treatywatch.extract.eval.Scorer;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Pipeline;
import org.treatywatch.extract.pipeline.Stage;
import org.treatywatch.extract.syntax.GrammarRule;
import org.treatywatch.extract.syntax.GrammarRules;

/**
 * The per-rule ablation of {@code grammar-rules.txt} (issue 15): scores {@code corpus/dev} and {@code corpus/news}
 * with the syntactic layer, first with every rule, then with each rule left out in turn, prints the table (strict F1
 * per corpus and of both together) and fails when leaving a rule out scores both corpora together higher: a rule
 * that hurts is taken out of the file, not kept. Each document is parsed once; only the claim stage runs again per
 * rule. It takes minutes, so it runs only when asked:
 * {@code ./mvnw -o -pl extract test -Dtest=GrammarAblationTest -Dtreatywatch.ablation=true}.
 * Only the two tuned-on corpora are read.
 */
class GrammarAblationTest {
    private static final List<String> CORPORA = List.of("dev", "news");

    record Row(String left, double dev, double news, double both) {}

    @Test
    void noGrammarRuleLowersTheScoreOfDevAndNewsTogether() {
        assumeTrue(Boolean.getBoolean("treatywatch.ablation"), "set -Dtreatywatch.ablation=true to run the ablation");
        Map<String, List<EvalDocument>> corpora = new LinkedHashMap<>();
        Map<String, List<AnnotatedText>> parsed = new LinkedHashMap<>();
        Pipeline upToClaims = withoutClaimStage(Extractors.pipeline(false, true));
        for (String c : CORPORA) {
            List<EvalDocument> docs = EvalCorpus.load(Path.of("..", "corpus", c));
            corpora.put(c, docs);
            List<AnnotatedText> texts = new ArrayList<>();
            for (EvalDocument d : docs) {
                texts.add(TriggerScan.mightHoldClaims(d.document().text())
                        ? upToClaims.apply(AnnotatedText.of(d.document())) : null);
            }
            parsed.put(c, texts);
        }
        GrammarRules all = GrammarRules.standard();
        List<Row> rows = new ArrayList<>();
        Row baseline = score("(none)", all, corpora, parsed);
        rows.add(baseline);
        for (GrammarRule r : all.rules()) {
            rows.add(score(r.name(), all.without(r.name()), corpora, parsed));
        }
        StringBuilder table = new StringBuilder("rule left out          dev    news   both   change\n");
        for (Row r : rows) {
            table.append(String.format(Locale.ROOT, "%-22s %.4f %.4f %.4f %+.4f%n", r.left(), r.dev(), r.news(),
                    r.both(), r.both() - baseline.both()));
        }
        System.out.print(table);
        for (Row r : rows) {
            assertThat(r.both()).as("leaving out %s scores higher:%n%s", r.left(), table)
                    .isLessThanOrEqualTo(baseline.both() + 1e-9);
        }
    }

    private static Row score(String left, GrammarRules rules, Map<String, List<EvalDocument>> corpora,
            Map<String, List<AnnotatedText>> parsed) {
        ClaimAssembler claims = new ClaimAssembler(rules);
        Map<String, Double> f1 = new LinkedHashMap<>();
        List<EvalDocument> allDocs = new ArrayList<>();
        List<Claim> allClaims = new ArrayList<>();
        for (String c : CORPORA) {
            List<Claim> found = new ArrayList<>();
            for (AnnotatedText t : parsed.get(c)) {
                if (t != null) {
                    found.addAll(claims.apply(t).get(Layers.CLAIMS));
                }
            }
            f1.put(c, Scorer.score(corpora.get(c), found).overall().strictF1());
            allDocs.addAll(corpora.get(c));
            allClaims.addAll(found);
        }
        double both = Scorer.score(allDocs, allClaims).overall().strictF1();
        return new Row(left, f1.get("dev"), f1.get("news"), both);
    }

    private static Pipeline withoutClaimStage(Pipeline full) {
        Pipeline.Builder b = Pipeline.builder();
        for (Stage s : full.stages()) {
            if (!(s instanceof ClaimAssembler)) {
                b.add(s);
            }
        }
        return b.build();
    }
}
