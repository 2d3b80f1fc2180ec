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
}
