package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartiesTest {

    private static Parties parties(StageFixture f) {
        return new Parties(f.layers, new SubjectFinder(f.layers));
    }

    @Test
    void recipientsAfter_toAndAList_withoutTheGiver() {
        StageFixture f = new StageFixture("The United States will send anti-personnel mines to Ukraine and Moldova.");
        int t = f.token("send");
        assertThat(parties(f).recipientsAfter(f.sentenceOf(t), t, List.of("USA"))).containsExactly("UKR", "MDA");
    }

    @Test
    void recipientsAfter_stopsAtANewClausesSubject() {
        StageFixture f = new StageFixture("Poland will deliver anti-personnel mines to Moldova, and Sweden said it would wait.");
        int t = f.token("deliver");
        assertThat(parties(f).recipientsAfter(f.sentenceOf(t), t, List.of("POL"))).containsExactly("MDA");
    }

    @Test
    void giversAfter_from() {
        StageFixture f = new StageFixture("Ukraine received anti-personnel mines from the United States.");
        int t = f.token("received");
        assertThat(parties(f).giversAfter(f.sentenceOf(t), t)).containsExactly("USA");
    }

    @Test
    void companions_togetherWith() {
        StageFixture f = new StageFixture("Estonia left the Ottawa Convention together with Latvia and Lithuania.");
        int t = f.token("left");
        assertThat(parties(f).companions(f.sentenceOf(t), t)).containsExactly("LVA", "LTU");
    }
}
