package org.treatywatch.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The actor and quote stages read their word lists from rule files, with the loader's checks. */
class ActorWordsTest {

    @Test
    void everyListTheStagesRead_isInItsFile() {
        for (String name : ActorWords.NAMES) {
            assertThat(ActorWords.get(name)).as(name).isNotEmpty();
        }
        assertThat(ActorWords.get("plural-heads")).contains("countries", "governments");
        assertThat(ActorWords.get("prepositions")).contains("to", "against");
    }

    @Test
    void aListTheFileDoesNotHold_namesTheFile() {
        assertThatThrownBy(() -> ActorWords.get("no-such-list")).hasMessageContaining("actor-words.txt");
    }
}
