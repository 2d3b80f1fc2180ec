package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatywatch.core.claim.ClaimType.PRODUCTION;
import static org.treatywatch.core.claim.ClaimType.STOCKPILE;
import static org.treatywatch.core.claim.ClaimType.TRANSFER;
import static org.treatywatch.core.claim.ClaimType.USE;
import static org.treatywatch.core.claim.ClaimType.WITHDRAWAL;
import static org.treatywatch.core.claim.Modality.ALLEGED;
import static org.treatywatch.core.claim.Modality.FACT;
import static org.treatywatch.core.claim.Modality.PLANNED;
import static org.treatywatch.core.claim.Modality.POSSIBLE;
import static org.treatywatch.extract.eval.TestClaims.claim;
import static org.treatywatch.extract.eval.TestClaims.sentence;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;

class ScorerTest {
    static final String TEXT = """
            Lithuania will start making anti-personnel mines next year.
            Russia has laid mines across the south, investigators found.
            Finland left the Ottawa Convention in January.
            Lithuania could also send mines to Ukraine.""";

    static final List<GoldClaim> GOLD = List.of(
            gold(PRODUCTION, "LTU", null, Set.of(PLANNED), false),
            gold(USE, "RUS", null, Set.of(FACT, ALLEGED), false),
            gold(WITHDRAWAL, "FIN", null, Set.of(FACT), false),
            gold(TRANSFER, "LTU", "UKR", Set.of(POSSIBLE), true));

    static GoldClaim gold(ClaimType type, String actor, String recipient, Set<Modality> modalities, boolean optional) {
        return new GoldClaim(type, actor, type.isTreatyType() ? "APMBC" : null, recipient, modalities, optional);
    }

    static Claim predict(ClaimType type, String actor, Modality modality, String cue) {
        return claim("corpus/a.txt", TEXT, type, actor, modality, cue);
    }

    @Test
    void perfectPredictions_scoreOneEverywhere() {
        List<Claim> predicted = List.of(
                predict(PRODUCTION, "LTU", PLANNED, "making"),
                predict(USE, "RUS", FACT, "laid"),
                predict(WITHDRAWAL, "FIN", FACT, "left"));

        Score score = Scorer.score(TestClaims.doc("corpus/a.txt", TEXT, GOLD), predicted);

        assertThat(score.overall()).isEqualTo(new Metrics(3, 3, 1, 1, 1, 1, 1, 1));
        assertThat(score.errors()).isEmpty();
        assertThat(ScoreTable.format(score)).endsWith("missed=0 extra=0\nstrict_f1=1.000 key_f1=1.000 evidence_bad=0\n");
    }

    @Test
    void mixedPredictions_scoreAsWorkedOutByHand() {
        List<Claim> predicted = List.of(
                predict(PRODUCTION, "LTU", PLANNED, "making"), // right
                predict(USE, "RUS", POSSIBLE, "laid"), // key right, modality not acceptable
                predict(WITHDRAWAL, "EST", FACT, "left"), // Finland's withdrawal given to Estonia
                predict(STOCKPILE, "LTU", FACT, "making"), // not in gold
                claim("corpus/a.txt", TRANSFER, "LTU", PLANNED, "UKR", Weapon.AP_MINE, sentence(TEXT, "send")), // optional key
                claim("corpus/a.txt", USE, "RUS", POSSIBLE, null, Weapon.AT_MINE, sentence(TEXT, "laid")), // not scored
                claim("corpus/a.txt", PRODUCTION, "LTU", PLANNED, null, Weapon.AP_MINE, new Evidence(0, 9, "Latvia wi")), // bad evidence
                claim("elsewhere/b.txt", USE, "UKR", FACT, null, Weapon.AP_MINE, new Evidence(0, 1, "x"))); // unknown doc

        Score score = Scorer.score(TestClaims.doc("corpus/a.txt", TEXT, GOLD), predicted);

        // Keys: gold {PRODUCTION LTU, USE RUS, WITHDRAWAL FIN}, predicted {the first two, WITHDRAWAL EST,
        // STOCKPILE LTU}: key P = 2/4, key R = 2/3. Pairs: 4 predicted, 1 right (PRODUCTION PLANNED):
        // strict P = 1/4, strict R = 1/3.
        Metrics all = score.overall();
        assertThat(all.gold()).isEqualTo(3);
        assertThat(all.predicted()).isEqualTo(4);
        assertThat(all.keyPrecision()).isEqualTo(0.5);
        assertThat(all.keyRecall()).isEqualTo(2.0 / 3);
        assertThat(all.strictPrecision()).isEqualTo(0.25);
        assertThat(all.strictRecall()).isEqualTo(1.0 / 3);
        assertThat(score.evidenceBad()).isEqualTo(1);
        assertThat(score.unknownDocs()).containsExactly("b.txt");
        assertThat(ScoreTable.format(score)).isEqualTo("""
                type         gold pred  keyP  keyR  keyF1  strP  strR  strF1
                PRODUCTION      1    1  1.00  1.00  1.00   1.00  1.00  1.00
                STOCKPILE       0    1  0.00  1.00  0.00   0.00  1.00  0.00
                USE             1    1  1.00  1.00  1.00   0.00  0.00  0.00
                WITHDRAWAL      1    1  0.00  0.00  0.00   0.00  0.00  0.00
                ALL             3    4  0.50  0.67  0.57   0.25  0.33  0.29
                claims for unknown docs: ['b.txt']
                missed=1 extra=2
                strict_f1=0.286 key_f1=0.571 evidence_bad=1
                """);
    }

    @Test
    void mistakes_areGroupedByCause() {
        List<Claim> predicted = List.of(
                predict(USE, "RUS", POSSIBLE, "laid"),
                predict(WITHDRAWAL, "EST", FACT, "left"),
                predict(STOCKPILE, "LTU", FACT, "making"),
                claim("corpus/a.txt", PRODUCTION, "LTU", PLANNED, null, Weapon.AP_MINE, new Evidence(0, 9, "Latvia wi")));

        Score score = Scorer.score(TestClaims.doc("corpus/a.txt", TEXT, GOLD), predicted);

        assertThat(score.errors()).extracting(EvalError::cause)
                .containsExactly("wrong actor", "wrong modality", "missed", "spurious", "bad evidence");
        EvalError.WrongActor wrongActor = (EvalError.WrongActor) score.errors().get(0);
        assertThat(wrongActor.key().actor()).isEqualTo("EST");
        assertThat(wrongActor.gold().actor()).isEqualTo("FIN");
        assertThat(((EvalError.Missed) score.errors().get(2)).key().type()).isEqualTo(PRODUCTION);
        assertThat(ScoreTable.formatErrors(score)).contains("""
                wrong actor (1):
                  a.txt  WITHDRAWAL EST APMBC (gold has FIN)  "Finland left the Ottawa Convention in January."
                wrong modality (1):
                  a.txt  USE RUS POSSIBLE (gold accepts FACT|ALLEGED)  "Russia has laid mines across the south, investigators found."
                missed (1):
                  a.txt  PRODUCTION LTU PLANNED
                spurious (1):
                  a.txt  STOCKPILE LTU FACT  "Lithuania will start making anti-personnel mines next year."
                bad evidence (1):
                  a.txt  PRODUCTION LTU evidence 0..9 does not match the text  "Latvia wi"
                """);
    }

    @Test
    void transferWithoutItsRecipient_isAWrongRecipient_notAMissAndASpuriousKey() {
        GoldClaim toUkraine = gold(TRANSFER, "LTU", "UKR", Set.of(POSSIBLE), false);
        Claim noRecipient = claim("corpus/a.txt", TRANSFER, "LTU", POSSIBLE, null, Weapon.AP_MINE, sentence(TEXT, "send"));

        Score score = Scorer.score(TestClaims.doc("corpus/a.txt", TEXT, List.of(toUkraine)), List.of(noRecipient));

        assertThat(score.overall().keyF1()).isZero();
        assertThat(score.errors()).singleElement().isInstanceOf(EvalError.WrongRecipient.class);
        assertThat(ScoreTable.formatErrors(score)).isEqualTo("""
                wrong recipient (1):
                  a.txt  TRANSFER LTU -> null (gold has -> UKR)  "Lithuania could also send mines to Ukraine."
                """);
    }

    @Test
    void optionalKey_isNeitherRequiredNorPenalised() {
        List<Claim> without = List.of(predict(PRODUCTION, "LTU", PLANNED, "making"));
        List<Claim> with = List.of(predict(PRODUCTION, "LTU", PLANNED, "making"),
                claim("corpus/a.txt", TRANSFER, "LTU", FACT, "UKR", Weapon.AP_MINE, sentence(TEXT, "send")));
        List<EvalDocument> corpus = TestClaims.doc("corpus/a.txt", TEXT, List.of(GOLD.get(0), GOLD.get(3)));

        assertThat(Scorer.score(corpus, without).overall()).isEqualTo(new Metrics(1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(Scorer.score(corpus, with).overall()).isEqualTo(new Metrics(1, 1, 1, 1, 1, 1, 1, 1));
    }

    @Test
    void claims_matchTheirDocumentByBasename() {
        Claim fromElsewhere = claim("/tmp/copy/a.txt", TEXT, PRODUCTION, "LTU", PLANNED, "making");

        Score score = Scorer.score(TestClaims.doc("corpus/a.txt", TEXT, List.of(GOLD.get(0))), List.of(fromElsewhere));

        assertThat(score.overall().strictF1()).isEqualTo(1.0);
        assertThat(score.unknownDocs()).isEmpty();
    }

    @Test
    void nonAntiPersonnelClaims_areNotScored() {
        Claim antiTank = claim("corpus/a.txt", USE, "RUS", FACT, null, Weapon.AT_MINE, sentence(TEXT, "laid"));
        Claim cluster = claim("corpus/a.txt", USE, "RUS", FACT, null, Weapon.CLUSTER_MUNITION, sentence(TEXT, "laid"));

        Score score = Scorer.score(TestClaims.doc("corpus/a.txt", TEXT, List.of()), List.of(antiTank, cluster));

        assertThat(score.overall()).isEqualTo(new Metrics(0, 0, 1, 1, 1, 1, 1, 1));
        assertThat(score.byType()).isEmpty();
        assertThat(score.errors()).isEmpty();
    }

    @Test
    void confuserWithEmptyGold_andOneSpuriousClaim_scoresZeroPrecision() {
        Score score = Scorer.score(TestClaims.doc("corpus/a.txt", TEXT, List.of()),
                List.of(predict(USE, "RUS", FACT, "laid")));

        assertThat(score.overall()).isEqualTo(new Metrics(0, 1, 0, 1, 0, 0, 1, 0));
        assertThat(score.errors()).singleElement().isInstanceOf(EvalError.Spurious.class);
    }

    @Test
    void twoModalitiesForOneKey_oneRightOneWrong_halveStrictPrecisionButFindTheKey() {
        Score score = Scorer.score(TestClaims.doc("corpus/a.txt", TEXT, List.of(GOLD.get(1))), List.of(
                predict(USE, "RUS", FACT, "laid"), predict(USE, "RUS", POSSIBLE, "laid"), predict(USE, "RUS", FACT, "laid")));

        assertThat(score.overall()).isEqualTo(new Metrics(1, 1, 1, 1, 1, 0.5, 1, Metrics.f1(0.5, 1)));
        assertThat(score.errors()).singleElement().isInstanceOf(EvalError.WrongModality.class);
    }

    @Test
    void fixed_roundsTheExactDoubleHalfToEven_likePython() {
        // 0.125 and 0.375 are exact in binary, so they are true ties: Python's "%.2f" gives 0.12 and 0.38.
        assertThat(ScoreTable.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(ScoreTable.fixed(0.375, 2)).isEqualTo("0.38");
        // 0.145 is stored as 0.14499999..., so it rounds down although the decimal looks like a tie.
        assertThat(ScoreTable.fixed(0.145, 2)).isEqualTo("0.14");
        assertThat(ScoreTable.fixed(2.0 / 3, 3)).isEqualTo("0.667");
        assertThat(ScoreTable.fixed(1.0, 2)).isEqualTo("1.00");
        assertThat(ScoreTable.fixed(0.0, 3)).isEqualTo("0.000");
    }
}
