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
    void recommendationsAndObligations_arePlanned_notPossible() {
        // CODEBOOK.md: a government's or its ministers' recommendation is PLANNED; an obligation with its date too
        assertThat(claims("On 18 March the defence ministers of Poland and Latvia said in a joint statement that they"
                + " recommended withdrawing from the Ottawa Convention."))
                .containsExactly("WITHDRAWAL POL/APMBC PLANNED", "WITHDRAWAL LVA/APMBC PLANNED");
        // a destruction still to come: the stocks are held today
        assertThat(claims("Poland must destroy its stockpile of anti-personnel mines within four years."))
                .containsExactly("DESTRUCTION POL PLANNED", "STOCKPILE POL FACT");
        assertThat(claims("Poland may destroy its remaining stockpile of anti-personnel mines."))
                .containsExactly("DESTRUCTION POL POSSIBLE", "STOCKPILE POL FACT");
    }

    @Test
    void listsAndPlans() {
        assertThat(claims("Poland and Latvia will produce anti-personnel mines."))
                .containsExactly("PRODUCTION POL PLANNED", "PRODUCTION LVA PLANNED");
    }

    @Test
    void use_asAVerb_hasItsSubject_notALaterByAgent() {
        // a second entry in the act words made every "use" a noun, whose actor a by-agent gives
        assertThat(claims("Belarus will use anti-personnel mines supplied by Russia."))
                .contains("USE BLR PLANNED").doesNotContain("USE RUS FACT");
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

    /** The evidence of every claim of {@code text}, as "TYPE ACTOR: evidence text". */
    private static List<String> evidence(String text) {
        return TestPipelines.analyze(text, null).get(Layers.CLAIMS).stream()
                .map(c -> c.type() + " " + c.actor() + ": " + c.evidence().text()).distinct().toList();
    }

    @Test
    void pluralReference_inALaterSentence_givesEachListedStateAClaim_withEvidenceFromTheNamingSentence() {
        String listed = "Estonia, Latvia and Lithuania left the Mine Ban Treaty last year. They will also produce "
                + "anti-personnel mines.";
        assertThat(claims(listed)).containsExactlyInAnyOrder("WITHDRAWAL EST/APMBC FACT", "WITHDRAWAL LVA/APMBC FACT",
                "WITHDRAWAL LTU/APMBC FACT", "PRODUCTION EST PLANNED", "PRODUCTION LVA PLANNED", "PRODUCTION LTU PLANNED");
        // the second sentence alone does not say who "they" are: the evidence starts where they are named
        assertThat(evidence(listed)).contains("PRODUCTION LVA: " + listed,
                "WITHDRAWAL LVA: Estonia, Latvia and Lithuania left the Mine Ban Treaty last year.");
        assertThat(claims("Poland, Finland, Estonia, Latvia and Lithuania have left the Ottawa Convention. "
                + "The five countries will buy anti-personnel mines together."))
                .contains("PROCUREMENT POL PLANNED", "PROCUREMENT FIN PLANNED", "PROCUREMENT EST PLANNED",
                        "PROCUREMENT LVA PLANNED", "PROCUREMENT LTU PLANNED");
        assertThat(claims("Chile and Peru met in Lima on Monday. Both governments said they would destroy their "
                + "anti-personnel mines by 2030."))
                .containsExactlyInAnyOrder("DESTRUCTION CHL PLANNED", "DESTRUCTION PER PLANNED");
        assertThat(claims("Chile holds the most mines, followed by Peru and Bolivia. Ecuador reported a few thousand "
                + "anti-personnel mines. All of these states remain outside the Mine Ban Treaty."))
                .contains("ACCESSION CHL/APMBC NEGATED", "ACCESSION PER/APMBC NEGATED", "ACCESSION BOL/APMBC NEGATED",
                        "ACCESSION ECU/APMBC NEGATED");
    }

    @Test
    void pluralReference_toPeopleOrToAMixedList_claimsOnlyForTheStatesListed() {
        // "they" are the villagers: no claim for the two states of the sentence before
        assertThat(claims("Chile and Peru signed a border deal. Villagers said they had seen new anti-personnel "
                + "mines laid near the road.")).isEmpty();
        // "they" are Bolivia and the European Union: Bolivia's claim only, not the older pair's
        assertThat(claims("Chile and Peru signed the Mine Ban Treaty in 1997. Last week Bolivia and the European "
                + "Union held talks. They agreed to destroy anti-personnel mines."))
                .containsExactlyInAnyOrder("ACCESSION CHL/APMBC FACT", "ACCESSION PER/APMBC FACT",
                        "DESTRUCTION BOL PLANNED");
        // "they" are the mines: no act of a state
        assertThat(claims("Chile and Peru bought anti-personnel mines. They were stored near the border."))
                .containsExactlyInAnyOrder("PROCUREMENT CHL FACT", "PROCUREMENT PER FACT");
    }

    @Test
    void doSo_repeatsTheLastAct_forItsOwnSubject_withTheAntecedentInTheEvidence() {
        String text = "Poland said it would produce anti-personnel mines. Finland is expected to do so too.";
        assertThat(claims(text)).containsExactlyInAnyOrder("PRODUCTION POL PLANNED", "PRODUCTION FIN PLANNED");
        assertThat(evidence(text)).contains("PRODUCTION FIN: " + text);
        assertThat(claims("Chile could send anti-personnel mines to Peru, but has no plans to do so."))
                .containsExactlyInAnyOrder("TRANSFER CHL->PER POSSIBLE", "TRANSFER CHL->PER NEGATED");
        assertThat(claims("Germany destroyed its stocks of anti-personnel mines in 2001. Norway did the same a year later."))
                .containsExactlyInAnyOrder("DESTRUCTION DEU FACT", "DESTRUCTION NOR FACT");
        assertThat(claims("Chile has left the Mine Ban Treaty. Peru has announced it will follow suit."))
                .containsExactlyInAnyOrder("WITHDRAWAL CHL/APMBC FACT", "WITHDRAWAL PER/APMBC PLANNED");
        // the question makes no claim itself; the answer that repeats its act does, for both countries asked about
        assertThat(claims("Chile and Peru held border talks on Monday. Asked whether either country would send "
                + "anti-personnel mines to Bolivia, Ana Rojas said there were no plans to do so."))
                .containsExactlyInAnyOrder("TRANSFER CHL->BOL NEGATED", "TRANSFER PER->BOL NEGATED");
    }

    @Test
    void doSo_afterAnActThatIsNoClaim_repeatsNothing() {
        // the last act before the pro-form is about drones or minefields, not about mines: no older act is taken instead
        assertThat(claims("Chile will produce anti-personnel mines. Peru said it would buy drones. Bolivia will do so too."))
                .containsExactly("PRODUCTION CHL PLANNED");
        assertThat(claims("Chile said it would clear its old minefields. Peru is expected to do so too.")).isEmpty();
        // a treaty's rule about helping others is no act of any state
        assertThat(claims("The convention prohibits its parties from transferring anti-personnel mines and from "
                + "helping anyone else to do so.")).isEmpty();
        // "so" as an adverb of degree
        assertThat(claims("Chile destroyed anti-personnel mines. Peru did so much to help deminers.")).containsExactly(
                "DESTRUCTION CHL FACT");
    }

    @Test
    void urgedToStop_theOneUrgedActs_andTheActGoesOn() {
        assertThat(claims("The rights group urged Chile to stop laying anti-personnel mines.")).containsExactly("USE CHL FACT");
        assertThat(claims("Peru called on Chile to stop using anti-personnel mines near the border."))
                .containsExactly("USE CHL FACT");
        // urging a state to start an act is a third party's wish, not the state's act
        assertThat(claims("The rights group urged Chile to buy anti-personnel mines.")).isEmpty();
    }

    @Test
    void firedMines_isUse_butNotFiringPeopleOrShells() {
        assertThat(claims("Chilean forces fired thousands of rocket-delivered anti-personnel mines near the border."))
                .containsExactly("USE CHL FACT");
        assertThat(claims("Chile fired the head of its mine action centre after the accident.")).isEmpty();
        assertThat(claims("Chile fired artillery at the border; the shells landed near an old minefield.")).isEmpty();
    }

    @Test
    void possessiveSubjectAfterThat_opensItsOwnClause_forModality() {
        // "promised" belongs to the main clause, not the reported act; what "reports that" say is a charge, ALLEGED
        // (CODEBOOK.md: what is reported as documented is FACT or ALLEGED, both right; news gold: ALLEGED)
        assertThat(claims("Chile has promised to study reports that its forces laid anti-personnel mines."))
                .containsExactly("USE CHL ALLEGED");
    }

    @Test
    void koreas_areAClosedPair_butALoneKoreaNamesNeither() {
        assertThat(claims("The two Koreas remain at war. Neither Korea has signed the Ottawa treaty."))
                .containsExactlyInAnyOrder("ACCESSION KOR/APMBC NEGATED", "ACCESSION PRK/APMBC NEGATED");
        assertThat(claims("Korea was divided in 1945, and the peninsula has never been cleared of anti-personnel mines."))
                .isEmpty();
    }

    @Test
    void ownExit_takesTheArticlesTreaty_evenFromFarBack() {
        assertThat(claims("Chile left the Mine Ban Treaty in March. Its army is small. Its navy is large. The economy "
                + "grew. Peru's parliament will vote on its own exit next month."))
                .containsExactlyInAnyOrder("WITHDRAWAL CHL/APMBC FACT", "WITHDRAWAL PER/APMBC PLANNED");
        // without "own" an exit far from any treaty stays unresolved
        assertThat(claims("Chile left the Mine Ban Treaty in March. Its army is small. Its navy is large. The economy "
                + "grew. Peru's parliament will vote on an exit from the trade bloc next month."))
                .containsExactly("WITHDRAWAL CHL/APMBC FACT");
    }

    @Test
    void aQuantifierStandingAlone_isTheWeaponJustNamed_butNotBeforeANoun() {
        assertThat(claims("Chile plans to hold a reserve of anti-personnel mines, buying some from foreign producers."))
                .contains("PROCUREMENT CHL PLANNED");
        assertThat(claims("Chile will make anti-personnel mines and buy some drones from abroad."))
                .containsExactly("PRODUCTION CHL PLANNED");
    }

    @Test
    void doLikewise_andFollowItsLead_repeatTheLastAct() {
        assertThat(claims("Chile has left the Mine Ban Treaty. Peru said it would do likewise."))
                .containsExactlyInAnyOrder("WITHDRAWAL CHL/APMBC FACT", "WITHDRAWAL PER/APMBC PLANNED");
        assertThat(claims("Chile has left the Mine Ban Treaty. Peru is expected to follow its lead."))
                .containsExactlyInAnyOrder("WITHDRAWAL CHL/APMBC FACT", "WITHDRAWAL PER/APMBC PLANNED");
        assertThat(claims("Chile has left the Mine Ban Treaty. Peru is expected to follow Chile's example."))
                .containsExactlyInAnyOrder("WITHDRAWAL CHL/APMBC FACT", "WITHDRAWAL PER/APMBC PLANNED");
        // a lead that is no possessive's precedent: "follow the lead story" repeats nothing
        assertThat(claims("Chile has left the Mine Ban Treaty. Peru's papers follow the lead story closely."))
                .containsExactly("WITHDRAWAL CHL/APMBC FACT");
    }

    @Test
    void quantifiersOfThem_areTheGroup_andNoneOfThemNegates() {
        assertThat(claims("Chile and Peru have left the Mine Ban Treaty. Each of them will produce anti-personnel mines."))
                .contains("PRODUCTION CHL PLANNED", "PRODUCTION PER PLANNED");
        assertThat(claims("Chile and Peru have left the Mine Ban Treaty. None of them will produce anti-personnel mines."))
                .contains("PRODUCTION CHL NEGATED", "PRODUCTION PER NEGATED");
        // "them" as an object is still no subject
        assertThat(claims("Chile and Peru have left the Mine Ban Treaty. Analysts expect Bolivia to sell anti-personnel "
                + "mines to them.")).noneMatch(c -> c.startsWith("TRANSFER CHL") || c.startsWith("TRANSFER PER"));
    }

    @Test
    void formerAndLatter_giveTheClaimToOneOfThePair() {
        assertThat(claims("Chile and Peru have left the Mine Ban Treaty. The latter will also produce anti-personnel mines."))
                .contains("PRODUCTION PER PLANNED").doesNotContain("PRODUCTION CHL PLANNED");
    }

    @Test
    void doSo_inAClauseWithNoSubject_isDoneByTheDoersOfTheRepeatedAct() {
        // "there were no plans": the spokesman's state is not the subject; the states asked about are
        assertThat(claims("Asked whether the Baltic states would send anti-personnel mines to Ukraine, a Latvian "
                + "spokesman said there were no plans to do so."))
                .containsExactlyInAnyOrder("TRANSFER EST->UKR NEGATED", "TRANSFER LVA->UKR NEGATED", "TRANSFER LTU->UKR NEGATED");
    }

    @Test
    void openGroupFollowingAStateOutOfTheTreaty_givesOnlyTheStateFollowed() {
        assertThat(claims("Spain and Italy said they would stay in the Mine Ban Treaty. Campaigners welcomed the news. "
                + "They said they feared that other countries would follow Poland out of the convention."))
                .containsExactlyInAnyOrder("WITHDRAWAL ESP/APMBC NEGATED", "WITHDRAWAL ITA/APMBC NEGATED",
                        "ACCESSION ESP/APMBC FACT", "ACCESSION ITA/APMBC FACT", "WITHDRAWAL POL/APMBC FACT");
    }

    @Test
    void makeADecision_isALightVerb_notProduction() {
        assertThat(claims("Chile has not made a decision about anti-personnel mines.")).isEmpty();
        assertThat(claims("Chile will make anti-personnel mines.")).containsExactly("PRODUCTION CHL PLANNED");
    }

    @Test
    void doSo_standsForAVerb_soNounsOfActsOnTheWayAreSkipped_unlessNoVerbIsInReach() {
        assertThat(claims("Chile could send anti-personnel mines to Bolivia once its own production starts. "
                + "Peru has not made a decision, but its minister said it might do so next year."))
                .contains("TRANSFER PER->BOL POSSIBLE").doesNotContain("PRODUCTION PER POSSIBLE");
        assertThat(claims("Chile's withdrawal from the Mine Ban Treaty took effect in March. Peru did the same in May."))
                .containsExactlyInAnyOrder("WITHDRAWAL CHL/APMBC FACT", "WITHDRAWAL PER/APMBC FACT");
    }

    @Test
    void theClusterConvention_isTheCcm() {
        assertThat(claims("Poland has not joined the cluster convention, and neither has Finland."))
                .contains("ACCESSION POL/CCM NEGATED");
    }

    @Test
    void remainingAParty_isAMembershipThatHolds_andNoWithdrawal() {
        assertThat(claims("Norway said it would remain a party to the Ottawa Convention."))
                .containsExactlyInAnyOrder("ACCESSION NOR/APMBC FACT", "WITHDRAWAL NOR/APMBC NEGATED");
        assertThat(claims("Finland left the Ottawa Convention. Denmark and Sweden said they would remain parties."))
                .contains("WITHDRAWAL DNK/APMBC NEGATED", "WITHDRAWAL SWE/APMBC NEGATED");
    }

    @Test
    void thoseOf_repeatsAWithdrawalForTheStatesAfterIt() {
        assertThat(claims("Latvia's withdrawal from the Mine Ban Treaty took effect in December, at the same time as "
                + "those of Estonia and Lithuania.")).containsExactlyInAnyOrder("WITHDRAWAL LVA/APMBC FACT",
                "WITHDRAWAL EST/APMBC FACT", "WITHDRAWAL LTU/APMBC FACT");
    }

    @Test
    void aCountStandingAlone_beforeAPastVerb_isTheGroupJustNamed() {
        assertThat(claims("Estonia, Latvia and Lithuania joined the convention in 2004. All three destroyed their stockpiles "
                + "of anti-personnel mines.")).contains("DESTRUCTION EST FACT", "DESTRUCTION LVA FACT", "DESTRUCTION LTU FACT");
    }

    @Test
    void aFunder_isNoAgentOfTheActItPaysFor() {
        assertThat(claims("A destruction project funded by Germany and the Netherlands destroyed anti-personnel mines in Ukraine."))
                .noneMatch(c -> c.contains("DEU") || c.contains("NLD"));
    }

    @Test
    void theWordsOfATreatysFullName_areNoActs() {
        assertThat(claims("Thailand and Cambodia are parties to the Convention on the Prohibition of the Use, Stockpiling, "
                + "Production and Transfer of Anti-Personnel Mines and on their Destruction."))
                .containsExactlyInAnyOrder("ACCESSION THA/APMBC FACT", "ACCESSION KHM/APMBC FACT");
    }

    @Test
    void allegationsBeforeAnInsert_makeTheActAlleged() {
        assertThat(claims("The Observatory received allegations, made by Russian officials and state media, that Ukraine "
                + "has produced anti-personnel mines.")).containsExactly("PRODUCTION UKR ALLEGED");
    }

    @Test
    void stayingOutOfATreaty_isNoWithdrawal_butNoMembership() {
        assertThat(claims("Russia and China stayed out of the Ottawa Convention."))
                .containsExactlyInAnyOrder("ACCESSION RUS/APMBC NEGATED", "ACCESSION CHN/APMBC NEGATED");
    }

    @Test
    void stayingOutOrOutsideAtTheClausesEnd_isTheTreatyNamedBefore() {
        assertThat(claims("The Mine Ban Treaty was opened for signature. Iran and Egypt also stayed out, as did Syria."))
                .containsExactlyInAnyOrder("ACCESSION IRN/APMBC NEGATED", "ACCESSION EGY/APMBC NEGATED");
        assertThat(claims("The Mine Ban Treaty is ten years old. China and India are among the 35 states outside."))
                .containsExactlyInAnyOrder("ACCESSION CHN/APMBC NEGATED", "ACCESSION IND/APMBC NEGATED");
        assertThat(claims("The Mine Ban Treaty was signed today. Russia and China stayed away."))
                .containsExactlyInAnyOrder("ACCESSION RUS/APMBC NEGATED", "ACCESSION CHN/APMBC NEGATED");
        // near misses: away from something else; outside a place; the last treaty named is not the codebook's
        assertThat(claims("The Mine Ban Treaty talks went on. Russia stayed away from the talks.")).isEmpty();
        assertThat(claims("The Mine Ban Treaty is old. Protesters from Poland waited outside.")).isEmpty();
        assertThat(claims("Unlike the Ottawa treaty, the ATT sets rules for arms sales. Russia and China have stayed"
                + " outside.")).isEmpty();
    }

    @Test
    void stayingInATreaty_isAMembershipAsWellAsNoWithdrawal() {
        assertThat(claims("Sweden and Norway are staying in the Mine Ban Treaty.")).containsExactlyInAnyOrder(
                "WITHDRAWAL SWE/APMBC NEGATED", "WITHDRAWAL NOR/APMBC NEGATED", "ACCESSION SWE/APMBC FACT",
                "ACCESSION NOR/APMBC FACT");
        // near misses: a staying verb without "in"; staying out
        assertThat(claims("Sweden remains committed to the Mine Ban Treaty.")).noneMatch(c -> c.startsWith("ACCESSION"));
        assertThat(claims("Finland stayed out of the Mine Ban Treaty.")).containsExactly("ACCESSION FIN/APMBC NEGATED");
    }

    @Test
    void stocksStillToBeDestroyed_areHeld_butNotStocksDestroyed() {
        assertThat(claims("Norway was destroying its own stocks of anti-personnel mines.")).contains("STOCKPILE NOR FACT");
        assertThat(claims("Greece and Ukraine are in breach of their deadlines for destroying their stockpiles of"
                + " anti-personnel mines.")).contains("STOCKPILE GRC FACT", "STOCKPILE UKR FACT");
        // near misses: a destruction done
        assertThat(claims("Finland destroyed its stockpile of anti-personnel mines in 2015."))
                .noneMatch(c -> c.startsWith("STOCKPILE"));
        assertThat(claims("Finland finished destroying its stockpile of anti-personnel mines in 2015."))
                .noneMatch(c -> c.startsWith("STOCKPILE"));
    }

    @Test
    void aDestructionWhoseDeadlineWasMissed_isNotDone() {
        assertThat(claims("Belarus and Greece remain in breach of their deadlines for destroying their stockpiles of "
                + "anti-personnel mines.")).contains("DESTRUCTION BLR NEGATED", "DESTRUCTION GRC NEGATED");
    }

    @Test
    void aRecommendationThatStatesAct_isPlanned() {
        assertThat(claims("The defence ministers issued a statement recommending that Lithuania and Poland leave the Ottawa "
                + "Convention.")).containsExactlyInAnyOrder("WITHDRAWAL LTU/APMBC PLANNED", "WITHDRAWAL POL/APMBC PLANNED");
    }

    @Test
    void transferNamedAfterAReceipt_goesToTheReceiver_withTheReceiptInTheEvidence() {
        String text = "Ukraine has received anti-personnel mines from the United States. Washington approved the transfer "
                + "in November.";
        assertThat(claims(text)).containsExactly("TRANSFER USA->UKR FACT");
        assertThat(evidence(text)).containsExactlyInAnyOrder(
                "TRANSFER USA: Ukraine has received anti-personnel mines from the United States.", "TRANSFER USA: " + text);
    }

    @Test
    void missedADeadline_negatesTheAct_butMissingOtherThingsDoesNot() {
        assertThat(claims("Chile has missed another deadline to destroy its stockpile of anti-personnel mines."))
                .contains("DESTRUCTION CHL NEGATED").doesNotContain("DESTRUCTION CHL FACT");
        assertThat(claims("Chile missed the vote but destroyed its anti-personnel mines in 2003."))
                .contains("DESTRUCTION CHL FACT");
    }

    @Test
    void doSo_skipsRemainThatIsNoTreatyAct() {
        assertThat(claims("Chile eliminated part of its anti-personnel mines, but the rest remains. Peru has not been able "
                + "to do so because of the war."))
                .contains("DESTRUCTION CHL FACT", "DESTRUCTION PER NEGATED");
    }

    @Test
    void subjectOfAPassiveWeaponAct_isWhatIsActedOn_orTheReceiver_neverTheActor() {
        // "they" are the mines: South Korea made them, not the buyers
        assertThat(claims("Poland and Finland bought anti-personnel mines. They were produced in South Korea."))
                .containsExactlyInAnyOrder("PROCUREMENT POL FACT", "PROCUREMENT FIN FACT");
        assertThat(claims("Ukraine was supplied with anti-personnel mines by the United States."))
                .containsExactly("TRANSFER USA->UKR FACT");
        String text = "Poland bought anti-personnel mines last year. It was supplied with them by South Korea.";
        assertThat(claims(text)).containsExactlyInAnyOrder("PROCUREMENT POL FACT", "TRANSFER KOR->POL FACT");
        assertThat(evidence(text)).contains("TRANSFER KOR: " + text);
        // a state that says something about the passive act still does it
        assertThat(claims("Poland said the anti-personnel mines would be stored in depots."))
                .containsExactly("STOCKPILE POL PLANNED");
    }

    @Test
    void they_canBeAStatesPeopleNamedInTheSentenceBefore_notAnOlderPair() {
        assertThat(claims("Ukraine and Russia traded accusations. Russian troops advanced near Kharkiv. They laid "
                + "anti-personnel mines along the roads."))
                .containsExactly("USE RUS FACT");
        assertThat(claims("Finnish and Estonian officials met in Tallinn. They agreed to produce anti-personnel mines."))
                .containsExactlyInAnyOrder("PRODUCTION FIN PLANNED", "PRODUCTION EST PLANNED");
    }

    @Test
    void appositionAfterNeighbours_isASubjectOrARecipient_butNotTheObjectOfFollow() {
        assertThat(claims("Lithuania left the Mine Ban Treaty. Its neighbours Latvia and Estonia will follow suit."))
                .containsExactlyInAnyOrder("WITHDRAWAL LTU/APMBC FACT", "WITHDRAWAL LVA/APMBC PLANNED",
                        "WITHDRAWAL EST/APMBC PLANNED");
        assertThat(claims("Lithuania will sell anti-personnel mines to its neighbours Latvia and Estonia."))
                .containsExactlyInAnyOrder("TRANSFER LTU->LVA PLANNED", "TRANSFER LTU->EST PLANNED");
        assertThat(claims("Sweden will not follow its Nordic neighbour Finland in abandoning the Mine Ban Treaty."))
                .containsExactlyInAnyOrder("WITHDRAWAL SWE/APMBC NEGATED", "WITHDRAWAL FIN/APMBC FACT");
    }

    @Test
    void doSo_outsideARelativeClause_doesNotRepeatTheClausesAct() {
        assertThat(claims("Finland will produce anti-personnel mines, and Sweden, which remains in the Mine Ban Treaty, "
                + "has ruled out doing so."))
                .containsExactlyInAnyOrder("PRODUCTION FIN PLANNED", "WITHDRAWAL SWE/APMBC NEGATED", "ACCESSION SWE/APMBC FACT",
                        "PRODUCTION SWE NEGATED");
    }

    @Test
    void allOfWhich_givesEachStateOfTheGroupTheClaim() {
        assertThat(claims("Poland and the three Baltic states will order anti-personnel mines. The four countries, all of "
                + "which left the Mine Ban Treaty last year, expect deliveries in 2027."))
                .contains("PROCUREMENT POL PLANNED", "PROCUREMENT LTU PLANNED", "WITHDRAWAL POL/APMBC FACT",
                        "WITHDRAWAL EST/APMBC FACT", "WITHDRAWAL LVA/APMBC FACT", "WITHDRAWAL LTU/APMBC FACT");
    }

    @Test
    void doSo_forSomeoneElse_isNoClaim_andNorNegates() {
        assertThat(claims("\"We will not use anti-personnel mines,\" the Chilean minister said. \"Nor will we help anyone do so.\""))
                .containsExactly("USE CHL NEGATED");
        assertThat(claims("Chile will not make anti-personnel mines, nor will it buy them."))
                .containsExactlyInAnyOrder("PRODUCTION CHL NEGATED", "PROCUREMENT CHL NEGATED");
        // the treaty's rule is no act, but the state that did what it asks did it
        assertThat(claims("The convention obliges members to destroy anti-personnel mines. Chile did so in 2003."))
                .containsExactly("DESTRUCTION CHL FACT");
    }

    @Test
    void it_beforeWhatATreatyDoes_isTheTreaty_notTheStateBefore() {
        assertThat(claims("Lithuania left the Ottawa Convention last year. It bans the use, production and transfer of "
                + "anti-personnel mines.")).containsExactly("WITHDRAWAL LTU/APMBC FACT");
        assertThat(claims("Lithuania left the Ottawa Convention last year. It was signed by 122 countries in 1997."))
                .containsExactly("WITHDRAWAL LTU/APMBC FACT");
        // what a state does stays the state's
        assertThat(claims("Lithuania left the Ottawa Convention last year. It will produce anti-personnel mines."))
                .containsExactly("WITHDRAWAL LTU/APMBC FACT", "PRODUCTION LTU PLANNED");
    }

    @Test
    void doLikewise_byTheSubjectOfTheNextClause_repeatsTheTransferToTheSameRecipient() {
        assertThat(claims("OSLO - Norway said on Monday it would deliver anti-personnel mines to Moldova, and Sweden said "
                + "it would do likewise.")).containsExactlyInAnyOrder("TRANSFER NOR->MDA PLANNED", "TRANSFER SWE->MDA PLANNED");
        assertThat(claims("OSLO - Norway said on Monday it would deliver anti-personnel mines to Moldova, and Denmark "
                + "pledged to follow suit.")).containsExactlyInAnyOrder("TRANSFER NOR->MDA PLANNED", "TRANSFER DNK->MDA PLANNED");
    }

    @Test
    void statesListedAfterTo_withoutAVerbOfTheirOwn_areAllRecipients() {
        assertThat(claims("Norway will deliver anti-personnel mines to Moldova, and Ukraine."))
                .containsExactlyInAnyOrder("TRANSFER NOR->MDA PLANNED", "TRANSFER NOR->UKR PLANNED");
        assertThat(claims("Norway will deliver anti-personnel mines to Moldova and Ukraine next year."))
                .containsExactlyInAnyOrder("TRANSFER NOR->MDA PLANNED", "TRANSFER NOR->UKR PLANNED");
    }

    @Test
    void negatedDetailOfAnAct_timetableOrFigures_doesNotNegateTheAct() {
        assertThat(claims("OSLO - Norway and Sweden said on Monday they would deliver anti-personnel mines to Moldova.\n"
                + "The two governments did not give a timetable for the shipments."))
                .containsExactlyInAnyOrder("TRANSFER NOR->MDA PLANNED", "TRANSFER SWE->MDA PLANNED");
        assertThat(claims("Norway and Sweden said they would deliver anti-personnel mines to Moldova. The two governments "
                + "gave no figures for the deliveries."))
                .containsExactlyInAnyOrder("TRANSFER NOR->MDA PLANNED", "TRANSFER SWE->MDA PLANNED");
        assertThat(claims("Latvia will buy anti-personnel mines, but officials gave no date for the purchase."))
                .containsExactly("PROCUREMENT LVA PLANNED");
        assertThat(claims("Finland plans to make anti-personnel mines. It gave no details of the production."))
                .containsExactly("PRODUCTION FIN PLANNED");
        assertThat(claims("Norway and Sweden will deliver anti-personnel mines to Moldova. Officials declined to give a "
                + "timetable for the deliveries."))
                .containsExactlyInAnyOrder("TRANSFER NOR->MDA PLANNED", "TRANSFER SWE->MDA PLANNED");
    }

    @Test
    void negatedAct_withoutADetailNoun_isStillNegated() {
        assertThat(claims("Norway said it would deliver anti-personnel mines to Moldova. Sweden has no plans for such "
                + "shipments.")).contains("TRANSFER NOR->MDA PLANNED", "TRANSFER SWE->MDA NEGATED");
        assertThat(claims("Finland said there would be no production of anti-personnel mines."))
                .containsExactly("PRODUCTION FIN NEGATED");
        // details given, not withheld: the act stands
        assertThat(claims("Norway gave figures for its deliveries of anti-personnel mines to Ukraine last year."))
                .containsExactly("TRANSFER NOR->UKR FACT");
        // a missed deadline is the act not done, not a detail withheld
        assertThat(claims("Greece has missed the deadline for destroying its anti-personnel mines."))
                .contains("DESTRUCTION GRC NEGATED");
    }

    @Test
    void noneOfACountedGroup_isNegated_forTheStatesJustNamed() {
        assertThat(claims("STOCKHOLM - Sweden, Norway and Denmark met on Monday to discuss border security.\nNone of the "
                + "three Nordic countries has ever laid anti-personnel mines on its own soil, their ministers said."))
                .containsExactlyInAnyOrder("USE SWE NEGATED", "USE NOR NEGATED", "USE DNK NEGATED");
        assertThat(claims("Lithuania and Poland met on Monday. Neither of the two countries has used anti-personnel mines "
                + "since 1945, officials said.")).containsExactlyInAnyOrder("USE LTU NEGATED", "USE POL NEGATED");
        assertThat(claims("RIGA - Officials met on Monday. No Baltic state has produced anti-personnel mines since "
                + "independence, officials said."))
                .containsExactlyInAnyOrder("PRODUCTION EST NEGATED", "PRODUCTION LVA NEGATED", "PRODUCTION LTU NEGATED");
    }

    @Test
    void countedGroup_withoutNegation_staysAsItIs_andASingleGroupMemberNamesNone() {
        // the named three of the group, not negated
        assertThat(claims("Sweden, Norway and Denmark met on Monday. All three Nordic countries have destroyed their "
                + "anti-personnel mines."))
                .containsExactlyInAnyOrder("DESTRUCTION SWE FACT", "DESTRUCTION NOR FACT", "DESTRUCTION DNK FACT");
        // the count is the whole group: all of it, whoever was named before
        assertThat(claims("Latvia and Lithuania met. The three Baltic states will produce anti-personnel mines."))
                .containsExactlyInAnyOrder("PRODUCTION EST PLANNED", "PRODUCTION LVA PLANNED", "PRODUCTION LTU PLANNED");
        // "a Baltic state" is one unnamed member: no claim for any of them
        assertThat(claims("Officials met on Monday. A Baltic state has produced anti-personnel mines, a report said."))
                .isEmpty();
        // "the Baltic state" after one member named is that member
        assertThat(claims("Lithuania left the Ottawa Convention in June. The Baltic state will start producing "
                + "anti-personnel mines next year.")).containsExactly("WITHDRAWAL LTU/APMBC FACT", "PRODUCTION LTU PLANNED");
    }

    @Test
    void counterAccusation_isAlleged_andTheRejectedClaimAddsNegated() {
        String text = "YEREVAN - Armenia accused Azerbaijan on Monday of planting anti-personnel mines near the border "
                + "village. Baku rejected the claim and said Armenian troops had planted the mines themselves.";
        assertThat(claims(text)).containsExactlyInAnyOrder("USE AZE ALLEGED", "USE AZE NEGATED", "USE ARM ALLEGED");
        List<Claim> all = TestPipelines.analyze(text, null).get(Layers.CLAIMS);
        assertThat(all).filteredOn(c -> c.actor().equals("ARM")).singleElement()
                .satisfies(c -> assertThat(c.allegedBy()).isEqualTo("AZE"));
        // the denial's evidence runs from the accusation to the rejection
        assertThat(all).filteredOn(c -> c.actor().equals("AZE") && c.modality() == org.treatywatch.core.claim.Modality.NEGATED)
                .singleElement().satisfies(c -> assertThat(c.evidence().text()).isEqualTo(text));
    }

    @Test
    void reportOfOwnActOrByANeutralSource_staysFact() {
        assertThat(claims("TALLINN - Estonia said it had laid anti-personnel mines along the border."))
                .containsExactly("USE EST FACT");
        assertThat(claims("GENEVA - The United Nations said Russian forces had laid anti-personnel mines near Kharkiv."))
                .containsExactly("USE RUS FACT");
        // rejecting something that is no accusation denies nothing
        assertThat(claims("Armenia accused Azerbaijan of planting anti-personnel mines. Baku rejected the proposal for "
                + "talks.")).containsExactly("USE AZE ALLEGED");
    }

    @Test
    void aDelegateSpeakingForAState_accusesAnother_butReportsTreatyActsAsFact() {
        // ANNOTATION.md convention 7: a state's statement about another state's act is ALLEGED
        assertThat(claims("Speaking in right of reply, the representative of the Russian Federation said that Ukrainian "
                + "forces had laid anti-personnel mines near Donetsk.")).containsExactly("USE UKR ALLEGED");
        assertThat(claims("The representative of Ukraine, responding, said that Russian forces had laid anti-personnel "
                + "mines in the south.")).containsExactly("USE RUS ALLEGED");
        // joining a treaty is no accusation
        assertThat(claims("The representative of Norway said Sweden had joined the Ottawa Convention."))
                .containsExactly("ACCESSION SWE/APMBC FACT");
    }

    @Test
    void anActAsTheSubjectOfANegatedConsequence_isNotNegated() {
        assertThat(claims("Lithuania will leave the Ottawa Convention. Leaving the treaty does not by itself put a single "
                + "mine in the ground.")).containsExactly("WITHDRAWAL LTU/APMBC PLANNED");
        assertThat(claims("Lithuania and Latvia will leave the Ottawa Convention. Their withdrawal from the Convention "
                + "would not alter their commitment to humanitarian law."))
                .containsExactly("WITHDRAWAL LTU/APMBC PLANNED", "WITHDRAWAL LVA/APMBC PLANNED");
        // the act's own happening negated
        assertThat(claims("Lithuania's withdrawal from the Ottawa Convention will not take effect this year."))
                .containsExactly("WITHDRAWAL LTU/APMBC NEGATED");
    }

    @Test
    void theThatClauseOfAnAllegationOrReport_isAnAllegation() {
        assertThat(claims("The Cambodian authority rejects the allegations made by the Thai side that Cambodia has laid new "
                + "anti-personnel mines.")).containsExactly("USE KHM ALLEGED", "USE KHM NEGATED");
        assertThat(claims("The Monitor notes reports that North Korea has supplied anti-personnel mines to Russia."))
                .containsExactly("TRANSFER PRK->RUS ALLEGED");
        assertThat(claims("The Monitor notes that North Korea has supplied anti-personnel mines to Russia."))
                .containsExactly("TRANSFER PRK->RUS FACT");
    }

    @Test
    void aPlanAnotherStateImputes_isAnAllegation_butACommitmentPassedOnIsAPlan() {
        assertThat(claims("Ukrainian officials are preparing to lay anti-personnel mines along the border, a Russian defence "
                + "official said.")).containsExactly("USE UKR ALLEGED");
        assertThat(claims("Ukrainian officials have pledged to lay anti-personnel mines only inside the country, a United "
                + "States defence official said.")).containsExactly("USE UKR PLANNED");
    }

    @Test
    void wouldInReportedSpeech_andInTheSentencesThatGoOnReportingIt_isAPlan() {
        assertThat(claims("The representative of Finland confirmed that Finland would accede to the Ottawa Convention in "
                + "January.")).containsExactly("ACCESSION FIN/APMBC PLANNED");
        assertThat(claims("The representative of Belarus said Belarus had destroyed 300,000 anti-personnel mines. Belarus "
                + "would destroy the remaining stock with its own means."))
                .filteredOn(c -> c.startsWith("DESTRUCTION")).containsExactly("DESTRUCTION BLR FACT", "DESTRUCTION BLR PLANNED");
        assertThat(claims("The ambassador of Belarus said the army had destroyed 300,000 anti-personnel mines. It would "
                + "destroy the remaining stock of anti-personnel mines with its own means."))
                .filteredOn(c -> c.startsWith("DESTRUCTION")).containsExactly("DESTRUCTION BLR FACT", "DESTRUCTION BLR PLANNED");
        // nobody reports it: a hypothesis (the destructions only: "the remaining stock" is also a stock held now)
        assertThat(claims("Belarus had destroyed 300,000 anti-personnel mines. Belarus would destroy the remaining stock "
                + "with its own means.")).filteredOn(c -> c.startsWith("DESTRUCTION"))
                .containsExactly("DESTRUCTION BLR FACT", "DESTRUCTION BLR POSSIBLE");
    }

    @Test
    void anExistingStockpile_isHeldNow_whateverTheClauseDenies() {
        assertThat(claims("The United States said it would not produce or acquire any anti-personnel mines, including to "
                + "replace its existing stockpiles as they expire."))
                .containsExactly("PRODUCTION USA NEGATED", "PROCUREMENT USA NEGATED", "STOCKPILE USA FACT");
        assertThat(claims("The United States said it would not stockpile anti-personnel mines."))
                .containsExactly("STOCKPILE USA NEGATED");
    }
}
