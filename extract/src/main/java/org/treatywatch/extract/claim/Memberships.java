package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.extract.claim.GroupFinder.Group;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Sentence;

/**
 * States listed by their standing with a treaty, as monitor reports, NGO releases and explainers list them: ACCESSION
 * FACT for a treaty's parties, NEGATED for the states outside it (CODEBOOK.md, "Types": "X, which is not a party";
 * corpus/ANNOTATION.md, convention 4: "X is a State Party" is FACT, a signatory that has not ratified NEGATED).
 * A <em>group</em> names the parties ("States Parties", "party to the Ottawa Convention") or the states outside
 * ("not party", "non-signatories", "holdouts", "outside the treaty", "yet to ratify", "never joined"); its states are
 * <ul>
 *   <li>a list the group opens: "including", "such as", "among them", "include", ":" or "Among G, ..." give the list
 *       to the nearest group before, unless another plural group noun ("countries") lies between (CODEBOOK.md,
 *       "including X and Y ... give X and Y the group's claim");</li>
 *   <li>an apposition: "Belarus, a State Party, ...", "Myanmar, which is not party to the treaty";</li>
 *   <li>a list that is the group's subject: "Iraq, Jordan and now Oman are parties";</li>
 *   <li>the rows under a line that ends in ":" or heads a table ({@code SentenceSplitter} makes each row a sentence),
 *       a status cell ("| Finland | State Party |"), or a Yes/No cell under a header cell that names a group;</li>
 *   <li>the states a universal group's membership excepts ("every state is a party except Cuba"): the opposite claim
 *       (CODEBOOK.md, "An exception to a group's act is that act negated for each excepted state").</li>
 * </ul>
 * The treaty is the one the group names or names after it, else the nearest in the sentence, else the last one named
 * before. A state that the other rules already gave an ACCESSION claim on the treaty gets no second one (CODEBOOK.md,
 * "One claim per state per act").
 */
final class Memberships extends DocRules {
    private static final Set<String> LIST_OPENERS = ClaimWords.get("list-openers");
    private static final Set<String> HOLDER_VERBS = ClaimWords.get("holder-verbs");
    private static final Set<String> APPOSITION_PARTICIPLES = ClaimWords.get("apposition-participles");
    private static final Set<String> INVERSION_VERBS = ClaimWords.get("inversion-verbs");
    private static final Set<String> STOCK_NOUNS = ClaimWords.get("stock-nouns");
    /** Words between a state and the group in apposition: "Belarus, itself a State Party", "Myanmar, which is not". */
    private static final Set<String> APPOSITION_FILLERS = Set.of("a", "an", "itself", "which", "who", "that", "is", "are",
            "was", "were", "remains", "remain", "has", "have", "been", "also", "already", "still", "now", "both", "all");
    /** Words between a subject list and its group: "are all parties", "are among the only States Parties". */
    private static final Set<String> PREDICATE_FILLERS = Set.of("is", "are", "was", "were", "remain", "remains", "remained",
            "has", "have", "had", "been", "all", "also", "both", "still", "now", "already", "the", "a", "an", "only", "among",
            "each");
    private static final Set<String> SINGULAR_VERBS = Set.of("is", "was", "remains", "has");
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "remain", "have");
    private static final Set<String> AMBIGUOUS_VERBS = Set.of("had", "remained", "been");

    private final GroupFinder finder;
    private final Attribution attribution;
    private final MembershipRows rows;

    Memberships(DocLayers d, TreatyFinder treaties, Attribution attribution) {
        super(d);
        this.finder = new GroupFinder(d, treaties);
        this.attribution = attribution;
        this.rows = new MembershipRows(d, finder);
    }

    /** The membership claims of the document for the states {@code given} holds no ACCESSION claim on the treaty for. */
    List<Claim> claims(Collection<Claim> given) {
        Sink sink = new Sink(given);
        int rowsUntil = -1;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Group> groups = finder.groups(s);
            if (!groups.isEmpty()) {
                lists(s, groups, sink);
                appositions(s, groups, sink);
            }
            if (groups.isEmpty() && si > 0) {
                answers(sentences.get(si - 1), s, sink);
            }
            predicates(s, groups, sink);
            exceptions(s, groups, sink);
            if (si > rowsUntil) {
                rowsUntil = rows.rowsUnder(si, sink);
            }
        }
        return sink.claims;
    }

    /** The claims found so far, one per state and treaty. */
    final class Sink {
        final Set<String> seen = new HashSet<>();
        final List<Claim> claims = new ArrayList<>();

        Sink(Collection<Claim> given) {
            given.stream().filter(c -> c.type() == ClaimType.ACCESSION).forEach(c -> seen.add(c.actor() + "|" + c.treaty()));
            given.stream().filter(c -> c.type() == ClaimType.STOCKPILE).forEach(c -> seen.add(c.actor() + "|stockpile"));
        }

        /** "4 | China | under 5 million | No" under "Rank | State | Estimated stockpile | ...": the states hold stocks. */
        void addStockpile(List<String> states, org.treatywatch.core.claim.Weapon weapon, Evidence evidence) {
            for (String state : states) {
                if (seen.add(state + "|stockpile")) {
                    claims.add(new Claim(in.document().id(), ClaimType.STOCKPILE, state, Modality.FACT, null, null, weapon,
                            null, null, null, null, null, null, evidence));
                }
            }
        }

        void add(List<String> states, boolean member, String treaty, Evidence evidence, Speaker speaker) {
            for (String state : treaty == null ? List.<String>of() : states) {
                if (!FORMER.contains(state) && seen.add(state + "|" + treaty)) {
                    claims.add(new Claim(in.document().id(), ClaimType.ACCESSION, state, member ? Modality.FACT
                            : Modality.NEGATED, treaty, null, null, null, null, null, null, null, speaker, evidence));
                }
            }
        }
    }

    /** "States Parties, including Spain and Canada", "states not party such as Bahrain", "Among G, ... include X". */
    private void lists(Sentence s, List<Group> groups, Sink sink) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int start = listStart(s, k);
            Group g = start < 0 ? null : nearestBefore(groups, k);
            if (g != null && !finder.groupNounBetween(g.end(), k)) {
                List<ActorRef> listed = finder.listAt(s, start);
                add(sink, s, g, listed, k);
                if (holdsStocks(s, g.end(), k)) {
                    sink.addStockpile(GroupFinder.states(listed), weaponOf(s), Evidence.of(text, s.start(), s.end()));
                }
            }
        }
        Group opening = groups.getFirst();
        int inverted = opening.first() == s.firstToken() ? invertedVerbAfter(s, opening.end()) : -1;
        if (inverted >= 0) {
            add(sink, s, opening, finder.listAt(s, inverted + 1), inverted); // "Outside the treaty, along with X, stand Y, Z"
        }
        for (Group g : groups) {
            if (among(s, g)) {
                int k = firstNameAfter(s, g.end()); // "Among the states still outside the Convention are X"
                if (k >= 0 && !finder.groupNounBetween(g.end(), k)) {
                    add(sink, s, g, finder.listAt(s, k), k);
                }
            } else if (g.end() < s.endToken() && tokens.get(g.end()).is(",")) {
                // "the other Nordic States Parties, Denmark and Sweden, said": two or more states in apposition
                List<ActorRef> listed = finder.listAt(s, g.end() + 1);
                if (GroupFinder.states(listed).size() > 1 && finder.endsPhrase(s, listed.getLast().endToken())) {
                    add(sink, s, g, listed, g.first());
                }
            }
        }
    }

    /**
     * A holding verb before a stock noun in [from, to), with no negation or destruction: "States not party believed to
     * hold large stockpiles include ...", "several that once held large stocks, such as ...".
     */
    private boolean holdsStocks(Sentence s, int groupEnd, int to) {
        int from = to - 1; // the clause before the list: "..., among them several that once held large stocks, such as"
        while (from > groupEnd && !(tokens.get(from - 1).is(",") && from - 1 < to - 1)) {
            from--;
        }
        boolean held = false;
        for (int k = from; k < to; k++) {
            String n = tokens.get(k).norm();
            if (n.equals("not") || n.equals("no") || n.equals("none") || n.endsWith("n't") || n.startsWith("destr")) {
                return false;
            }
            if (STOCK_NOUNS.contains(n)) {
                for (int j = Math.max(from, k - 3); j < k && !held; j++) {
                    held = HOLDER_VERBS.contains(tokens.get(j).norm());
                }
            }
        }
        return held;
    }

    /** The weapon the sentence names, else the article's: cluster munitions in a cluster munitions article. */
    private org.treatywatch.core.claim.Weapon weaponOf(Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String code = weaponAt[k] == null ? "" : weaponAt[k].code();
            if (code.equals("AP_MINE") || code.equals("CLUSTER_MUNITION")) {
                return org.treatywatch.core.claim.Weapon.valueOf(weaponAt[k].code());
            }
        }
        return "CCM".equals(defaultTreaty) ? org.treatywatch.core.claim.Weapon.CLUSTER_MUNITION
                : org.treatywatch.core.claim.Weapon.AP_MINE;
    }

    /**
     * A sentence that only lists states, after a speaker's label or "among them", answers the group that ends the
     * sentence before: "Who is still outside? Thirty-five states, among them Cuba and Egypt.", "And the ones that did
     * not sign? KHOURY: The United States, Russia.", "some states stayed away. Finland, Poland, Greece."
     */
    private void answers(Sentence prev, Sentence s, Sink sink) {
        List<Group> before = finder.groups(prev);
        Group g = before.isEmpty() ? null : before.getLast();
        int end = g == null ? -1 : g.end();
        while (end >= 0 && end < prev.endToken() && (treatyAt[end] != null || tokens.get(end).is("the"))) {
            end++; // "Which states have not signed the Convention on Cluster Munitions?"
        }
        if (g == null || !onlyPunctuationFrom(prev, end)) {
            return;
        }
        int start = s.firstToken();
        for (int k = start; k < Math.min(s.endToken(), start + 4); k++) {
            if (tokens.get(k).is(":") && refAt[start] == null) {
                start = k + 1; // "KHOURY: The United States, ..."
            }
        }
        List<ActorRef> listed = finder.listAt(s, start);
        boolean whole = !listed.isEmpty() && GroupFinder.states(listed).size() > 1
                && onlyPunctuationFrom(s, listed.getLast().endToken());
        if (!whole) {
            int among = -1;
            for (int k = s.firstToken(); k + 1 < Math.min(s.endToken(), s.firstToken() + 8); k++) {
                among = among < 0 && tokens.get(k).is("among") && tokens.get(k + 1).is("them") ? k + 2 : among;
            }
            listed = among < 0 ? List.of() : finder.listAt(s, among);
        }
        if (!listed.isEmpty()) {
            sink.add(GroupFinder.states(listed), g.member(), finder.treatyOf(prev, g), Evidence.of(text, prev.start(), s.end()),
                    attribution.speakerAt(s, start));
        }
    }

    private boolean onlyPunctuationFrom(Sentence s, int k) {
        for (int j = k; j < s.endToken(); j++) {
            if (tokens.get(j).isWord() || tokens.get(j).kind() == org.treatywatch.extract.pipeline.Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** The listed states get the group's claim, on the sentence's evidence, in the words of its speaker at {@code k}. */
    private void add(Sink sink, Sentence s, Group g, List<ActorRef> listed, int k) {
        sink.add(GroupFinder.states(listed), g.member(), finder.treatyOf(s, g), Evidence.of(text, s.start(), s.end()),
                attribution.speakerAt(s, k));
    }

    /** Where the list opened at {@code k} begins, or -1: after "including", "such as", "among them", ":". */
    private int listStart(Sentence s, int k) {
        String w = tokens.get(k).norm();
        String next = k + 1 < s.endToken() ? tokens.get(k + 1).norm() : "";
        if (LIST_OPENERS.contains(w) || w.equals(":")) {
            return k + 1;
        }
        return w.equals("such") && next.equals("as") || w.equals("among") && (next.equals("them") || next.equals("whom"))
                ? k + 2 : -1;
    }

    /**
     * The verb of a locative inversion after a group that opens the sentence, past a parenthesis between commas:
     * "Outside the treaty, along with Washington, stand Russia, China ...", "Inside the convention are ..."; else -1.
     */
    private int invertedVerbAfter(Sentence s, int from) {
        int k = from;
        if (k < s.endToken() && tokens.get(k).is(",")) {
            int close = k + 1;
            while (close < Math.min(s.endToken(), k + 9) && !tokens.get(close).is(",")) {
                close++;
            }
            k = close + 1;
        }
        return k < s.endToken() && INVERSION_VERBS.contains(tokens.get(k).norm()) ? k : -1;
    }

    /** "Among the states still outside ...": the group opens the sentence after "among". */
    private boolean among(Sentence s, Group g) {
        for (int k = Math.max(s.firstToken(), g.first() - 6); k < g.first(); k++) {
            if (tokens.get(k).is("among") && (k == s.firstToken() || !tokens.get(k - 1).isWord())) {
                return true;
            }
        }
        return false;
    }

    private static Group nearestBefore(List<Group> groups, int k) {
        Group best = null;
        for (Group g : groups) {
            best = g.end() <= k ? g : best;
        }
        return best;
    }

    /** The first state named within eight tokens after {@code from}, or -1. */
    private int firstNameAfter(Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken(), from + 8) && !tokens.get(k).is(";"); k++) {
            if (finder.listed(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Iraq, Jordan and now Oman are parties", "Greece and Ukraine are the only States Parties that ...", "Germany,
     * France, Italy: all are parties": the states listed as the subject of a group or of a bare "parties". A singular
     * verb ("In talks with Russia, Finland is a State Party") makes the claim the last state's only.
     */
    private void predicates(Sentence s, List<Group> groups, Sink sink) {
        for (Group g : withBareParties(s, groups)) {
            String verb = null;
            int j = g.first() - 1;
            for (; j > s.firstToken() && PREDICATE_FILLERS.contains(tokens.get(j).norm()); j--) {
                String n = tokens.get(j).norm();
                verb = SINGULAR_VERBS.contains(n) || PLURAL_VERBS.contains(n) || AMBIGUOUS_VERBS.contains(n) ? n : verb;
            }
            List<ActorRef> subject = verb == null ? List.of() : finder.listBefore(s, tokens.get(j).is(":") ? j : j + 1);
            int before = subject.isEmpty() ? -1 : subject.getFirst().firstToken() - 1;
            before = before > s.firstToken() && tokens.get(before).is("the") ? before - 1 : before;
            if (subject.isEmpty() || before >= s.firstToken() && tokens.get(before).is("except")) {
                continue; // "every state except the United States and Cuba is a party": the exception's, below
            }
            List<String> all = GroupFinder.states(subject);
            String span = text.substring(subject.getFirst().span().start(), subject.getLast().span().end());
            boolean plural = PLURAL_VERBS.contains(verb) || AMBIGUOUS_VERBS.contains(verb)
                    && (subject.size() > 1 || span.contains(" and ") || span.contains(" or "));
            sink.add(plural ? all : List.of(all.getLast()), g.member(), finder.treatyOf(s, g),
                    Evidence.of(text, s.start(), s.end()), attribution.speakerAt(s, j));
        }
    }

    /** The groups, and each bare "party" or "parties" that ends its phrase or names the treaty by "it": "parties of it". */
    private List<Group> withBareParties(Sentence s, List<Group> groups) {
        List<Group> out = new ArrayList<>(groups);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int at = k;
            boolean inGroup = groups.stream().anyMatch(g -> g.first() <= at && at < g.end());
            boolean ofIt = k + 2 < s.endToken() && (tokens.get(k + 1).is("of") || tokens.get(k + 1).is("to"))
                    && tokens.get(k + 2).is("it");
            boolean party = tokens.get(k).is("party") || tokens.get(k).is("parties");
            if (!inGroup && party && (ofIt || finder.endsPhrase(s, k + 1))) {
                out.add(new Group(k, ofIt ? k + 3 : k + 1, true));
            }
        }
        return out;
    }

    /** "Belarus, a State Party, ...", "the United States, not a party, ...", "Myanmar, which is not party to the treaty". */
    private void appositions(Sentence s, List<Group> groups, Sink sink) {
        for (Group g : groups) {
            int j = Math.max(s.firstToken(), g.first() - 1);
            boolean plural = false; // "States Parties", "holdouts"; not "a party to the Convention on Cluster Munitions"
            for (int k = g.first(); k < g.end() && treatyAt[k] == null; k++) {
                plural |= tokens.get(k).norm().endsWith("ies") || tokens.get(k).is("holdouts");
            }
            for (; j > s.firstToken() && (APPOSITION_FILLERS.contains(tokens.get(j).norm())
                    || APPOSITION_PARTICIPLES.contains(tokens.get(j).norm())); j--) {
                String n = tokens.get(j).norm();
                plural = n.equals("a") || n.equals("an") || n.equals("is") || n.equals("itself") ? false
                        : n.equals("are") || n.equals("both") || n.equals("all") || plural;
            }
            ActorRef r = j > s.firstToken() && j < g.first() && tokens.get(j).is(",") ? refAt[j - 1] : null;
            if (r != null && r.endToken() == j && finder.listed(r.firstToken()) && finder.endsPhrase(s, g.end())) {
                List<String> named = plural ? r.states() : List.of(r.states().getLast());
                sink.add(named, g.member(), finder.treatyOf(s, g), Evidence.of(text, s.start(), s.end()),
                        attribution.speakerAt(s, j));
            }
        }
    }

    /** "every state is a party except Cuba and the United States": the excepted states get the opposite claim. */
    private void exceptions(Sentence s, List<Group> groups, Sink sink) {
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            if (!tokens.get(k).is("except") || !universalBefore(s, k)) {
                continue;
            }
            Group g = null;
            for (Group each : groups) {
                g = g == null || Math.abs(each.first() - k) < Math.abs(g.first() - k) ? each : g;
            }
            int act = g == null ? accessionNear(s, k) : -1;
            if (g == null && act < 0) {
                continue;
            }
            boolean member = g != null ? g.member() : !actAt[act].inverted() && !negatedBefore(s, act);
            int start = k + 1 < s.endToken() && tokens.get(k + 1).is("for") ? k + 2 : k + 1;
            String treaty = g != null ? finder.treatyOf(s, g) : finder.actTreaty(s, act);
            sink.add(GroupFinder.states(finder.listAt(s, start)), !member, treaty,
                    Evidence.of(text, s.start(), s.end()), attribution.speakerAt(s, k));
        }
    }

    /** "every" or "all" before {@code k} in its clause. */
    private boolean universalBefore(Sentence s, int k) {
        for (int j = k - 1; j >= s.firstToken() && !tokens.get(j).is(";"); j--) {
            if (tokens.get(j).is("every") || tokens.get(j).is("all")) {
                return true;
            }
        }
        return false;
    }

    /** The ACCESSION act word nearest {@code k} in the sentence ("has joined", "is bound by", "is a party"), or -1. */
    private int accessionNear(Sentence s, int k) {
        int best = -1;
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            boolean accession = actAt[t] != null && actAt[t].type() == ClaimType.ACCESSION;
            if (accession && (best < 0 || Math.abs(t - k) < Math.abs(best - k))) {
                best = t;
            }
        }
        return best;
    }

    private boolean negatedBefore(Sentence s, int t) {
        for (int j = Math.max(s.firstToken(), t - 3); j < t; j++) {
            if (tokens.get(j).is("not") || tokens.get(j).is("never") || tokens.get(j).is("n't")) {
                return true;
            }
        }
        return false;
    }
}

