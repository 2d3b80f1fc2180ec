package org.treatywatch.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Focus;
import org.treatywatch.extract.pipeline.Layers;

/** The document layer: the article's main treaty and focal state, and the claims that lean on them. */
class FocusFinderTest {

    private static Focus focusOf(String text) {
        AnnotatedText t = TestPipelines.analyze(text);
        assertThat(t.get(Layers.FOCUS)).hasSize(1);
        return t.get(Layers.FOCUS).getFirst();
    }

    private static List<String> claims(String text) {
        return TestPipelines.analyze(text).get(Layers.CLAIMS).stream()
                .filter(c -> c.type().isTreatyType() || c.weapon() == Weapon.AP_MINE)
                .map(FocusFinderTest::describe).distinct().toList();
    }

    private static String describe(Claim c) {
        return c.type() + " " + c.actor() + (c.treaty() != null ? "/" + c.treaty() : "") + " " + c.modality();
    }

    private static final String TWO_TREATIES = "Lithuania weighs its place in the Ottawa Convention. "
            + "The Ottawa Convention bans anti-personnel mines, and Vilnius joined it in 2003. "
            + "Critics of the Ottawa Convention say the ban binds only those who respect it. "
            + "Lithuania left the Convention on Cluster Munitions last year. "
            + "The defence minister spoke to reporters on Monday. "
            + "He said Lithuania would leave the treaty next year.";

    @Test
    void mainTreaty_isTheOneNamedMostAndInTheLede_notTheLastNamed() {
        assertThat(focusOf(TWO_TREATIES).mainTreaty()).isEqualTo("APMBC");
        assertThat(claims(TWO_TREATIES)).contains("WITHDRAWAL LTU/APMBC PLANNED").doesNotContain("WITHDRAWAL LTU/CCM PLANNED");
    }

    @Test
    void theTreaty_nextToAName_isThatOne() {
        String text = TWO_TREATIES.replace("The defence minister spoke to reporters on Monday. ", "");
        assertThat(claims(text)).contains("WITHDRAWAL LTU/CCM PLANNED");
    }

    @Test
    void noTreatyNamed_noMainTreaty() {
        assertThat(focusOf("Finland has a stockpile of anti-personnel mines.").mainTreaty()).isNull();
    }

    private static final String ONE_STATE = "Finland completes destruction of its mine stockpile. "
            + "Finland joined the Ottawa Convention in 2012 and had four years to destroy its anti-personnel mines. "
            + "Finland's defence forces held more than a million of them. "
            + "The last of the anti-personnel mines were destroyed at a site near Kuopio in 2015, a year ahead of the deadline.";

    @Test
    void focalState_isTheOneStateAnArticleIsAbout_andActsInItsAgentlessPassives() {
        assertThat(focusOf(ONE_STATE).focalState()).isEqualTo("FIN");
        assertThat(claims(ONE_STATE)).contains("DESTRUCTION FIN FACT");
    }

    @Test
    void noFocalState_whenAnotherStateIsNamedAsOften() {
        String several = ONE_STATE.replace("Finland's defence forces", "Sweden and Norway and Sweden's and Norway's forces");
        assertThat(focusOf(several + " Sweden and Norway watched.").focalState()).isNull();
    }

    @Test
    void focalState_isNotTheActorOfATreatyActOrOfAnotherStatesClause() {
        String text = ONE_STATE + " The Ottawa Convention was signed in 1997. Anti-personnel mines were laid along the"
                + " border in the 1990s.";
        assertThat(claims(text)).containsExactlyElementsOf(claims(ONE_STATE));
    }
}
