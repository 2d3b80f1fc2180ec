package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Modality;

class ModalityFinderTest {

    private static Modality modalityAt(String text, String word) {
        StageFixture f = new StageFixture(text);
        int t = f.token(word);
        ActLexicon.Act act = f.act(t);
        SubjectFinder.Subject subject = new SubjectFinder(f.layers).subjectOf(f.sentenceOf(t), t, act);
        return new ModalityFinder(f.layers).modalityOf(f.sentenceOf(t), t, act, subject);
    }

    @Test
    void cuesInTheClause() {
        assertThat(modalityAt("Poland will produce anti-personnel mines.", "produce")).isEqualTo(Modality.PLANNED);
        assertThat(modalityAt("Finland could produce anti-personnel mines if needed.", "produce")).isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("Estonia has not produced anti-personnel mines.", "produced")).isEqualTo(Modality.NEGATED);
        assertThat(modalityAt("Latvia produced anti-personnel mines.", "produced")).isEqualTo(Modality.FACT);
    }

    @Test
    void anApprovalOfAnAct_isItsPlan_notTheActDone() {
        // CODEBOOK.md, recommendations and decisions: a decision taken is PLANNED until the act is reported done
        assertThat(modalityAt("The United States approved the supply of anti-personnel mines to Ukraine.", "supply"))
                .isEqualTo(Modality.PLANNED);
        assertThat(modalityAt("Washington approved sending anti-personnel mines to Ukraine.", "sending"))
                .isEqualTo(Modality.PLANNED);
        assertThat(modalityAt("The Finnish government asked parliament to approve the country's withdrawal from the Mine Ban Treaty.",
                "withdrawal")).isEqualTo(Modality.PLANNED);
        // a bare act noun names an act already told: "Ukraine has received mines. Washington approved the transfer in May."
        assertThat(modalityAt("Washington approved the transfer in May.", "transfer")).isEqualTo(Modality.FACT);
        assertThat(modalityAt("The United States supplied anti-personnel mines to Ukraine.", "supplied"))
                .isEqualTo(Modality.FACT);
    }

    @Test
    void anAppositionHasItsOwnModality_notTheMainClauses() {
        assertThat(modalityAt("Russia and China, the holders of the largest stockpiles of anti-personnel mines, have said they "
                + "will not sign.", "stockpiles")).isEqualTo(Modality.FACT);
    }

    @Test
    void aFinitePastVerbAfterCommaAnd_isNotGovernedByTheFirstClause() {
        assertThat(modalityAt("Finland joined the treaty in 2012, after a long debate, and destroyed its stockpile of "
                + "anti-personnel mines.", "destroyed")).isEqualTo(Modality.FACT);
        assertThat(modalityAt("Finland will join the treaty and destroy its stockpile of anti-personnel mines.", "destroy"))
                .isEqualTo(Modality.PLANNED);
    }

    @Test
    void thinkingAboutAnAct_isPossible_notPlanned() {
        assertThat(modalityAt("Officials say Pakistan will think about joining the Ottawa Convention.", "joining"))
                .isEqualTo(Modality.POSSIBLE);
    }

    @Test
    void anActUnderAMoratorium_isRenounced() {
        assertThat(modalityAt("China has observed a moratorium on exports of anti-personnel mines.", "exports"))
                .isEqualTo(Modality.NEGATED);
        assertThat(modalityAt("India maintains a moratorium on the export of anti-personnel mines.", "export"))
                .isEqualTo(Modality.NEGATED);
    }

    @Test
    void negationScope_endsAtBut() {
        assertThat(modalityAt("Estonia will not make anti-personnel mines but may buy them.", "buy"))
                .isEqualTo(Modality.POSSIBLE);
    }

    @Test
    void withheldDetail_isAboutTheDetailNotTheAct() {
        StageFixture f = new StageFixture("Poland did not give a timetable for the deliveries of anti-personnel mines.");
        int t = f.token("deliveries");
        assertThat(new ModalityFinder(f.layers).withheldDetailOf(f.sentenceOf(t), t)).isTrue();
    }

    @Test
    void speakingOrLookingAtAnAct_isWeighed_unlessADateIsSet() {
        assertThat(modalityAt("Lithuanian officials have spoken of buying anti-personnel mines.", "buying"))
                .isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("Officials said the armed forces of Latvia would look at producing anti-personnel mines.",
                "producing")).isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("Polish officials have talked about producing anti-personnel mines next year.", "producing"))
                .isEqualTo(Modality.PLANNED);
        assertThat(modalityAt("Lithuanian officials have announced the purchase of anti-personnel mines.", "purchase"))
                .isEqualTo(Modality.PLANNED);
    }

    @Test
    void anActInAnIfClause_isAConditionNotAnAct() {
        assertThat(modalityAt("Lithuania could supply mines to Ukraine if it produces anti-personnel mines.", "produces"))
                .isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("If the Latvian army orders anti-personnel mines, the plant can start within months.", "orders"))
                .isEqualTo(Modality.POSSIBLE);
        // a condition that is itself a plan: "as promised"
        assertThat(modalityAt("If Poland ratifies the Ottawa Convention as promised, all EU members will be bound.", "ratifies"))
                .isEqualTo(Modality.PLANNED);
        assertThat(modalityAt("Lithuania produces anti-personnel mines, as if nothing had changed.", "produces"))
                .isEqualTo(Modality.FACT);
    }

    @Test
    void capabilityAndInterest_arePossible() {
        assertThat(modalityAt("Polish industry has the capability to produce anti-personnel mines.", "produce"))
                .isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("Vilnius is interested in buying anti-personnel mines from Poland.", "buying"))
                .isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("Polish industry produces anti-personnel mines.", "produces")).isEqualTo(Modality.FACT);
    }

    @Test
    void onceAfterBeOrHave_isFormerly_notAConditionToCome() {
        assertThat(modalityAt("Finland had once produced anti-personnel mines.", "produced")).isEqualTo(Modality.FACT);
        assertThat(modalityAt("Finland will destroy its stocks once it has produced anti-personnel mines.", "produced"))
                .isEqualTo(Modality.PLANNED);
    }

    @Test
    void mines_awaitingDestruction_areADestructionToCome() {
        assertThat(modalityAt("Ukraine holds three million anti-personnel mines awaiting destruction.", "destruction"))
                .isEqualTo(Modality.PLANNED);
    }

    @Test
    void aTableCell_isItsOwnClause() {
        assertThat(modalityAt("China | not party | production of anti-personnel mines for its own forces", "production"))
                .isEqualTo(Modality.FACT);
    }

    @Test
    void aDecisionStillToTakeOnAnAct_isPossible_aDecisionTakenIsAPlan() {
        assertThat(modalityAt("Finland will decide on the purchase of anti-personnel mines later.", "purchase"))
                .isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("Finland decided to purchase anti-personnel mines.", "purchase")).isEqualTo(Modality.PLANNED);
    }

    @Test
    void aQuotedCondition_afterTheAct_isStillItsCondition() {
        assertThat(modalityAt("Ministers said the Latvian armed forces would acquire anti-personnel mines \"if needed\".",
                "acquire")).isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("Ministers said the Latvian armed forces would acquire anti-personnel mines \"soon\".",
                "acquire")).isEqualTo(Modality.PLANNED);
    }

    @Test
    void anActWordAfterAny_isAHypotheticalNoun() {
        assertThat(modalityAt("Estonia's defence forces said any purchase of anti-personnel mines would be made jointly.",
                "purchase")).isEqualTo(Modality.POSSIBLE);
        assertThat(modalityAt("Estonia's defence forces said they purchase anti-personnel mines jointly.", "purchase"))
                .isEqualTo(Modality.FACT);
    }
}
