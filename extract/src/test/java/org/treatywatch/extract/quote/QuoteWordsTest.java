package org.treatywatch.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuoteWordsTest {

    @Test
    void everyListTheStageReads_isInItsFile() {
        for (String name : QuoteWords.NAMES) {
            assertThat(QuoteWords.get(name)).as(name).isNotEmpty();
        }
        assertThat(QuoteWords.get("speech-verbs")).contains("said", "told");
        assertThatThrownBy(() -> QuoteWords.get("no-such-list")).hasMessageContaining("quote-words.txt");
    }
}
