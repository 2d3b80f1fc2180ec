package org.treatywatch.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into pieces for display, so that the template (which escapes every piece) can mark
 * search matches and evidence spans without ever emitting raw HTML built from the text. Offsets
 * are UTF-16 code units, end exclusive (CODEBOOK.md, "evidence"); spans may overlap, and a piece
 * knows every span covering it.
 */
public final class Segments {
    private Segments() {}

    /** A span to mark, e.g. one claim's evidence; {@code id} is what it links to (a claim id) or -1. */
    public record Span(int start, int end, long id) {}

    /**
     * A piece of the text.
     *
     * @param ids the ids of the spans covering it, empty when unmarked
     */
    public record Piece(String text, List<Long> ids) {
        public boolean marked() {
            return !ids.isEmpty();
        }

        /** The first covering span's id: what the piece links to. */
        public long firstId() {
            return ids.isEmpty() ? -1 : ids.get(0);
        }
    }

    /** The text cut at every span boundary; spans outside the text are clipped or dropped. */
    public static List<Piece> cut(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        List<Span> valid = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(0, s.start());
            int end = Math.min(text.length(), s.end());
            if (start < end) {
                valid.add(new Span(start, end, s.id()));
                cuts.add(start);
                cuts.add(end);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Integer from = null;
        for (int at : cuts) {
            if (from != null && at > from) {
                List<Long> ids = new ArrayList<>();
                for (Span s : valid) {
                    if (s.start() <= from && s.end() >= at && !ids.contains(s.id())) {
                        ids.add(s.id());
                    }
                }
                pieces.add(new Piece(text.substring(from, at), List.copyOf(ids)));
            }
            from = at;
        }
        return pieces;
    }
}
