package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActChecksTest {

    @Test
    void question_isNoAct() {
        StageFixture f = new StageFixture("Asked whether Poland would send anti-personnel mines, the minister smiled.");
        int t = f.token("send");
        assertThat(new ActChecks(f.layers).inQuestionOrObjectClause(f.sentenceOf(t), t)).isTrue();
    }

    @Test
    void yesNoQuestion_isNoAct_whateverItsLabel() {
        for (String q : new String[] {"Q: Will Latvia supply anti-personnel mines to Ukraine?",
                "Leino: Would Finland lay anti-personnel mines along its border?", "Could Estonia buy anti-personnel mines?"}) {
            StageFixture f = new StageFixture(q);
            assertThat(new ActChecks(f.layers).yesNoQuestion(f.layers.sentences.getFirst())).as(q).isTrue();
        }
        for (String a : new String[] {"Latvia will supply anti-personnel mines to Ukraine.",
                "Why has Russia laid so many anti-personnel mines?"}) {
            StageFixture f = new StageFixture(a);
            assertThat(new ActChecks(f.layers).yesNoQuestion(f.layers.sentences.getFirst())).as(a).isFalse();
        }
    }

    @Test
    void ceasedToBeAParty() {
        StageFixture f = new StageFixture("Lithuania formally ceased to be a party to the Ottawa Convention.");
        int t = f.token("party");
        assertThat(new ActChecks(f.layers).ceasedBefore(f.sentenceOf(t), t)).isTrue();
    }

    @Test
    void stockpileNearADestruction_unlessItFailed() {
        StageFixture destroyed = new StageFixture("Belarus destroyed its stockpile of anti-personnel mines.");
        int t = destroyed.token("stockpile");
        ActChecks checks = new ActChecks(destroyed.layers);
        int d = checks.nearDestruction(destroyed.sentenceOf(t), t);
        assertThat(d).isEqualTo(destroyed.token("destroyed"));
        assertThat(checks.failedBefore(destroyed.sentenceOf(t), d)).isFalse();

        StageFixture failed = new StageFixture("Greece has failed to destroy its stockpile of anti-personnel mines.");
        int u = failed.token("stockpile");
        ActChecks other = new ActChecks(failed.layers);
        assertThat(other.failedBefore(failed.sentenceOf(u), other.nearDestruction(failed.sentenceOf(u), u))).isTrue();
    }
}
