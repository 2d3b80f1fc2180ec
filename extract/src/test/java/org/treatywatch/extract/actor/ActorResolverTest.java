package org.treatywatch.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Layers;

/** Refs and what they resolve to: lists, "the two countries", reciprocals, pronouns, relatives. */
class ActorResolverTest {

    private static List<String> refs(String text) {
        return TestPipelines.analyze(text).get(Layers.ACTORS).stream()
                .map(r -> r.span().of(text) + "=" + r.states()).toList();
    }

    @Test
    void lists_areOneRef() {
        assertThat(refs("Poland, Latvia and Estonia are quitting.")).containsExactly("Poland, Latvia and Estonia=[POL, LVA, EST]");
    }

    @Test
    void plurals_resolveToTheListOfThatSize() {
        assertThat(refs("Lithuania and Finland will act, and Ukraine agrees. The two countries border Russia."))
                .contains("The two countries=[LTU, FIN]");
        assertThat(refs("Poland, Latvia and Estonia left. Those three countries have no plans."))
                .contains("Those three countries=[POL, LVA, EST]");
    }

    @Test
    void reciprocals_areTheLastTwoStates() {
        assertThat(refs("Ukraine fights Russia. Each side has accused the other."))
                .contains("Each side=[UKR, RUS]", "the other=[UKR, RUS]");
    }

    @Test
    void pronouns_andRelatives() {
        assertThat(refs("Ukraine said it will leave, unlike Russia, which is not a party."))
                .contains("it=[UKR]", "which=[RUS]");
        assertThat(refs("Officials in Poland and Latvia said they could act.")).contains("they=[POL, LVA]");
    }

    @Test
    void weInAQuote_isTheSpeakersState() {
        assertThat(refs("\"We will buy mines,\" Lithuanian Deputy Defence Minister Karolis Aleksa said."))
                .contains("We=[LTU]");
    }

    @Test
    void neither_isThePairJustNamed_butNotNeitherNor() {
        assertThat(refs("Chile and Peru traded threats. Neither country has moved.")).contains("Neither country=[CHL, PER]");
        assertThat(refs("Chile and Peru traded threats. Neither has moved.")).contains("Neither=[CHL, PER]");
        assertThat(refs("Chile and Peru traded threats. Bolivia has neither signed nor ratified."))
                .noneMatch(r -> r.startsWith("neither"));
    }

    @Test
    void capitalOfAFormerState_isTheCurrentState() {
        assertThat(refs("Officials in Belgrade met envoys from Prague.")).contains("Belgrade=[SRB]", "Prague=[CZE]");
    }

    @Test
    void they_inALaterSentence_isTheListBefore_andRemembersWhereItWasNamed() {
        String text = "Chile, Peru and Bolivia met in La Paz. They agreed on a plan.";
        assertThat(refs(text)).contains("They=[CHL, PER, BOL]");
        ActorRef they = TestPipelines.analyze(text).get(Layers.ACTORS).stream()
                .filter(r -> r.span().of(text).equals("They")).findFirst().orElseThrow();
        assertThat(they.namedFrom()).isZero(); // "Chile", the first token
    }

    @Test
    void allOfTheseStates_isEveryStateNamedAsAnActorInTheTwoSentencesBefore() {
        assertThat(refs("Chile holds the most mines, followed by Peru and Bolivia. Ecuador reported a few thousand. "
                + "All of these states remain outside the treaty."))
                .contains("these states=[CHL, PER, BOL, ECU]");
        // the recipient of a delivery is not one of "these countries"
        assertThat(refs("Chile and Peru sent mines to Bolivia. All these countries have long borders."))
                .contains("these countries=[CHL, PER]");
    }

    @Test
    void bothMinisters_inAStoryAboutTwoStates_areTheTwoNamedMostAsActors_notTheRecipient() {
        // one distinct state in the two sentences before, so the count falls back to the story's states;
        // Bolivia, named only after "to", would otherwise tie with Chile and leave the phrase unresolved
        assertThat(refs("Chile will make anti-personnel mines, its minister said. Peru's minister agreed. "
                + "Peru will store them. Peru wants to send mines to Bolivia, he added. "
                + "Both ministers said they would not lay mines in peacetime."))
                .contains("Both ministers=[PER, CHL]", "they=[PER, CHL]");
    }

    @Test
    void pronoun_afterPeopleOrABodyThatSpeak_isThem_notTheStatesBefore() {
        assertThat(refs("Chile and Peru signed a border deal. Villagers said they had seen new mines."))
                .contains("they=[]");
        assertThat(refs("Chile laid mines. The rights group said it had counted the victims.")).contains("it=[]");
        // a state's own people still speak for it
        assertThat(refs("Chile and Peru signed a border deal. Officials said they would clear the mines."))
                .contains("they=[CHL, PER]");
    }

    @Test
    void listWithABodyThatIsNoState_isAGroupOfItsStates_notAnOlderPair() {
        assertThat(refs("Chile and Peru signed the treaty in 1997. Later Bolivia and the European Union held talks. "
                + "They agreed on a plan."))
                .contains("They=[BOL]");
        assertThat(refs("Poland and other NATO members met. They agreed on a plan.")).contains("They=[POL]");
    }

    @Test
    void aCountStandingAlone_beforeAVerb_isTheGroupOfThatSize() {
        assertThat(refs("Chile and Peru left the treaty. Both will make mines.")).contains("Both=[CHL, PER]");
        assertThat(refs("Chile, Peru and Bolivia left. All three plan to act.")).contains("All three=[CHL, PER, BOL]");
        assertThat(refs("Chile, Peru and Bolivia left. The trio will act.")).contains("The trio=[CHL, PER, BOL]");
        assertThat(refs("Chile and Peru left. The countries will act.")).contains("The countries=[CHL, PER]");
        // not before a noun: "both Chile and Peru" is a list, "the countries of the region" an open group
        assertThat(refs("Both Chile and Peru left.")).containsExactly("Chile and Peru=[CHL, PER]");
        assertThat(refs("Chile and Peru left. The countries of the region watched.")).noneMatch(r -> r.startsWith("The countries"));
    }

    @Test
    void formerAndLatter_areThePairJustNamed_inTextOrder_butNotTheFormerSovietUnion() {
        assertThat(refs("Chile and Peru left the treaty. The latter will also make mines.")).contains("The latter=[PER]");
        assertThat(refs("Chile met Peru. The former has never made mines.")).contains("The former=[CHL]");
        assertThat(refs("Chile and Peru left. The former Soviet Union never joined."))
                .noneMatch(r -> r.startsWith("The former="));
    }

    @Test
    void they_afterASentenceAboutPeople_isThosePeople_notTheStatesBefore() {
        assertThat(refs("Spain and Italy issued a statement. Campaigners welcomed it. They said more was needed."))
                .contains("They=[]");
        // a sentence naming no state whose subject is a state's people does not break the chain
        assertThat(refs("Spain and Italy issued a statement. Officials welcomed it. They said more was needed."))
                .contains("They=[ESP, ITA]");
    }

    @Test
    void neitherIsState_isAnInversion_notThePair() {
        assertThat(refs("Chile and Peru left. Russia is not a party. Neither is the United States."))
                .noneMatch(r -> r.startsWith("Neither="));
    }

    @Test
    void listWithACountedGroup_isOneRef_andAllOfWhichIsItsRelative() {
        assertThat(refs("Poland and the three Baltic states met. The four countries, all of which left the treaty, agreed."))
                .contains("Poland and the three Baltic states=[POL, EST, LVA, LTU]",
                        "The four countries=[POL, EST, LVA, LTU]", "which=[POL, EST, LVA, LTU]");
        // "of which" without a comma before the quantifier is no relative of a state
        assertThat(refs("Poland named the mines, all of which were old.")).noneMatch(r -> r.startsWith("which="));
    }
}
