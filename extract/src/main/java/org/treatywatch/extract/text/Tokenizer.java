package org.treatywatch.extract.text;

import java.util.List;
import java.util.Locale;
import org.treatywatch.extract.pipeline.Span;
import org.treatywatch.extract.pipeline.Token;

/**
 * Splits text into words, numbers and punctuation by code point, so a surrogate pair (emoji) is
 * never cut. Words keep inner hyphens ("anti-personnel", "274-km"), inner apostrophes ("didn't",
 * "O'Brien") and the full stops of initialisms ("U.S."); numbers keep their separators ("1,340",
 * "1.5"). A possessive {@code 's} (straight or curly apostrophe) becomes its own token so that
 * "Lithuania's" yields the name "Lithuania". Non-breaking and other Unicode spaces separate tokens.
 * Linear time, no regular expressions: this runs over every character of every document.
 */
public final class Tokenizer {

    public static void tokenize(String text, int from, int to, int sentence, List<Token> out) {
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isSpace(cp)) {
                i += n;
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                int j = scanWord(text, i, to);
                String surface = text.substring(i, j);
                boolean number = Character.isDigit(cp) && isNumber(surface);
                out.add(new Token(new Span(i, j), norm(surface), number ? Token.Kind.NUMBER : Token.Kind.WORD, sentence));
                i = j;
                continue;
            }
            if (isApostrophe(cp) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                out.add(new Token(new Span(i, i + 2), "'s", Token.Kind.WORD, sentence));
                i += 2;
                continue;
            }
            Token.Kind kind = isQuote(cp) ? Token.Kind.QUOTE : Token.Kind.PUNCT;
            out.add(new Token(new Span(i, i + n), norm(text.substring(i, i + n)), kind, sentence));
            i += n;
        }
    }

    private static int scanWord(String text, int start, int to) {
        int j = start;
        while (j < to) {
            int cp = text.codePointAt(j);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                j += Character.charCount(cp);
                continue;
            }
            if (j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                char next = text.charAt(j + 1);
                char prev = text.charAt(j - 1);
                if (cp == '-' || cp == '\u2010' || cp == '\u2011') {
                    j++;
                    continue;
                }
                if (isApostrophe(cp)) {
                    // possessive 's ends the word; "didn't", "O'Brien" keep it
                    boolean possessive = (next == 's' || next == 'S')
                            && (j + 2 >= to || !Character.isLetterOrDigit(text.charAt(j + 2)));
                    if (possessive) {
                        break;
                    }
                    j++;
                    continue;
                }
                if ((cp == ',' || cp == '.') && Character.isDigit(prev) && Character.isDigit(next)) {
                    j++;
                    continue;
                }
                if (cp == '.' && Character.isLetter(prev) && Character.isLetter(next) && isInitialism(text, start, j)) {
                    j++;
                    continue;
                }
            }
            break;
        }
        // "U.S." keeps its final full stop
        if (j < to && text.charAt(j) == '.' && j - start >= 3 && text.charAt(j - 2) == '.' && isInitialism(text, start, j)) {
            j++;
        }
        return j;
    }

    /** True when text[start, end) is single letters separated by full stops: "U", "U.S", "U.K". */
    private static boolean isInitialism(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            boolean letterPosition = (k - start) % 2 == 0;
            if (letterPosition ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(Character.isDigit(c) || c == ',' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF' || cp == '\u200B';
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC';
    }

    static boolean isQuote(int cp) {
        return cp == '"' || cp == '\u201C' || cp == '\u201D' || cp == '\u201E' || cp == '\u00AB' || cp == '\u00BB'
                || cp == '\'' || cp == '\u2018' || cp == '\u2019';
    }

    /** Lower case with typographic quotes, apostrophes and dashes folded to ASCII. */
    public static String norm(String surface) {
        return fold(surface, true).toLowerCase(Locale.ROOT);
    }

    /**
     * Typographic quotes and apostrophes folded to ASCII, case and dashes kept: one char for one,
     * so offsets into the surface stay valid (the syntax layer's words).
     */
    public static String foldQuotes(String surface) {
        return fold(surface, false);
    }

    private static String fold(String surface, boolean dashes) {
        StringBuilder b = null;
        for (int k = 0; k < surface.length(); k++) {
            char c = surface.charAt(k);
            char f = switch (c) {
                case '\u2019', '\u2018', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2013', '\u2014', '\u2010', '\u2011', '\u2212' -> dashes ? '-' : c;
                default -> c;
            };
            if (f != c) {
                if (b == null) {
                    b = new StringBuilder(surface);
                }
                b.setCharAt(k, f);
            }
        }
        return b == null ? surface : b.toString();
    }

    private Tokenizer() {}
}
