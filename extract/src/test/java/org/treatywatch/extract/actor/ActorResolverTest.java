package org.treatywatch.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.TestPipelines;
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
}
