package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Stage;

class ClaimDetailsTest {

    @Test
    void stage_fromTheSentencesWords() {
        StageFixture f = new StageFixture("Lithuania deposited its instrument of withdrawal from the Ottawa Convention.");
        int t = f.token("withdrawal");
        assertThat(new ClaimDetails(f.layers).stageOf(f.sentenceOf(t))).isEqualTo(Stage.NOTIFIED);
    }

    @Test
    void quantity_nearestCountOfMines() {
        StageFixture f = new StageFixture("Poland will buy 10,000 anti-personnel mines.");
        int t = f.token("buy");
        assertThat(new ClaimDetails(f.layers).quantityOf(f.sentenceOf(t), t).min()).isEqualTo(10_000L);
    }

    @Test
    void evidence_widensBackToTheSentenceNamingTheActor() {
        String text = "Lithuania and Finland will leave the treaty. They will also produce anti-personnel mines.";
        StageFixture f = new StageFixture(text);
        int t = f.token("produce");
        assertThat(new ClaimDetails(f.layers).evidenceFor(f.sentenceOf(t), t, f.token("lithuania")).text()).isEqualTo(text);
        assertThat(new ClaimDetails(f.layers).evidenceFor(f.sentenceOf(t), t, -1).text())
                .isEqualTo("They will also produce anti-personnel mines.");
    }
}
