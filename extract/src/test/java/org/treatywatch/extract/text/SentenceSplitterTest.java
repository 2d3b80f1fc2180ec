package org.treatywatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.pipeline.Span;

class SentenceSplitterTest {

    private static void assertSplitsTo(String text, String... expected) {
        List<Span> spans = SentenceSplitter.split(text);
        assertThat(spans.stream().map(s -> s.of(text)).toList()).containsExactly(expected);
    }

    @Test
    void split_atFullStopBeforeCapital() {
        assertSplitsTo("Poland left the treaty. Latvia did too.", "Poland left the treaty.", "Latvia did too.");
    }

    @Test
    void split_keepsAbbreviationsAndInitialisms() {
        assertSplitsTo("U.S. President Donald Trump spoke to Gen. Smith and J. Doe. Then he left.",
                "U.S. President Donald Trump spoke to Gen. Smith and J. Doe.", "Then he left.");
    }

    @Test
    void split_keepsAQuoteOfTwoSentencesWithItsAttribution() {
        assertSplitsTo("\"We will buy mines. It will cost a lot,\" the minister said. Others agreed.",
                "\"We will buy mines. It will cost a lot,\" the minister said.", "Others agreed.");
    }

    @Test
    void split_curlyQuotesAndNonBreakingSpaces() {
        assertSplitsTo("\u201CWe will stay.\u201D\u00A0Latvia said so.", "\u201CWe will stay.\u201D", "Latvia said so.");
    }

    @Test
    void split_headlinesAndParagraphsOnTheirOwnLines() {
        assertSplitsTo("'DUTY TO SUPPORT UKRAINE'\nFinland has a long border.\n\nIt is long.",
                "'DUTY TO SUPPORT UKRAINE'", "Finland has a long border.", "It is long.");
    }

    @Test
    void split_tableRowsAndTheLineBeforeThemEndAtTheirLineBreaks() {
        // no line break here follows terminal punctuation, and the lines are too long for headlines
        assertSplitsTo("""
                Table 2 (written as lines): state | stock remaining according to the latest reports | status
                Myanmar | at least 17 ethnic armed groups and the army, all of them laying mines | not party
                Thailand | southern insurgent groups, mostly improvised devices, rarely factory-made | State Party
                The table is incomplete.""",
                "Table 2 (written as lines): state | stock remaining according to the latest reports | status",
                "Myanmar | at least 17 ethnic armed groups and the army, all of them laying mines | not party",
                "Thailand | southern insurgent groups, mostly improvised devices, rarely factory-made | State Party",
                "The table is incomplete.");
        assertSplitsTo("Estimates for the states that have never joined the treaty, as the Monitor gives them\n1 | Russia | 26.5 million",
                "Estimates for the states that have never joined the treaty, as the Monitor gives them", "1 | Russia | 26.5 million");
    }

    @Test
    void split_aLineWithoutTerminalPunctuationRunsOnWhenNoTableIsNear() {
        assertSplitsTo("Finland has long argued that mines are essential for the defence of its long eastern border\nwith Russia.",
                "Finland has long argued that mines are essential for the defence of its long eastern border\nwith Russia.");
    }

    @Test
    void split_keepsAListItemsNumberWithItsItem() {
        assertSplitsTo("The largest stockpiles:\n1. Russia | 26.5 million\n2. Pakistan | about 6 million",
                "The largest stockpiles:", "1. Russia | 26.5 million", "2. Pakistan | about 6 million");
        // a number ending a sentence inside a line still ends it
        assertSplitsTo("Its stock fell to 12. Finland still holds many.", "Its stock fell to 12.", "Finland still holds many.");
    }

    @Test
    void split_emptyAndBlankTextHasNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(" \n\u00A0\t")).isEmpty();
    }
}
