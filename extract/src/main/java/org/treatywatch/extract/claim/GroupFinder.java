package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Sentence;

/**
 * The groups of states that {@link Memberships} reads, and the lists that name their members. A group names a
 * treaty's parties ("States Parties", "party to the Ottawa Convention") or the states outside it ("not party",
 * "non-signatories", "holdouts", "outside the treaty", "yet to ratify", "have never joined", "Iceland, a
 * signatory"); the treaty is the one it names or that is named right after it, else the nearest in the sentence,
 * else the last one named before ({@link TreatyFinder#lastTreatyBefore}).
 */
final class GroupFinder extends DocRules {
    private static final Set<String> OUTSIDE_WORDS = ClaimWords.get("outside-words");
    private static final Set<String> JOINING_WORDS = ClaimWords.get("joining-words");
    private static final Set<String> GROUP_NOUNS = ClaimWords.get("group-nouns");
    private static final Set<String> CLAUSE_END_WORDS = ClaimWords.get("clause-end-words");
    private static final Set<String> OBSERVER_NOUNS = ClaimWords.get("observer-nouns");
    private static final Set<String> STAY_OUT_VERBS = ClaimWords.get("stay-out-verbs");
    private static final Set<String> JOINED_TIME_WORDS = ClaimWords.get("joined-time-words");

    /** Words between two states of a list: "Peru, Chad and, most recently, Iraq", "Russia as well as China". */
    private static final Set<String> LIST_GAP = Set.of(",", "and", "or", "the", "as", "well", "most", "recently", "now",
            "also");

    /** Tokens [first, end) naming a treaty's parties ({@code member}) or the states outside it. */
    record Group(int first, int end, boolean member) {}

    private final TreatyFinder treaties;

    GroupFinder(DocLayers d, TreatyFinder treaties) {
        super(d);
        this.treaties = treaties;
    }

    /** The groups of the sentence, left to right. */
    List<Group> groups(Sentence s) {
        List<Group> out = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Group g = groupAt(s, k);
            if (g != null) {
                out.add(g);
                k = g.end() - 1;
            }
        }
        return out;
    }

    /** The group that starts at {@code k}, or null. */
    Group groupAt(Sentence s, int k) {
        int end = s.endToken();
        String w = tokens.get(k).norm();
        if (w.equals("not") || w.equals("never")) {
            int j = k + 1;
            while (j < end && (tokens.get(j).is("yet") || tokens.get(j).is("a") || tokens.get(j).is("ever"))) {
                j++;
            }
            Group party = j < end ? partyAt(s, j, true) : null;
            return j < end && JOINING_WORDS.contains(tokens.get(j).norm()) ? new Group(k, j + 1, false)
                    : party == null ? null : new Group(k, party.end(), false);
        }
        boolean yetTo = w.equals("yet") && k + 2 < end && tokens.get(k + 1).is("to");
        if (yetTo && JOINING_WORDS.contains(tokens.get(k + 2).norm())) {
            return new Group(k, k + 3, false); // "the signatories that have yet to ratify"
        }
        if (OUTSIDE_WORDS.contains(w)) {
            boolean parties = k + 1 < end && (tokens.get(k + 1).is("parties") || tokens.get(k + 1).is("party"));
            return new Group(k, parties ? k + 2 : k + 1, false); // "holdouts", "non-States Parties"
        }
        if (w.equals("signatory") && k > s.firstToken() && tokens.get(k - 1).is("a")) {
            boolean of = k + 1 < end && (tokens.get(k + 1).is("of") || tokens.get(k + 1).is("to"));
            int named = of ? treatyAfter(s, k + 2, 3) : -1;
            return new Group(k, Math.max(k + 1, named), false); // "Iceland, a signatory, ...": ANNOTATION.md, 4
        }
        boolean as = w.equals("as") || w.equals("an");
        int noun = as && k + 1 < end && tokens.get(k + 1).is("an") ? k + 2 : k + 1;
        if (as && noun < end && OBSERVER_NOUNS.contains(tokens.get(noun).norm())) {
            return new Group(k, noun + 1, false); // "attending as an observer", "also an observer"
        }
        if (JOINING_WORDS.contains(w) && joinedByGroup(s, k)) {
            return new Group(k, k + 1, true); // "Only four states ratified at the ceremony itself: Norway, Ireland"
        }
        boolean last = k + 2 == end && !tokens.get(k + 1).isWord();
        if (w.equals("outside")) {
            int named = treatyAfter(s, k + 1, 3);
            // "states outside the treaty"; "Who is still outside?"
            return named >= 0 ? new Group(k, named, false) : last ? new Group(k, k + 1, false) : null;
        }
        if (STAY_OUT_VERBS.contains(w) && k + 3 == end && !tokens.get(k + 2).isWord()
                && (tokens.get(k + 1).is("away") || tokens.get(k + 1).is("out"))) {
            return new Group(k, k + 2, false); // "In Europe, too, some states stayed away."
        }
        return formerBefore(s, k) ? null : partyAt(s, k, false);
    }

    /**
     * A joining verb in the past ("ratified", "have signed") whose subject is a plural group noun ("four states", "some
     * of the countries that produced them"), with the treaty or no object after it: the group of those that joined.
     */
    private boolean joinedByGroup(Sentence s, int k) {
        String w = tokens.get(k).norm();
        String prev = k > s.firstToken() ? tokens.get(k - 1).norm() : "";
        boolean past = w.endsWith("ed") || prev.equals("have") || prev.equals("has") || prev.equals("had");
        int next = k + 1;
        boolean objectFree = next >= s.endToken() || treatyAfter(s, next, 3) >= 0 || tokens.get(next).is(":")
                || tokens.get(next).is(",") || tokens.get(next).is(".") || CLAUSE_END_WORDS.contains(tokens.get(next).norm())
                || JOINED_TIME_WORDS.contains(tokens.get(next).norm());
        if (!past || !objectFree) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 12); j--) {
            boolean named = refAt[j] != null && refAt[j].kind() == ActorRef.Kind.NAMED;
            if (tokens.get(j).is(";") || tokens.get(j).is(":") || named || tokens.get(j).is("not") || tokens.get(j).is("never")) {
                return false;
            }
            if (GROUP_NOUNS.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "State(s) Party/Parties", "party to the Ottawa Convention"; a bare "party" only after "not" ({@code bare}). */
    private Group partyAt(Sentence s, int k, boolean bare) {
        int end = s.endToken();
        boolean state = tokens.get(k).is("state") || tokens.get(k).is("states");
        int p = state ? k + 1 : k;
        if (p >= end || !(tokens.get(p).is("party") || tokens.get(p).is("parties"))) {
            return null;
        }
        boolean to = p + 1 < end && (tokens.get(p + 1).is("to") || tokens.get(p + 1).is("of"));
        int named = to ? treatyAfter(s, p + 2, 3) : -1;
        if (named < 0 && !state && !bare) {
            return null; // "political parties", "the parties to the conflict"
        }
        return new Group(k, Math.max(p + 1, named), true);
    }

    /** "former States Parties", "no longer a party", "the Meeting of States Parties": not a group of today's parties. */
    private boolean formerBefore(Sentence s, int k) {
        for (int j = Math.max(s.firstToken(), k - 3); j < k; j++) {
            String n = tokens.get(j).norm();
            if (n.equals("former") || n.equals("longer") || n.equals("ceased") || n.startsWith("meeting")) {
                return true;
            }
        }
        return false;
    }

    /** The end of a treaty named within {@code within} tokens of {@code from} (no punctuation between), else -1. */
    private int treatyAfter(Sentence s, int from, int within) {
        for (int k = from; k < Math.min(s.endToken(), from + within); k++) {
            if (treatyAt[k] != null) {
                return treatyAt[k].endToken();
            }
            if (!tokens.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** The treaty a group is about: named in or right after it, else the nearest in the sentence, else the last named. */
    String treatyOf(Sentence s, Group g) {
        for (int k = g.first(); k < g.end(); k++) {
            if (treatyAt[k] != null) {
                return treaties.resolvedTreaty(k);
            }
        }
        int after = treatyAfter(s, g.end(), 4);
        String topic = after >= 0 ? null : topicTreaty(s);
        return after >= 0 ? treaties.resolvedTreaty(after - 1) : topic != null ? topic : nearestTreaty(s, g.first());
    }

    /**
     * The treaty of a weapon the sentence opens with as its topic: "On cluster munitions, Bangladesh and Nepal have yet
     * to join" is about the Convention on Cluster Munitions; else null.
     */
    private String topicTreaty(Sentence s) {
        int k = s.firstToken();
        if (k + 2 >= s.endToken() || !tokens.get(k).is("on") || weaponAt[k + 1] == null) {
            return null;
        }
        int end = weaponAt[k + 1].endToken();
        String code = weaponAt[k + 1].code();
        if (end >= s.endToken() || !tokens.get(end).is(",")) {
            return null;
        }
        return code.equals("CLUSTER_MUNITION") ? "CCM" : code.equals("AP_MINE") ? "APMBC" : null;
    }

    /**
     * The treaty of the ACCESSION act word at {@code t} or of one coordinated after it, as the act rules find it ("has
     * signed or joined the convention"); for "is a party" with none named after it, the nearest treaty: "every state
     * is a party except Cuba".
     */
    String actTreaty(Sentence s, int t) {
        for (int k = t; k < s.endToken(); k++) {
            boolean accession = actAt[k] != null && actAt[k].type() == ClaimType.ACCESSION;
            String treaty = accession ? treaties.treatyOf(s, k, actAt[k]) : null;
            if (treaty != null) {
                return treaty;
            }
        }
        return tokens.get(t).is("party") || tokens.get(t).is("parties") ? nearestTreaty(s, t) : null;
    }

    /** The treaty named nearest {@code t} in the sentence, else the last one named before. */
    private String nearestTreaty(Sentence s, int t) {
        int best = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (treatyAt[k] != null && (best < 0 || Math.abs(k - t) < Math.abs(best - t))) {
                best = k;
            }
        }
        return best >= 0 ? treaties.resolvedTreaty(best) : treaties.lastTreatyBefore(t);
    }

    /** A plural noun for another set of states ("countries", not "these countries"), or a ";", in [from, to). */
    boolean groupNounBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            String prev = k > 0 ? tokens.get(k - 1).norm() : "";
            boolean anaphor = prev.equals("these") || prev.equals("those") || prev.equals("following")
                    || prev.equals("such");
            if (tokens.get(k).is(";") || GROUP_NOUNS.contains(tokens.get(k).norm()) && !anaphor) {
                return true;
            }
        }
        return false;
    }


    /** A state named at {@code k} that a list may hold: a name or capital, not "Russia's" or "Russian". */
    boolean listed(int k) {
        ActorRef r = refAt[k];
        return r != null && r.firstToken() == k && r.kind() == ActorRef.Kind.NAMED
                && (r.form() == Mention.Form.NAME || r.form() == Mention.Form.CAPITAL);
    }

    /**
     * The states listed from {@code start}: "Austria, Belgium, France, Norway and Switzerland", "Peru, Chad and, most
     * recently, Iraq", "the Marshall Islands (signatory), Micronesia"; empty when no state opens it.
     */
    List<ActorRef> listAt(Sentence s, int start) {
        List<ActorRef> out = new ArrayList<>();
        int k = start;
        while (k < s.endToken()) {
            int j = k;
            for (int gap = 0; j < s.endToken() && gap < 4 && !listed(j); gap++, j++) {
                String n = tokens.get(j).norm();
                if (n.equals("(") && !out.isEmpty()) {
                    while (j + 1 < s.endToken() && !tokens.get(j).is(")")) {
                        j++; // "Marshall Islands (signatory)"
                    }
                } else if (!n.equals("the") && (out.isEmpty() || !LIST_GAP.contains(n))) {
                    return out;
                }
            }
            if (j >= s.endToken() || !listed(j)) {
                return out;
            }
            out.add(refAt[j]);
            k = refAt[j].endToken();
        }
        return out;
    }

    /**
     * The states listed right before {@code end}: "Iraq, Jordan, Yemen and now Oman" (the resolver's lists, joined
     * where "and" or "or" links two of them); empty when no state ends there.
     */
    List<ActorRef> listBefore(Sentence s, int end) {
        List<ActorRef> out = new ArrayList<>();
        for (int k = end; k > s.firstToken(); ) {
            ActorRef r = refAt[k - 1];
            if (r == null || r.endToken() != k || !listed(r.firstToken())) {
                break;
            }
            out.addFirst(r);
            int j = r.firstToken();
            boolean and = false;
            while (j > s.firstToken() && j > r.firstToken() - 3 && LIST_GAP.contains(tokens.get(j - 1).norm())) {
                and |= tokens.get(j - 1).is("and") || tokens.get(j - 1).is("or");
                j--;
            }
            k = and ? j : s.firstToken();
        }
        return out;
    }

    static List<String> states(List<ActorRef> refs) {
        List<String> out = new ArrayList<>();
        refs.forEach(r -> r.states().stream().filter(st -> !out.contains(st)).forEach(out::add));
        return out;
    }

    /** The phrase ends at {@code k}: a comma, a full stop, a bracket or the sentence's end. */
    boolean endsPhrase(Sentence s, int k) {
        return k >= s.endToken() || tokens.get(k).is(",") || tokens.get(k).is(".") || tokens.get(k).is(";")
                || tokens.get(k).is(")") || tokens.get(k).is(":") || tokens.get(k).is("-");
    }
}
