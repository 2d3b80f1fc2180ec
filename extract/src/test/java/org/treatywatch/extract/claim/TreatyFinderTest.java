package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreatyFinderTest {

    private static String treatyAt(String text, String word) {
        StageFixture f = new StageFixture(text);
        int t = f.token(word);
        return new TreatyFinder(f.layers).treatyOf(f.sentenceOf(t), t, f.act(t));
    }

    @Test
    void verb_takesTheTreatyNamedAfterIt() {
        assertThat(treatyAt("Lithuania will withdraw from the Convention on Cluster Munitions.", "withdraw"))
                .isEqualTo("CCM");
        assertThat(treatyAt("Poland will pull out of the Ottawa Convention.", "pull")).isEqualTo("APMBC");
    }

    @Test
    void theTreaty_isTheLastTreatyNamed() {
        assertThat(treatyAt("Finland is a party to the Ottawa Convention. It will leave the treaty.", "leave"))
                .isEqualTo("APMBC");
    }

    @Test
    void treatyOutsideTheCodebook_givesNone() {
        assertThat(treatyAt("Lithuania will withdraw from the Vienna Convention.", "withdraw")).isNull();
    }

    @Test
    void actNoun_takesItsOfOrFromTreaty() {
        assertThat(treatyAt("Estonia announced its withdrawal from the Mine Ban Treaty.", "withdrawal"))
                .isEqualTo("APMBC");
    }

    @Test
    void it_isTheArticlesMainTreaty_overOneNamedInPassing() {
        String text = "The Convention on Cluster Munitions enters into force today for its first States Parties. "
                + "The Convention on Cluster Munitions was agreed faster than the Ottawa Convention, campaigners said. "
                + "Germany and Japan have signed it.";
        assertThat(treatyAt(text, "signed")).isEqualTo("CCM");
        // near miss: without another treaty in the window, "it" is the one named last
        assertThat(treatyAt("Germany is a party to the Ottawa Convention. Japan has signed it.", "signed")).isEqualTo("APMBC");
    }
}
