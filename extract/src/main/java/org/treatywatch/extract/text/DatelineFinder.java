package org.treatywatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatywatch.extract.pipeline.Span;

/**
 * Finds datelines at the start of a paragraph: "VILNIUS/HELSINKI/TALLINN (Reuters) -",
 * "KYIV, June 30 (AP) —", "WASHINGTON —". A capital named there says where the story was filed,
 * never who acted (CODEBOOK.md: a capital in a dateline never makes a claim by itself). The
 * pattern is anchored and bounded, so it costs one short match per paragraph.
 */
public final class DatelineFinder {
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M}.'’/ -]{1,60}?(?:,[^\\n(–—-]{1,40})?(?:\\s*\\([^)\\n]{1,40}\\))?\\s+[-–—]{1,2}");

    private DatelineFinder() {}

    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int s = lineStart;
            while (s < n && Tokenizer.isSpace(text.charAt(s)) && text.charAt(s) != '\n') {
                s++;
            }
            if (s < n && Character.isUpperCase(text.charAt(s))) {
                Matcher m = DATELINE.matcher(text).region(s, Math.min(n, s + 140));
                if (m.lookingAt() && hasUpperCaseWord(text, s, m.end())) {
                    out.add(new Span(s, m.end()));
                }
            }
            int nl = text.indexOf('\n', lineStart);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    /** The place name must be written in capitals ("VILNIUS"), not just capitalised ("Vilnius -"). */
    private static boolean hasUpperCaseWord(String text, int from, int to) {
        int run = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c)) {
                if (++run >= 3) {
                    return true;
                }
            } else if (Character.isLetter(c) || c == '(' || c == ',') {
                return false;
            } else {
                run = 0;
            }
        }
        return false;
    }
}
