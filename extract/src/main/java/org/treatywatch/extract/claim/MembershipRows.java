package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.claim.GroupFinder.Group;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * The lists and tables that {@link Memberships} reads: the rows under a header line, each a sentence of its own
 * ({@code SentenceSplitter} ends a sentence at a table row's line break). A header ends in ":" ("Thirty-six states
 * remain outside the treaty. They are listed here by region:"), is a heading ("1.3 New States Parties") or is a
 * table's first row ("Rank | State | Stockpile | Party to the Mine Ban Treaty?"). A row is a table row whose first
 * cell naming a state comes before any other words ("4 | China | under 5 million | No"), a list ("Americas: Cuba,
 * United States."), or a state opening its line ("- Yemen: reports that ..."). Its states get a status cell's claim
 * ("Myanmar | at least 17 groups | not party"), else a Yes/No cell's under a header cell that names a group, else the
 * claim of the header's group (in a table, the group that heads the states' column: "State Party | deadline").
 */
final class MembershipRows extends DocRules {
    private final GroupFinder finder;

    MembershipRows(DocLayers d, GroupFinder finder) {
        super(d);
        this.finder = finder;
    }

    /** A row: its states, their cell (-1 outside a table), a status cell's group, and a Yes/No cell (-1 for none). */
    private record Row(List<String> states, int cell, Group status, int yesNoCell, boolean yes) {}

    /** Reads the rows under sentence {@code hi} when it heads any; returns the last row's index, else {@code hi}. */
    int rowsUnder(int hi, Memberships.Sink sink) {
        Sentence h = sentences.get(hi);
        if (hi + 1 >= sentences.size() || !endsLine(h.end())) {
            return hi;
        }
        List<int[]> header = cells(h);
        boolean heads = header.size() > 1 || text.charAt(h.end() - 1) == ':' || heading(h);
        int last = hi;
        boolean holdersHeader = text.charAt(h.end() - 1) == ':' && holdersHeader(h);
        for (int ri = hi + 1; ri < sentences.size(); ri++) {
            Sentence r = sentences.get(ri);
            if (!startsLine(r.start())) {
                continue; // a second sentence on a row's line
            }
            Row row = rowAt(r);
            if (row == null) {
                break;
            }
            claim(hi, heads ? header : null, r, row, sink);
            if (holdersHeader) {
                sink.addStockpile(row.states(), weapon(), Evidence.of(text, h.start(), r.end()));
            }
            last = ri;
        }
        return last;
    }

    /** The row's claims: from its status cell, else its Yes/No cell, else the header's group. */
    private void claim(int hi, List<int[]> header, Sentence r, Row row, Memberships.Sink sink) {
        if (header != null && header.size() > 1) {
            stockpileCell(sentences.get(hi), header, r, row, sink);
        }
        if (row.status() != null) {
            sink.add(row.states(), row.status().member(), finder.treatyOf(r, row.status()),
                    Evidence.of(text, r.start(), r.end()), null);
            return;
        }
        if (header == null) {
            return;
        }
        Sentence h = sentences.get(hi);
        Group g = row.yesNoCell() >= 0 && row.yesNoCell() < header.size() ? lastGroup(h, header.get(row.yesNoCell())) : null;
        boolean member = g != null && row.yes() == g.member(); // "Party to the treaty? | No": not a party
        if (g == null) {
            boolean table = header.size() > 1;
            // a list line under a table's header ("Americas: Cuba.") has no cell of the header's
            g = !table ? lineGroup(hi) : row.cell() >= 0 && row.cell() < header.size() ? lastGroup(h, header.get(row.cell())) : null;
            member = g != null && g.member();
        }
        if (g != null) {
            Sentence named = sentences.get(tokens.get(g.first()).sentence());
            sink.add(row.states(), member, finder.treatyOf(named, g), Evidence.of(text, named.start(), r.end()), null);
        }
    }

    /**
     * A table whose header has a stockpile column ("Rank | State | Estimated stockpile | Party?"): a row with a
     * number in that column says its states hold stocks (STOCKPILE FACT), of the article's weapon.
     */
    private void stockpileCell(Sentence h, List<int[]> header, Sentence r, Row row, Memberships.Sink sink) {
        List<int[]> cells = cells(r);
        for (int c = 0; c < header.size() && c < cells.size(); c++) {
            if (c != row.cell() && mentions(header.get(c), "stockpil", "stock") && estimates(cells.get(c))) {
                sink.addStockpile(row.states(), weapon(), Evidence.of(text, h.start(), r.end()));
                return;
            }
        }
    }

    private static final Set<String> HOLD_WORDS = ClaimWords.get("hold-words");
    private static final Set<String> ESTIMATE_WORDS = ClaimWords.get("stock-estimate-words");

    /**
     * "The following States Parties reported retaining the largest numbers of mines:", "The largest stockpiles are
     * believed to be held by the following states:": a header that lists holders of stocks, row by row.
     */
    private boolean holdersHeader(Sentence h) {
        boolean following = false, hold = false;
        for (int k = h.firstToken(); k < h.endToken(); k++) {
            String n = tokens.get(k).norm();
            following |= n.equals("following");
            hold |= HOLD_WORDS.contains(n);
            if (n.equals("not") || n.equals("no") || n.equals("none") || n.endsWith("n't")) {
                return false;
            }
        }
        return following && hold;
    }

    private Weapon weapon() {
        return "CCM".equals(defaultTreaty) ? Weapon.CLUSTER_MUNITION : Weapon.AP_MINE;
    }

    private boolean mentions(int[] cell, String... prefixes) {
        for (int k = cell[0]; k < cell[1]; k++) {
            for (String p : prefixes) {
                if (tokens.get(k).norm().startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A stock's estimate: a number other than 0, or a word such as "unknown, likely large" (not "none"). */
    private boolean estimates(int[] cell) {
        for (int k = cell[0]; k < cell[1]; k++) {
            Token tok = tokens.get(k);
            if (tok.kind() == Token.Kind.NUMBER && !tok.norm().equals("0") || ESTIMATE_WORDS.contains(tok.norm())) {
                return true;
            }
        }
        return false;
    }

    /** The last group within the cell {@code [cell[0], cell[1])} of sentence {@code s}. */
    private Group lastGroup(Sentence s, int[] cell) {
        Group last = null;
        for (Group g : finder.groups(s)) {
            last = g.first() >= cell[0] && g.end() <= cell[1] ? g : last;
        }
        return last;
    }

    /** The last group on the header's line, when no other plural group noun follows it: "... by the following states:". */
    private Group lineGroup(int hi) {
        int first = hi;
        while (first > 0 && !startsLine(sentences.get(first).start())) {
            first--;
        }
        Group last = null;
        for (int si = first; si <= hi; si++) {
            List<Group> groups = finder.groups(sentences.get(si));
            last = groups.isEmpty() ? last : groups.getLast();
        }
        return last == null || finder.groupNounBetween(last.end(), sentences.get(hi).endToken()) ? null : last;
    }

    private Row rowAt(Sentence r) {
        List<int[]> cells = cells(r);
        if (cells.size() > 1) {
            return tableRow(r, cells);
        }
        int k = r.firstToken();
        if (k < r.endToken() && (tokens.get(k).is("-") || tokens.get(k).is("*") || tokens.get(k).norm().equals("\u2022"))) {
            k++;
        }
        for (int j = k; j < Math.min(r.endToken(), k + 8); j++) {
            if (tokens.get(j).is(":")) {
                List<ActorRef> after = finder.listAt(r, j + 1); // "Americas: Cuba, United States."
                if (!after.isEmpty() && restIsEnd(r, after.getLast().endToken())) {
                    return new Row(GroupFinder.states(after), -1, null, -1, false);
                }
                break;
            }
        }
        List<ActorRef> opening = finder.listAt(r, k); // "Belarus." "- Yemen: reports that ..."
        int end = opening.isEmpty() ? k : opening.getLast().endToken();
        boolean row = !opening.isEmpty() && (restIsEnd(r, end) || end < r.endToken() && tokens.get(end).is(":"));
        return row ? new Row(GroupFinder.states(opening), -1, null, -1, false) : null;
    }

    /** A table row: the first cell that names a state, before any other words; its status and Yes/No cells after it. */
    private Row tableRow(Sentence r, List<int[]> cells) {
        for (int c = 0; c < cells.size(); c++) {
            int a = cells.get(c)[0];
            while (a < cells.get(c)[1] && !tokens.get(a).isWord()) {
                a++; // a rank: "1 |", "1. Russia |"
            }
            if (a < cells.get(c)[1] && !finder.listed(a)) {
                return null; // words before any state: a header, or a row about something else
            }
            if (a < cells.get(c)[1]) {
                List<String> states = GroupFinder.states(finder.listAt(r, a));
                Group status = null;
                int yesNo = -1;
                for (int d = c + 1; d < cells.size(); d++) {
                    int from = cells.get(d)[0];
                    int to = trimmedEnd(cells.get(d));
                    boolean yesOrNo = to - from == 1 && (tokens.get(from).is("yes") || tokens.get(from).is("no"));
                    yesNo = yesOrNo && yesNo < 0 ? d : yesNo;
                    status = status == null && !yesOrNo ? statusAt(r, from, to) : status;
                }
                return new Row(states, c, status, yesNo, yesNo >= 0 && tokens.get(cells.get(yesNo)[0]).is("yes"));
            }
        }
        return null;
    }

    /** A cell that is a status: "State Party", "party", "not party", "Not a party", "non-party", "signatory". */
    private Group statusAt(Sentence r, int from, int to) {
        int a = from < to && tokens.get(from).is("a") ? from + 1 : from;
        if (to - a == 1 && (tokens.get(a).is("party") || tokens.get(a).is("parties") || tokens.get(a).is("signatory"))) {
            return new Group(a, to, !tokens.get(a).is("signatory"));
        }
        Group g = a < to ? finder.groupAt(r, a) : null;
        return g != null && (g.end() >= to || tokens.get(g.end()).is("(") || tokens.get(g.end()).is(",")) ? g : null;
    }

    /** The cells of a sentence, split at "|", as token ranges; one cell when it holds no "|". */
    private List<int[]> cells(Sentence s) {
        List<int[]> out = new ArrayList<>();
        int from = s.firstToken();
        for (int k = s.firstToken(); k <= s.endToken(); k++) {
            if (k == s.endToken() || tokens.get(k).is("|")) {
                out.add(new int[] {from, k});
                from = k + 1;
            }
        }
        return out;
    }

    /** The end of a cell without its closing punctuation: "Party to the treaty?", "State Party.". */
    private int trimmedEnd(int[] cell) {
        int b = cell[1];
        while (b > cell[0] && !tokens.get(b - 1).isWord()) {
            b--;
        }
        return b;
    }

    /** Only a bracket and closing punctuation follow {@code k}: "Poland (signatory).". */
    private boolean restIsEnd(Sentence r, int k) {
        int j = k;
        if (j < r.endToken() && tokens.get(j).is("(")) {
            while (j < r.endToken() && !tokens.get(j).is(")")) {
                j++;
            }
            j++;
        }
        for (; j < r.endToken(); j++) {
            if (tokens.get(j).isWord() || tokens.get(j).kind() == org.treatywatch.extract.pipeline.Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** A line of its own without closing punctuation, of a dozen words at most: "1.3 New States Parties". */
    private boolean heading(Sentence h) {
        char last = text.charAt(h.end() - 1);
        return startsLine(h.start()) && h.endToken() - h.firstToken() <= 12 && last != '.' && last != '!' && last != '?';
    }

    private boolean startsLine(int offset) {
        int k = offset;
        while (k > 0 && text.charAt(k - 1) != '\n' && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n';
    }

    private boolean endsLine(int offset) {
        int k = offset;
        while (k < text.length() && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k == text.length() || text.charAt(k) == '\n';
    }
}
