package org.treatywatch.store.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one tokenizer behind free-text search, on SQLite and PostgreSQL alike. A term is a run of
 * letters and digits, case-folded and stripped of diacritics ("Türkiye" and "turkiye" are one term,
 * as are "Mines" and "mines"); no stemming, so "mine" does not find "mines" unless the query says
 * {@code mine*} (a prefix). Terms longer than {@link #MAX_TERM_CHARS} are cut.
 *
 * <p>Why not each database's own full-text search: SQLite's FTS5 and PostgreSQL's tsvector split,
 * stem and rank differently, so the same query would find different claims on a laptop and on the
 * team's server. A terms table filled by this class inside the document's own transaction finds
 * the same rows on both, survives a kill -9 together with the document, and needs no index beside
 * the database to keep in step (which a Lucene directory would).
 *
 * <p>Token offsets are UTF-16 code units into the original text, end exclusive, like evidence.
 */
public final class Terms {
    public static final int MAX_TERM_CHARS = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Terms() {}

    /** A token of a text: {@code [start, end)} of the original, and its normalised term. */
    public record Token(int start, int end, String term) {}

    /** Every token of {@code text}, in order. */
    public static List<Token> tokens(CharSequence text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = Character.codePointAt(text, i);
                if (!isWordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            out.add(new Token(start, i, normalise(text.subSequence(start, i).toString())));
        }
        return out;
    }

    /** The distinct terms of {@code text}, as stored in the terms tables. */
    public static Set<String> distinct(CharSequence text) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens(text)) {
            out.add(t.term());
        }
        return out;
    }

    /** One word in canonical form: case-folded, no diacritics, at most {@link #MAX_TERM_CHARS}. */
    public static String normalise(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return s.length() > MAX_TERM_CHARS ? s.substring(0, MAX_TERM_CHARS) : s;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
