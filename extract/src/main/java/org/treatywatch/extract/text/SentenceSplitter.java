package org.treatywatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.extract.pipeline.Span;

/**
 * Rule-based sentence boundaries over raw characters, in one linear pass.
 *
 * <p>Why not OpenNLP's {@code SentenceDetectorME} with the UD English model: it needs the model
 * artifact at run time and a maximum-entropy decision at every candidate, while news text is
 * regular enough for a handful of rules, and the 2 MB/s-per-core target leaves no room for
 * a POS tagger anyway (the rest of the pipeline is rule-based, shallow and trigger-filtered). The
 * rules: a sentence ends at {@code . ! ?} (with any closing quotes or brackets) followed by space
 * and an upper-case letter, digit or opening quote, unless the word before the full stop is a
 * known abbreviation ("Gen.", "Mr.", "U.S."), an initial, or the number of a list item that opens
 * its line ("1. Russia | 26.5 million"); a line break ends a sentence after terminal punctuation
 * or a closing quote, a blank line always does, and so does the line break of a table row (a line
 * holding {@code |}) or of the line just before one, so each row and the header over the rows are
 * sentences of their own; and a boundary is not taken inside a double-quoted passage that closes
 * later in the same paragraph, so a quote of two sentences stays with its attribution ("... mines.
 * It will be a significant amount," X said).
 */
public final class SentenceSplitter {
    private static final int QUOTE_LOOKAHEAD_CHARS = 600;
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "sen", "rep", "gov", "st",
            "prof", "jr", "sr", "vs", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "inc", "corp", "ltd", "co", "dept", "approx", "fig", "adm", "brig", "cmdr", "hon",
            "rev", "mt", "ft", "pres", "amb", "e.g", "i.e", "cf", "al", "op", "art", "para");

    private SentenceSplitter() {}

    /** The sentence spans of {@code text}, trimmed of surrounding space, in order. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0, n);
        boolean inStraightQuote = false;
        boolean inCurlyQuote = false;
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                int next = skipSpace(text, i, n);
                boolean blankLine = countNewlines(text, i, next) >= 2;
                char before = lastNonSpace(text, start, i);
                boolean terminal = before == '.' || before == '!' || before == '?' || before == ':' || isClosingQuote(before)
                        || before == '\'' || before == ')';
                boolean headline = next < n && i - start < 90 && (Character.isUpperCase(text.charAt(next))
                        || isOpeningQuote(text.charAt(next)));
                boolean tableRow = hasPipe(text, lineStart(text, i), i) || hasPipe(text, next, lineEnd(text, next, n));
                if (blankLine || terminal || headline || tableRow || next >= n) {
                    add(out, text, start, i);
                    start = next;
                    inStraightQuote = false;
                    inCurlyQuote = false;
                }
                i = next;
                continue;
            }
            if (c == '"') {
                inStraightQuote = !inStraightQuote;
            } else if (c == '\u201C') {
                inCurlyQuote = true;
            } else if (c == '\u201D') {
                inCurlyQuote = false;
            }
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                boolean closedQuote = false;
                while (end < n && (isClosingQuote(text.charAt(end)) || text.charAt(end) == ')' || text.charAt(end) == ']'
                        || text.charAt(end) == '\'')) {
                    if (text.charAt(end) == '"') {
                        inStraightQuote = !inStraightQuote;
                    } else if (text.charAt(end) == '\u201D') {
                        inCurlyQuote = false;
                    }
                    closedQuote = true;
                    end++;
                }
                if (end < n && isSpaceChar(text.charAt(end))) {
                    int next = skipSpace(text, end, n);
                    boolean newline = countNewlines(text, end, next) > 0;
                    boolean startsSentence = next < n && startsSentence(text.charAt(next));
                    boolean quoted = (inStraightQuote || inCurlyQuote) && !closedQuote
                            && quoteClosesLater(text, next, n);
                    if (!newline && startsSentence && !quoted && !(c == '.' && (isAbbreviation(text, start, i)
                            || isListNumber(text, start, i)))) {
                        add(out, text, start, end);
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < n) {
            add(out, text, start, n);
        }
        return out;
    }

    /** The first character of the line that holds {@code at}. */
    private static int lineStart(String text, int at) {
        int k = at;
        while (k > 0 && !isLineBreak(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** The line break (or the end of the text) that ends the line starting at {@code from}. */
    private static int lineEnd(String text, int from, int n) {
        int k = from;
        while (k < n && !isLineBreak(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean hasPipe(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '|') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028';
    }

    private static void add(List<Span> out, String text, int start, int end) {
        int e = end;
        while (e > start && isSpaceChar(text.charAt(e - 1))) {
            e--;
        }
        int s = skipSpace(text, start, e);
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    private static boolean quoteClosesLater(String text, int from, int n) {
        int limit = Math.min(n, from + QUOTE_LOOKAHEAD_CHARS);
        for (int k = from; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201D') {
                return true;
            }
            if (c == '\n' || c == '\u201C') {
                return false;
            }
        }
        return false;
    }

    /** "1. Russia | 26.5 million": a number of up to three digits opening its line numbers a list item. */
    private static boolean isListNumber(String text, int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && Character.isDigit(text.charAt(k - 1))) {
            k--;
        }
        return k == sentenceStart && dot - k >= 1 && dot - k <= 3 && skipSpace(text, lineStart(text, k), k) == k;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        if (k == dot) {
            return false;
        }
        String word = text.substring(k, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        if (word.indexOf('.') > 0 && word.length() <= 5) {
            return true; // "U.S", "U.K", "e.g"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || isOpeningQuote(c) || c == '(' || c == '\''
                || c == '\u2018' || Character.isTitleCase(c) || Character.isSurrogate(c);
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018';
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u00BB' || c == '\u2019';
    }

    private static boolean isSpaceChar(char c) {
        return Tokenizer.isSpace(c);
    }

    private static int skipSpace(String text, int from, int to) {
        int k = from;
        while (k < to && isSpaceChar(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int countNewlines(String text, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\u2029') {
                count++;
            }
        }
        return count;
    }

    private static char lastNonSpace(String text, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (!isSpaceChar(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return ' ';
    }
}
