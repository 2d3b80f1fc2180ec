package org.treatywatch.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Token;

/** Where quotations and speaker phrases lie in the tokens, for {@link QuoteAttributor}: pure functions of the tokens. */
final class SpeakerPhrases {
    private SpeakerPhrases() {}

    /** Token index pairs [open, close] of double quotation marks within a paragraph. */
    static List<int[]> pairQuotes(String text, List<Token> tokens) {
        List<int[]> pairs = new ArrayList<>();
        int open = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.QUOTE || !t.is("\"")) {
                continue;
            }
            char c = text.charAt(t.start());
            if (open >= 0 && text.substring(tokens.get(open).end(), t.start()).indexOf('\n') >= 0) {
                open = -1; // a paragraph ended inside an unclosed quote
            }
            boolean closing = c == '\u201D' || c == '\u00BB' || (c == '"' && open >= 0);
            if (closing) {
                if (open >= 0) {
                    pairs.add(new int[] {open, k});
                    open = -1;
                }
            } else {
                open = k;
            }
        }
        return pairs;
    }

    /**
     * "the representative of the Russian Federation", "the foreign minister of Ukraine": a role named before the
     * one state of the phrase, joined to it by "of" ("representative", "foreign minister"); else null.
     */
    static String roleBeforeState(String text, List<Token> tokens, Mention[] mentionAt, int from, int to) {
        int state = from;
        while (state < to && !(mentionAt[state] != null && mentionAt[state].kind() == Mention.Kind.STATE)) {
            state++;
        }
        int of = state - 1;
        if (of > from && tokens.get(of).is("the")) {
            of--;
        }
        if (state >= to || of <= from || !tokens.get(of).is("of") || mentionAt[state].endToken() != to) {
            return null;
        }
        int roleFrom = from;
        while (roleFrom < of && Set.of("the", "a", "an").contains(tokens.get(roleFrom).norm())) {
            roleFrom++;
        }
        if (roleFrom >= of || of - roleFrom > 4 || !QuoteAttributor.ROLE_WORDS.contains(tokens.get(of - 1).norm())) {
            return null;
        }
        return text.substring(tokens.get(roleFrom).start(), tokens.get(of - 1).end());
    }

    /**
     * "The representative of Ukraine, responding, said", "The representative of Norway, speaking also on behalf of
     * Denmark, Iceland and Sweden, said": the token range [from, to) of the phrase before the last participle's
     * apposition (a comma, then a lower-case word in "-ing") that ends at the speech verb {@code v}; else null.
     */
    static int[] beforeParticiple(String text, List<Token> tokens, int first, int v) {
        for (int c = v - 1; c > first && v - c <= 16; c--) {
            Token next = tokens.get(c + 1);
            if (!tokens.get(c).is(",") || !next.norm().endsWith("ing") || !Character.isLowerCase(text.charAt(next.start()))) {
                continue;
            }
            int start = c - 1;
            while (start >= first && !tokens.get(start).is(",") && c - start <= 12) {
                start--;
            }
            return start + 1 < c && c - start <= 12 ? new int[] {start + 1, c} : null;
        }
        return null;
    }
}
