package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.json.ClaimJson;

/**
 * Runs the reference scorer {@code ../shared/tools/score-claims.py} and {@link Scorer} on the same
 * predictions and documents and requires the same printed table, line for line. Skipped when
 * python3 or the shared directory is absent.
 */
class ReferenceScorerAgreementTest {
    static final Path DEV_CORPUS = Path.of("..", "corpus", "dev");

    static Path referenceScorer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findReferenceScorer() {
        Optional<Path> shared = TestClaims.shared();
        assumeTrue(shared.isPresent(), "../shared is absent");
        assumeTrue(python3Works(), "python3 is absent");
        referenceScorer = shared.get().resolve("tools/score-claims.py");
    }

    @Test
    void handMadeMixedPredictions_printTheSameTable() throws Exception {
        Path text = tmp.resolve("a.txt");
        Files.writeString(text, ScorerTest.TEXT);
        Files.writeString(tmp.resolve("a.gold.jsonl"), """
                {"type":"PRODUCTION","actor":"LTU","treaty":null,"recipient":null,"modality":["PLANNED"]}
                {"type":"USE","actor":"RUS","treaty":null,"recipient":null,"modality":["FACT","ALLEGED"]}
                {"type":"WITHDRAWAL","actor":"FIN","treaty":"APMBC","recipient":null,"modality":["FACT"]}
                {"type":"TRANSFER","actor":"LTU","treaty":null,"recipient":"UKR","modality":["POSSIBLE"],"optional":true}
                """);
        String doc = "somewhere/else/a.txt";
        List<Claim> predicted = List.of(
                TestClaims.claim(doc, ScorerTest.TEXT, ClaimType.PRODUCTION, "LTU", Modality.PLANNED, "making"),
                TestClaims.claim(doc, ScorerTest.TEXT, ClaimType.USE, "RUS", Modality.POSSIBLE, "laid"),
                TestClaims.claim(doc, ScorerTest.TEXT, ClaimType.WITHDRAWAL, "EST", Modality.FACT, "left"),
                TestClaims.claim(doc, ScorerTest.TEXT, ClaimType.STOCKPILE, "LTU", Modality.FACT, "making"),
                TestClaims.claim(doc, ClaimType.TRANSFER, "LTU", Modality.PLANNED, "UKR", Weapon.AP_MINE, TestClaims.sentence(ScorerTest.TEXT, "send")),
                TestClaims.claim(doc, ClaimType.USE, "UKR", Modality.FACT, null, Weapon.AT_MINE, TestClaims.sentence(ScorerTest.TEXT, "laid")),
                TestClaims.claim(doc, ClaimType.PRODUCTION, "LTU", Modality.PLANNED, null, Weapon.AP_MINE, new Evidence(0, 9, "Latvia wi")),
                TestClaims.claim("b.txt", ClaimType.USE, "UKR", Modality.FACT, null, Weapon.AP_MINE, new Evidence(0, 1, "x")));

        assertSameTable(EvalCorpus.load(tmp), predicted, List.of(text));
    }

    @Test
    void perturbedGoldOfTheDevCorpus_printsTheSameTable_forSeveralSeeds() throws Exception {
        List<EvalDocument> corpus = EvalCorpus.load(DEV_CORPUS);
        List<Path> texts = corpus.stream().map(d -> Path.of(d.document().id())).toList();
        for (long seed = 1; seed <= 4; seed++) {
            assertSameTable(corpus, perturb(corpus, new Random(seed)), texts);
        }
    }

    @Test
    void seedArticle_withItsGoldAsPredictions_scoresOneInBoth() throws Exception {
        Path seed = TestClaims.shared().orElseThrow().resolve("corpus/seed-reuters-lithuania-finland.txt");
        assumeTrue(Files.isRegularFile(seed), "seed article is absent");
        EvalDocument doc = EvalCorpus.loadOne(seed);
        List<Claim> predicted = perturb(List.of(doc), new Random(0) {
            @Override
            public double nextDouble() {
                return 0.99; // never perturb: every gold key with its first acceptable modality
            }
        });

        String java = assertSameTable(List.of(doc), predicted, List.of(seed));
        assertThat(java).endsWith("strict_f1=1.000 key_f1=1.000 evidence_bad=0\n");
    }

    /**
     * Predictions made from gold with seeded mistakes of every kind the scorer distinguishes:
     * dropped keys, unacceptable modalities, wrong actors, extra keys, second modalities, anti-tank
     * claims (not scored), optional keys predicted, bad evidence and claims for unknown documents.
     */
    static List<Claim> perturb(List<EvalDocument> corpus, Random random) {
        List<Claim> out = new ArrayList<>();
        for (EvalDocument d : corpus) {
            String text = d.document().text();
            String id = d.document().id();
            int lineEnd = text.indexOf('\n');
            Evidence firstLine = Evidence.of(text, 0, lineEnd < 0 ? text.length() : lineEnd);
            for (GoldClaim g : d.gold()) {
                double roll = random.nextDouble();
                Modality right = g.acceptable().stream().sorted().findFirst().orElseThrow();
                Modality wrong = java.util.Arrays.stream(Modality.values()).filter(m -> !g.acceptable().contains(m)).findFirst().orElse(right);
                String actor = g.actor();
                Modality modality = right;
                if (roll < 0.12) {
                    continue;
                } else if (roll < 0.24) {
                    modality = wrong;
                } else if (roll < 0.32) {
                    actor = actor.equals("RUS") ? "UKR" : "RUS";
                } else if (roll < 0.38) {
                    out.add(claim(id, g, actor, wrong, firstLine));
                }
                out.add(claim(id, g, actor, modality, firstLine));
            }
            double roll = random.nextDouble();
            if (roll < 0.3) {
                out.add(TestClaims.claim(id, ClaimType.STOCKPILE, "CHN", Modality.FACT, null, Weapon.AP_MINE, firstLine));
            } else if (roll < 0.45) {
                out.add(TestClaims.claim(id, ClaimType.USE, "RUS", Modality.FACT, null, Weapon.AT_MINE, firstLine));
            } else if (roll < 0.55) {
                out.add(TestClaims.claim(id, ClaimType.USE, "RUS", Modality.FACT, null, Weapon.AP_MINE,
                        new Evidence(1, firstLine.end(), firstLine.text().substring(0, firstLine.end() - 1))));
            } else if (roll < 0.6) {
                out.add(TestClaims.claim("unknown/" + random.nextInt(3) + ".txt", ClaimType.USE, "RUS", Modality.FACT, null,
                        Weapon.AP_MINE, new Evidence(0, 1, "x")));
            }
        }
        return out;
    }

    static Claim claim(String doc, GoldClaim g, String actor, Modality modality, Evidence evidence) {
        return new Claim(doc, g.type(), actor, modality, g.treaty(), null, g.type().isTreatyType() ? null : Weapon.AP_MINE,
                g.recipient(), null, null, null, null, null, evidence);
    }

    /** Scores in Java and in Python, asserts equal output, returns it. */
    String assertSameTable(List<EvalDocument> corpus, List<Claim> predicted, List<Path> texts) throws Exception {
        Path predictions = Files.createTempFile(tmp, "pred", ".jsonl");
        StringBuilder lines = new StringBuilder();
        for (Claim c : predicted) {
            lines.append(ClaimJson.toJson(c)).append('\n');
        }
        Files.writeString(predictions, lines);
        List<String> command = new ArrayList<>(List.of("python3", referenceScorer.toString(), predictions.toString()));
        texts.forEach(t -> command.add(t.toString()));
        String python = run(command);
        String java = ScoreTable.format(Scorer.score(corpus, predicted));
        assertThat(java).isEqualTo(python);
        return java;
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
