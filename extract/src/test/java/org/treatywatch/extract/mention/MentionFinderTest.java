package org.treatywatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Mention;

/** Mentions of states, treaties and weapons, with the gazetteer compiled from core's registries. */
class MentionFinderTest {

    private static List<String> mentions(String text) {
        AnnotatedText at = TestPipelines.analyze(text);
        return at.get(Layers.MENTIONS).stream()
                .map(m -> m.span().of(text) + "=" + m.kind() + ":" + (m.kind() == Mention.Kind.STATE_GROUP ? m.states() : m.code())
                        + (m.form() == Mention.Form.POSSESSIVE || m.form() == Mention.Form.ADJECTIVE || m.form() == Mention.Form.DATELINE
                        ? "/" + m.form() : ""))
                .toList();
    }

    @Test
    void states_byNameAdjectivePossessiveAndCapital() {
        assertThat(mentions("Lithuania\u2019s minister met Finnish officials in Kyiv."))
                .containsExactly("Lithuania=STATE:LTU/POSSESSIVE", "Finnish=STATE:FIN/ADJECTIVE", "Kyiv=STATE:UKR");
    }

    @Test
    void states_acronymsMatchOnlyInCapitals() {
        assertThat(mentions("The US told us to wait.")).containsExactly("US=STATE:USA");
    }

    @Test
    void states_inADatelineAreMarkedAsSuch() {
        assertThat(mentions("VILNIUS (Agency) - Poland spoke.")).containsExactly("VILNIUS=STATE:LTU/DATELINE", "Poland=STATE:POL");
    }

    @Test
    void groups_closedGroupsResolveToMembers() {
        assertThat(mentions("the Baltic states")).containsExactly("Baltic states=STATE_GROUP:[EST, LVA, LTU]");
    }

    @Test
    void treaties_namesAndReferences() {
        assertThat(mentions("Quitting the Ottawa Convention, not the Convention on Cluster Munitions; the treaty stays."))
                .containsExactly("Ottawa Convention=TREATY:APMBC", "Convention on Cluster Munitions=TREATY:CCM", "treaty=TREATY_REF:null");
    }

    @Test
    void weapons_everySenseOfMine() {
        assertThat(mentions("Anti-tank and anti-personnel mines, naval mines, a coal mine, data mining, a friend of mine."))
                .containsExactly("Anti-tank=WEAPON:AT_MINE", "mines=WEAPON:AP_MINE", "mines=WEAPON:NAVAL_MINE",
                        "mine=WEAPON:NOT_A_WEAPON", "mine=WEAPON:NOT_A_WEAPON");
    }

    @Test
    void weapons_bareMinesFollowTheDocumentTopic() {
        assertThat(mentions("Ships hit mines in the Black Sea near the port.")).containsExactly("mines=WEAPON:NAVAL_MINE");
        assertThat(mentions("Landmines were laid. The mines were old.")).containsExactly("Landmines=WEAPON:AP_MINE",
                "mines=WEAPON:AP_MINE");
    }
}
