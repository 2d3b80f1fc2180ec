package org.treatywatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;

/**
 * Lucene's {@code checkRandomData} for the extractor: strings blasted together from mine and
 * treaty words, state names, quotes (straight and curly), NBSP, emoji, lone surrogates, datelines
 * and junk, through the validating pipeline (which rethrows). Two invariants: no exception, and
 * every evidence is exactly its slice of the text. Fixed seed, so a failure reproduces.
 */
class RandomBlastTest {
    private static final String[] PIECES = {"Lithuania", "Finland's", "Russian", "the two countries", "Each side",
            "the other", "accused", "of using", "mines", "landmines", "anti-personnel", "anti-tank", "naval", "coal mine",
            "mine", "will", "not", "could", "produce", "production", "supply", "to Ukraine", "the Ottawa Convention",
            "treaty", "which is not a party", "pull out of", "\"", "\u201C", "\u201D", "\u2019s", "'", ",", ".", "!", "?",
            "\n", "\n\n", " ", "\u00A0", "\uD83D\uDCA3", "\uD800", "\uDC00", "VILNIUS (Reuters) -", "(", ")", "-", "\u2014",
            "tens of thousands of", "hundreds of millions of euros", "next year", "in six months", "1,340", "U.S.",
            "he said", "said Aleksa,", "Deputy Defence Minister Karolis Aleksa told Reuters", "they", "it", "we", "our",
            "the Baltic states", "Poland, Latvia and Estonia", "those three countries", "banned", "the withdrawal allows",
            "\u0000", "\t", "Once", "if needed", "by Russian forces", "received", "from", "stockpile", "destroyed"};

    @Test
    void randomText_neverThrows_andEveryEvidenceIsItsSlice() {
        ClaimExtractor extractor = Extractors.checking();
        Random random = new Random(20261126L);
        for (int round = 0; round < 400; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(80);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
                if (random.nextInt(20) == 0) {
                    b.append((char) random.nextInt(0x3000));
                }
            }
            String text = b.toString();
            List<Claim> claims = extractor.extract(Document.of("blast-" + round, text));
            for (Claim c : claims) {
                assertThat(c.evidence().matches(text)).as("round %d: %s", round, c).isTrue();
            }
        }
    }

    @Test
    void emptyAndBlankText_yieldNoClaims() {
        ClaimExtractor extractor = Extractors.checking();
        assertThat(extractor.extract(Document.of("empty", ""))).isEmpty();
        assertThat(extractor.extract(Document.of("blank", " \n\u00A0\t"))).isEmpty();
        assertThat(extractor.extract(Document.of("quote", "\""))).isEmpty();
        assertThat(extractor.extract(Document.of("mine", "mine"))).isEmpty();
    }

    @Test
    void binaryJunk_neverThrows() {
        ClaimExtractor extractor = Extractors.checking();
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            char[] chars = new char[random.nextInt(4000)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            String text = new String(chars) + " mines Lithuania will produce mines. ";
            for (Claim c : extractor.extract(Document.of("junk-" + round, text))) {
                assertThat(c.evidence().matches(text)).isTrue();
            }
        }
    }
}
