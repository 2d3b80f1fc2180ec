package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.Layers;

/**
 * The codebook's rules of thumb (CODEBOOK.md), each on a sentence written for this test:
 * {@code TYPE ACTOR[->RECIPIENT|/TREATY] MODALITY} for every AP-mine or treaty claim.
 */
class ClaimRulesTest {

    private static List<String> claims(String text) {
        return claims(text, null);
    }

    private static List<String> claims(String text, LocalDate published) {
        List<Claim> all = TestPipelines.analyze(text, published).get(Layers.CLAIMS);
        all.forEach(c -> assertThat(c.evidence().matches(text)).isTrue());
        return all.stream()
                .filter(c -> c.type().isTreatyType() || c.weapon() == Weapon.AP_MINE)
                .map(c -> c.type() + " " + c.actor() + (c.recipient() != null ? "->" + c.recipient() : "")
                        + (c.treaty() != null ? "/" + c.treaty() : "") + " " + c.modality())
                .distinct().toList();
    }

    @Test
    void listsAndPlans() {
        assertThat(claims("Poland and Latvia will produce anti-personnel mines."))
                .containsExactly("PRODUCTION POL PLANNED", "PRODUCTION LVA PLANNED");
    }

    @Test
    void negationScope_endsAtBut() {
        assertThat(claims("Estonia will not make anti-personnel mines but may buy them from allies."))
                .containsExactly("PRODUCTION EST NEGATED", "PROCUREMENT EST POSSIBLE");
    }

    @Test
    void transfer_isTheGiversWithARecipient_andNoProcurementForTheReceiver() {
        assertThat(claims("The United States delivered anti-personnel mines to Ukraine."))
                .containsExactly("TRANSFER USA->UKR FACT");
        assertThat(claims("Ukraine received anti-personnel mines from the United States."))
                .containsExactly("TRANSFER USA->UKR FACT");
    }

    @Test
    void relativeClause_notAParty_isAccessionNegated() {
        assertThat(claims("Russia, which is not a party to the Ottawa Convention, laid landmines."))
                .containsExactly("ACCESSION RUS/APMBC NEGATED", "USE RUS FACT");
    }

    @Test
    void capitals_standForGovernments_butNotInDatelines() {
        assertThat(claims("KYIV (Agency) - Moscow accused Kyiv of laying anti-personnel mines."))
                .containsExactly("USE UKR ALLEGED");
    }

    @Test
    void reciprocalAccusations_giveOneClaimPerSide() {
        assertThat(claims("Armenia and Azerbaijan met. Each side accused the other of planting landmines."))
                .containsExactlyInAnyOrder("USE ARM ALLEGED", "USE AZE ALLEGED");
    }

    @Test
    void treatyProhibitions_andWhatAWithdrawalAllows_areNoClaims() {
        assertThat(claims("The treaty bans signatories from producing anti-personnel mines.")).isEmpty();
        assertThat(claims("The withdrawal allows the three states to produce and stockpile landmines.")).isEmpty();
        assertThat(claims("Lithuania left the Ottawa Convention banning the use of such mines."))
                .containsExactly("WITHDRAWAL LTU/APMBC FACT");
    }

    @Test
    void ownBan_isNegated() {
        assertThat(claims("South Africa banned the manufacture of anti-personnel mines."))
                .containsExactly("PRODUCTION ZAF NEGATED");
    }

    @Test
    void otherMines_yieldNoApMineClaim() {
        assertThat(claims("Poland will buy anti-tank mines.")).isEmpty();
        assertThat(claims("China will open a new coal mine and produce more coal.")).isEmpty();
        assertThat(claims("Russia laid naval mines near the port, and ships were hit at sea.")).isEmpty();
        assertThat(claims("Data mining is booming; the decision is mine, said the minister.")).isEmpty();
    }

    @Test
    void aPlaceIsNoActor() {
        assertThat(claims("Researchers documented new use of landmines in Myanmar.")).isEmpty();
    }

    @Test
    void openGroups_yieldNothing_closedGroupsTheirMembers() {
        assertThat(claims("More than 160 countries have joined the Mine Ban Treaty.")).isEmpty();
        assertThat(claims("The Baltic states are quitting the Ottawa treaty."))
                .containsExactly("WITHDRAWAL EST/APMBC FACT", "WITHDRAWAL LVA/APMBC FACT", "WITHDRAWAL LTU/APMBC FACT");
    }

    @Test
    void hedges() {
        assertThat(claims("Latvia could start production of landmines if needed.")).containsExactly("PRODUCTION LVA POSSIBLE");
        assertThat(claims("Finland has not ruled out producing landmines.")).containsExactly("PRODUCTION FIN POSSIBLE");
        assertThat(claims("Finland has announced its intention to pull out of the Ottawa Convention."))
                .containsExactly("WITHDRAWAL FIN/APMBC PLANNED");
    }

    @Test
    void passiveWithSpeaker_isTheSpeakersState_withWhenResolved() {
        String text = "\"Landmines will be ordered next year,\" Lithuanian minister Karolis Aleksa said.";
        List<Claim> all = TestPipelines.analyze(text, LocalDate.of(2025, 6, 30)).get(Layers.CLAIMS);
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("LTU");
            assertThat(c.when()).isEqualTo("2026");
            assertThat(c.speaker().name()).isEqualTo("Karolis Aleksa");
        });
    }

    @Test
    void neither_negatesForBothStatesOfThePair() {
        assertThat(claims("Chile and Peru said they keep their border mines. Neither has joined the Mine Ban Treaty."))
                .contains("ACCESSION CHL/APMBC NEGATED", "ACCESSION PER/APMBC NEGATED");
    }

    @Test
    void destructionVerbs_beyondDestroy_andStockpiledAsModifier() {
        assertThat(claims("Canada scrapped its remaining stockpiled anti-personnel mines in 2003."))
                .containsExactly("DESTRUCTION CAN FACT");
        assertThat(claims("The Chilean army dismantled the last of its anti-personnel mines."))
                .containsExactly("DESTRUCTION CHL FACT");
        assertThat(claims("Russia has stockpiled anti-personnel mines for decades."))
                .containsExactly("STOCKPILE RUS FACT");
    }

    @Test
    void stocksOfACurrentState_countEvenAfterFrom_butFormerStatesAreOrigins() {
        assertThat(claims("The shells will be drawn from existing French stocks of anti-personnel mines."))
                .containsExactly("STOCKPILE FRA FACT");
        assertThat(claims("Kyiv got these anti-personnel mines from old Soviet stocks.")).isEmpty();
    }

    @Test
    void capitalOfAFormerState_andAgentsOfAnAccusation() {
        assertThat(claims("Moscow, which never signed the Mine Ban Treaty, has been accused by Kyiv of laying anti-personnel mines."))
                .containsExactly("ACCESSION RUS/APMBC NEGATED", "USE RUS ALLEGED");
    }

    @Test
    void coordinatedParticiples_makeNoWithdrawal() {
        assertThat(claims("Finland has quit the Mine Ban Treaty. \"The crates were looted or abandoned,\" a spokesman said."))
                .containsExactly("WITHDRAWAL FIN/APMBC FACT");
    }

    @Test
    void unnamedSpokesman_speaksForTheMinistryJustNamed_notTheDateline() {
        List<Claim> all = TestPipelines.analyze("MOSCOW - Chile's defence ministry rejected the report about mines. "
                + "\"We have never made anti-personnel mines,\" a spokesman said.", null).get(Layers.CLAIMS);
        assertThat(all).anySatisfy(c -> assertThat(c.actor()).isEqualTo("CHL"));
        assertThat(all).noneSatisfy(c -> assertThat(c.actor()).isEqualTo("RUS"));
    }

    @Test
    void coordinatedVerbWithoutSubject_belongsToTheMainSubject_notToAPossessiveObject() {
        assertThat(claims("Chile said it respected Peru's choice but would not make anti-personnel mines itself."))
                .containsExactly("PRODUCTION CHL NEGATED");
        assertThat(claims("Chile welcomed Peru's plans to buy anti-personnel mines."))
                .containsExactly("PROCUREMENT PER PLANNED");
    }

    @Test
    void relativeClauseObject_isTheWeaponBeforeItsSubject() {
        assertThat(claims("These are the anti-personnel mines that Chile bought last year."))
                .containsExactly("PROCUREMENT CHL FACT");
    }

    @Test
    void takeDelivery_isTheBuyersProcurement_orTheGiversTransfer() {
        assertThat(claims("Chile will take delivery of new anti-personnel mines within weeks."))
                .containsExactly("PROCUREMENT CHL PLANNED");
        assertThat(claims("Chile took delivery of anti-personnel mines from Peru."))
                .containsExactly("TRANSFER PER->CHL FACT");
    }

    @Test
    void makeMore_refersBackToTheWeapon() {
        assertThat(claims("Peru keeps anti-personnel mines and has the capacity to make more."))
                .contains("PRODUCTION PER POSSIBLE");
    }

    @Test
    void ownStockpile_afterFrom_isTheOwnersStockpile() {
        assertThat(claims("The anti-personnel mines, supplied by Chile from its own stockpile, arrived in Peru."))
                .contains("STOCKPILE CHL FACT").noneMatch(c -> c.startsWith("STOCKPILE PER"));
    }

    @Test
    void followXInLeaving_saysXLeft() {
        assertThat(claims("Chile will not follow its neighbour Peru in leaving the Mine Ban Treaty, officials said."))
                .containsExactlyInAnyOrder("WITHDRAWAL CHL/APMBC NEGATED", "WITHDRAWAL PER/APMBC FACT");
    }

    @Test
    void ownNotice_takesTheTreatyOfTheText() {
        assertThat(claims("Chile has left the Mine Ban Treaty. Peru is expected to deposit its own notice in July."))
                .containsExactly("WITHDRAWAL CHL/APMBC FACT", "WITHDRAWAL PER/APMBC PLANNED");
    }

    @Test
    void denials_ruledOut_dismissed_cannot() {
        assertThat(claims("Chile ruled out sending anti-personnel mines to Peru.")).containsExactly("TRANSFER CHL->PER NEGATED");
        assertThat(claims("Chile has not ruled out sending anti-personnel mines to Peru."))
                .containsExactly("TRANSFER CHL->PER POSSIBLE");
        assertThat(claims("Chile dismissed suggestions that it would buy anti-personnel mines."))
                .containsExactly("PROCUREMENT CHL NEGATED");
        assertThat(claims("Chile cannot produce anti-personnel mines.")).containsExactly("PRODUCTION CHL NEGATED");
    }

    @Test
    void hedges_believedOrThoughtTo_arePossible() {
        assertThat(claims("Chile is thought to hold thousands of anti-personnel mines."))
                .containsExactly("STOCKPILE CHL POSSIBLE");
        assertThat(claims("Peru is believed to have stockpiled anti-personnel mines.")).containsExactly("STOCKPILE PER POSSIBLE");
    }

    @Test
    void gerundSubject_takesTheModalityOfItsPredicate() {
        assertThat(claims("\"Leaving the Mine Ban Treaty is an option we cannot exclude,\" Lithuanian Deputy Defence "
                + "Minister Karolis Aleksa said."))
                .containsExactly("WITHDRAWAL LTU/APMBC POSSIBLE");
    }

    @Test
    void indefiniteActWithWould_isAHypothesis() {
        assertThat(claims("Poland has weighed its options on the Mine Ban Treaty. "
                + "Analysts said a Polish exit would put new pressure on the treaty."))
                .contains("WITHDRAWAL POL/APMBC POSSIBLE").doesNotContain("WITHDRAWAL POL/APMBC PLANNED");
        assertThat(claims("Chile said its exit from the Mine Ban Treaty would take effect in June."))
                .containsExactly("WITHDRAWAL CHL/APMBC PLANNED");
    }
}
