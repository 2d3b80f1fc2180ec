package org.treatywatch.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Span;
import org.treatywatch.extract.pipeline.Stage;
import org.treatywatch.extract.pipeline.TimeExpression;
import org.treatywatch.extract.pipeline.Token;

/**
 * Reads times and resolves them against the document's published date (CODEBOOK.md, {@code when}):
 * "next year", "this year", "last year", "next month", "in six months", "within two years",
 * "in 2027", "by 2030", "March 2026", "in March", "27 June 2025", "June 27, 2025". A relative time in
 * a document without a date stays unresolved (value null) but still counts as future, which the
 * modality rules use ("next year" marks a plan). Bare years count only after a preposition
 * ("in 2027"), so "the 1997 Ottawa treaty" is a name, not a time. A month without a year after "in" ("the
 * withdrawals of Estonia and Latvia in December") resolves to the published year but marks no future: it is as
 * often the last such month as the next, which the verbs tell; "by December", "until December" do.
 */
public final class TimeResolver implements Stage {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("aug", 8), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("a", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("eighteen", 18));
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "by", "from", "since", "until", "till", "before",
            "after", "during", "of", "early", "late", "mid", "end", "throughout", "around");

    /** Whether a token's lower-cased form names a month, in full or abbreviated ("january", "sept"). */
    public static boolean isMonthName(String norm) {
        return MONTHS.containsKey(norm);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        return in.with(Layers.TIMES, resolve(in.text(), in.get(Layers.TOKENS), in.document().published()));
    }

    public static List<TimeExpression> resolve(String text, List<Token> tokens, LocalDate published) {
        List<TimeExpression> out = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i).norm();
            String w1 = i + 1 < n ? tokens.get(i + 1).norm() : "";
            String w2 = i + 2 < n ? tokens.get(i + 2).norm() : "";
            int sameSentence = tokens.get(i).sentence();
            // next / this / last year|month
            if ((w.equals("next") || w.equals("this") || w.equals("last") || w.equals("coming")) && (w1.equals("year") || w1.equals("month"))) {
                int delta = w.equals("next") || w.equals("coming") ? 1 : w.equals("last") ? -1 : 0;
                String v = null;
                if (published != null) {
                    v = w1.equals("year") ? String.valueOf(published.getYear() + delta)
                            : YearMonth.from(published).plusMonths(delta).toString();
                }
                out.add(expr(tokens, i, i + 2, v, delta > 0));
                i++;
                continue;
            }
            // in / within N months|years|weeks
            if ((w.equals("in") || w.equals("within")) && (SMALL_NUMBERS.containsKey(w1) || isInt(w1))
                    && Set.of("months", "month", "years", "year", "weeks").contains(w2) && sameSentence(tokens, i, 3)) {
                int count = SMALL_NUMBERS.containsKey(w1) ? SMALL_NUMBERS.get(w1) : Integer.parseInt(w1);
                String v = null;
                if (published != null && count < 100) {
                    if (w2.startsWith("year")) {
                        v = String.valueOf(published.getYear() + count);
                    } else if (w2.startsWith("month")) {
                        v = YearMonth.from(published).plusMonths(count).toString();
                    } else {
                        v = YearMonth.from(published.plusWeeks(count)).toString();
                    }
                }
                out.add(expr(tokens, i, i + 3, v, true));
                i += 2;
                continue;
            }
            // 27 June 2025
            if (isInt(w) && w.length() <= 2 && MONTHS.containsKey(w1) && isYear(w2) && sameSentence(tokens, i, 3)) {
                out.add(date(tokens, i, i + 3, Integer.parseInt(w2), MONTHS.get(w1), Integer.parseInt(w), published));
                i += 2;
                continue;
            }
            if (MONTHS.containsKey(w) && Character.isUpperCase(text.charAt(tokens.get(i).start()))
                    && !(w.equals("may") && !isInt(w1) && !isYear(w1))) {
                // June 27, 2025 | March 2026 | (in) March
                String w3 = i + 3 < n ? tokens.get(i + 3).norm() : "";
                if (isInt(w1) && w1.length() <= 2 && w2.equals(",") && isYear(w3) && sameSentence(tokens, i, 4)) {
                    out.add(date(tokens, i, i + 4, Integer.parseInt(w3), MONTHS.get(w), Integer.parseInt(w1), published));
                    i += 3;
                    continue;
                }
                if (isYear(w1) && sameSentence(tokens, i, 2)) {
                    String v = String.format("%04d-%02d", Integer.parseInt(w1), MONTHS.get(w));
                    out.add(expr(tokens, i, i + 2, v, isAfter(v, published)));
                    i++;
                    continue;
                }
                if (i > 0 && (tokens.get(i - 1).is("in") || tokens.get(i - 1).is("by") || tokens.get(i - 1).is("until"))) {
                    String v = published == null ? null : String.format("%04d-%02d", published.getYear(), MONTHS.get(w));
                    out.add(expr(tokens, i, i + 1, v, v != null && isAfter(v, published) && !tokens.get(i - 1).is("in")));  // "in December": past or future
                    continue;
                }
            }
            // in 2027, by 2030
            if (isYear(w) && i > 0 && YEAR_PREPOSITIONS.contains(tokens.get(i - 1).norm()) && sameSentence(tokens, i - 1, 2)) {
                out.add(expr(tokens, i, i + 1, w, isAfter(w, published)));
            }
        }
        return out;
    }

    private static boolean sameSentence(List<Token> tokens, int from, int count) {
        int last = Math.min(tokens.size() - 1, from + count - 1);
        return tokens.get(from).sentence() == tokens.get(last).sentence();
    }

    private static TimeExpression date(List<Token> tokens, int from, int to, int year, int month, int day, LocalDate published) {
        try {
            String v = LocalDate.of(year, month, day).toString();
            return expr(tokens, from, to, v, isAfter(v, published));
        } catch (java.time.DateTimeException e) {
            return expr(tokens, from, to, String.format("%04d-%02d", year, month), false);
        }
    }

    private static boolean isAfter(String iso, LocalDate published) {
        if (published == null) {
            return false;
        }
        String p = published.toString().substring(0, iso.length());
        return iso.compareTo(p) > 0;
    }

    private static boolean isInt(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && isInt(s) && (s.startsWith("19") || s.startsWith("20"));
    }

    private static TimeExpression expr(List<Token> tokens, int from, int to, String value, boolean future) {
        return new TimeExpression(new Span(tokens.get(from).start(), tokens.get(to - 1).end()), from, to, value, future);
    }
}
