package org.treatywatch.cli.extract;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.treatywatch.core.claim.Claim;

/**
 * Claims as an aligned table for people: one row per claim, evidence cut to one line. Rows are
 * buffered in blocks of {@link #BLOCK_ROWS} so that memory stays bounded on a large run; column
 * widths only grow from one block to the next, so later blocks stay aligned under the header.
 */
final class ClaimTable {
    static final int BLOCK_ROWS = 1000;
    private static final int EVIDENCE_CHARS = 80;
    private static final int DOC_CHARS = 40;
    private static final String[] HEADER = {"DOC", "TYPE", "ACTOR", "MODALITY", "TREATY/WEAPON", "RECIPIENT", "WHEN", "EVIDENCE"};

    private final PrintWriter out;
    private final List<String[]> rows = new ArrayList<>();
    private final int[] widths = new int[HEADER.length];
    private boolean headerPrinted;
    private long count;

    ClaimTable(PrintWriter out) {
        this.out = out;
        for (int i = 0; i < HEADER.length; i++) {
            widths[i] = HEADER[i].length();
        }
    }

    void add(Claim c) {
        rows.add(new String[] {
            cutLeft(c.doc(), DOC_CHARS),
            c.type().name(),
            c.actor(),
            c.modality().name(),
            c.treaty() != null ? c.treaty() : c.weapon() != null ? c.weapon().name() : "",
            c.recipient() == null ? "" : c.recipient(),
            c.when() == null ? "" : c.when(),
            cut(oneLine(c.evidence().text()), EVIDENCE_CHARS)
        });
        count++;
        if (rows.size() >= BLOCK_ROWS) {
            flushBlock();
        }
    }

    void finish() {
        flushBlock();
        if (count == 0) {
            out.println("(no claims)");
        } else {
            out.println("(" + count + (count == 1 ? " claim)" : " claims)"));
        }
        out.flush();
    }

    private void flushBlock() {
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        if (!headerPrinted && !rows.isEmpty()) {
            printRow(HEADER);
            headerPrinted = true;
        }
        for (String[] row : rows) {
            printRow(row);
        }
        rows.clear();
        out.flush();
    }

    private void printRow(String[] cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - cells[i].length() + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Keeps the end of a path, where the file name is. */
    private static String cutLeft(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int start = s.length() - max + 1;
        if (Character.isLowSurrogate(s.charAt(start))) {
            start++;
        }
        return "\u2026" + s.substring(start);
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
        return s.substring(0, end) + "\u2026";
    }
}
