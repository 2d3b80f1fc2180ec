package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectFinderTest {

    private static SubjectFinder.Subject subjectAt(String text, String word) {
        StageFixture f = new StageFixture(text);
        int t = f.token(word);
        return new SubjectFinder(f.layers).subjectOf(f.sentenceOf(t), t, f.act(t));
    }

    @Test
    void nearestStateToTheLeft_withAList() {
        assertThat(subjectAt("Poland and Latvia will produce anti-personnel mines.", "produce").states())
                .containsExactly("POL", "LVA");
    }

    @Test
    void passive_takesItsByAgent() {
        assertThat(subjectAt("Anti-personnel mines were laid by Russian forces.", "laid").states()).containsExactly("RUS");
    }

    @Test
    void treatyActNoun_takesTheStateAfterItsOf() {
        assertThat(subjectAt("The withdrawals of Estonia, Latvia and Lithuania took effect in December.", "withdrawals")
                .states()).containsExactly("EST", "LVA", "LTU");
        assertThat(subjectAt("The accession of Oman to the Ottawa Convention was welcomed.", "accession").states())
                .containsExactly("OMN");
    }

    @Test
    void genericAgent_givesWayToTheStateNamedAfterItsOf() {
        assertThat(subjectAt("Those abstaining included Cuba, Egypt and India. The Observatory confirmed new use of "
                + "anti-personnel mines by the government forces of one state: Syria.", "use").states()).containsExactly("SYR");
    }

    @Test
    void twoAgents_byAndBy_areBothWhoActs() {
        assertThat(subjectAt("The Monitor documented use of anti-personnel mines by Russian forces in Ukraine during the "
                + "past year, and by the armed forces of Myanmar.", "use").states()).containsExactly("RUS", "MMR");
        assertThat(subjectAt("The Monitor recorded use of anti-personnel mines by government forces in Myanmar and Syria.",
                "use").states()).containsExactly("MMR", "SYR");
    }

    @Test
    void gappedClauses_afterTheAct_addTheirStates() {
        assertThat(subjectAt("Estonia joined the convention in 2004, Latvia in 2005 and Lithuania, which had signed in 1999, "
                + "in 2003.", "joined").states()).containsExactly("EST", "LVA", "LTU");
        assertThat(subjectAt("Poland produced anti-personnel mines in 2024, Finland said in May.", "produced").states())
                .containsExactly("POL");
        // an abbreviated month opens the gapped clause's date too
        assertThat(subjectAt("Croatia ratified the convention on Aug. 17, Serbia on Sept. 18.", "ratified").states())
                .containsExactly("HRV", "SRB");
    }

    @Test
    void accusation_makesTheAccusedTheActor_alleged() {
        SubjectFinder.Subject s = subjectAt("Azerbaijan accused Armenia of planting anti-personnel mines.", "planting");
        assertThat(s.states()).containsExactly("ARM");
        assertThat(s.alleged()).isTrue();
        assertThat(s.allegedBy()).isEqualTo("AZE");
    }

    @Test
    void objectOfAPreposition_isNoSubject() {
        SubjectFinder.Subject s = subjectAt("The threat from Russia means new anti-personnel mines will be laid.", "laid");
        assertThat(s == null || !s.states().contains("RUS")).isTrue();
    }

    @Test
    void treatyThatBans_isAGeneralRule() {
        assertThat(subjectAt("The treaty bans signatories from producing mines.", "producing").generalRule()).isTrue();
    }
}
