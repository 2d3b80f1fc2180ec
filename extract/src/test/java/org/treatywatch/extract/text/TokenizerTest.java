package org.treatywatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.pipeline.Token;

class TokenizerTest {

    private static void assertTokenizesTo(String text, String... surfaces) {
        List<Token> tokens = new ArrayList<>();
        Tokenizer.tokenize(text, 0, text.length(), 0, tokens);
        assertThat(tokens.stream().map(t -> t.span().of(text)).toList()).containsExactly(surfaces);
    }

    @Test
    void tokenize_splitsPossessivesWithStraightAndCurlyApostrophes() {
        assertTokenizesTo("Lithuania's and Finland\u2019s", "Lithuania", "'s", "and", "Finland", "\u2019s");
    }

    @Test
    void tokenize_keepsHyphenatedWordsNumbersAndInitialisms() {
        assertTokenizesTo("U.S. anti-personnel mines, 1,340 km (274-km)", "U.S.", "anti-personnel", "mines", ",", "1,340", "km",
                "(", "274-km", ")");
    }

    @Test
    void tokenize_neverSplitsASurrogatePairAndTreatsNbspAsSpace() {
        assertTokenizesTo("mines\u00A0\uD83D\uDCA3 here", "mines", "\uD83D\uDCA3", "here");
    }

    @Test
    void norm_foldsTypographicQuotesAndCase() {
        assertThat(Tokenizer.norm("\u201CDidn\u2019t\u201D")).isEqualTo("\"didn't\"");
    }
}
