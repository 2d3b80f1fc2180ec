package org.treatywatch.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the words of a query in a text, for display. The output is HTML: the text is escaped
 * (so a document cannot inject markup) and each match is wrapped in {@code <mark>...</mark>}.
 * Matches are found with {@link Terms}, the same tokenizer that found the row, so what is
 * highlighted is exactly what matched.
 */
public final class Highlighter {
    private Highlighter() {}

    /** A match: {@code [start, end)} in UTF-16 code units of the text. */
    public record Match(int start, int end) {}

    /** The tokens of {@code text} that match a word of {@code query}. */
    public static List<Match> matches(String text, SearchQuery query) {
        List<Match> out = new ArrayList<>();
        for (Terms.Token t : Terms.tokens(text)) {
            for (SearchQuery.Word w : query.words()) {
                if (w.matches(t.term())) {
                    out.add(new Match(t.start(), t.end()));
                    break;
                }
            }
        }
        return out;
    }

    /** All of {@code text}, escaped, with every match marked. */
    public static String highlight(String text, SearchQuery query) {
        return render(text, 0, text.length(), matches(text, query), false, false);
    }

    /**
     * A window of about {@code maxChars} around the first match, escaped and marked, with an
     * ellipsis where text was cut; the start of the text when nothing matches.
     */
    public static String snippet(String text, SearchQuery query, int maxChars) {
        List<Match> all = matches(text, query);
        if (text.length() <= maxChars) {
            return render(text, 0, text.length(), all, false, false);
        }
        int centre = all.isEmpty() ? 0 : all.get(0).start();
        int start = Math.max(0, centre - maxChars / 3);
        int end = Math.min(text.length(), start + maxChars);
        start = Math.max(0, Math.min(start, end - maxChars));
        // never cut a surrogate pair or a word in half
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return render(text, start, end, all, start > 0, end < text.length());
    }

    private static String render(String text, int from, int to, List<Match> matches, boolean leftCut, boolean rightCut) {
        StringBuilder sb = new StringBuilder(to - from + 32);
        if (leftCut) {
            sb.append('\u2026');
        }
        int pos = from;
        for (Match m : matches) {
            if (m.end() <= from || m.start() >= to) {
                continue;
            }
            escape(text, pos, Math.max(pos, m.start()), sb);
            sb.append("<mark>");
            escape(text, Math.max(pos, m.start()), Math.min(to, m.end()), sb);
            sb.append("</mark>");
            pos = Math.min(to, m.end());
        }
        escape(text, pos, to, sb);
        if (rightCut) {
            sb.append('\u2026');
        }
        return sb.toString();
    }

    /** Appends {@code text[from, to)} HTML-escaped (the five characters that matter in text and attributes). */
    public static void escape(String text, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }
}
