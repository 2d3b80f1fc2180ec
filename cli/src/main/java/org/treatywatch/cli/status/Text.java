package org.treatywatch.cli.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.status.NextChange;
import org.treatywatch.core.status.StatusAnswer;

/** Plain-text rendering shared by the status commands: aligned columns, dates, next changes. */
public final class Text {
    private Text() {}

    static String date(LocalDate d) {
        return d == null ? "-" : d.toString();
    }

    /** "PARTY", or "PARTY (declared suspension 2025-07-18)" when declarations stand beside it. */
    static String statusWithDeclarations(StatusAnswer a) {
        StringBuilder s = new StringBuilder(a.code().name());
        List<String> notes = new ArrayList<>();
        for (Declaration d : a.declarations()) {
            notes.add("declared " + d.kind() + " " + d.date());
        }
        if (!notes.isEmpty()) {
            s.append(" (").append(String.join("; ", notes)).append(')');
        }
        return s.toString();
    }

    static String next(NextChange n) {
        if (n == null) {
            return "-";
        }
        String when = n.on() == null ? n.to().name() + " " + n.condition() : n.to().name() + " on " + n.on();
        if (n.on() != null && !n.condition().isEmpty()) {
            when += " (" + n.condition() + ")";
        }
        return when;
    }

    /** Rows as left-aligned columns separated by two spaces; the last column is not padded. */
    public static String table(List<String[]> rows) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length - 1; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i < r.length - 1) {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
