package org.treatywatch.extract.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.ActorRef.Kind;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Mention.Form;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Span;
import org.treatywatch.extract.pipeline.Stage;
import org.treatywatch.extract.pipeline.Token;

/**
 * Turns state mentions and the phrases that point back to them into {@link ActorRef}s, resolved to
 * states (CODEBOOK.md, "Resolve the actor"):
 * <ul>
 *   <li>a list is one ref: "Poland, Latvia and Estonia" is [POL, LVA, EST]; closed groups ("the
 *       Baltic states") are their members;</li>
 *   <li>"the two countries", "those three countries", "both states": the latest earlier ref with
 *       that many states, else the that many states the text names most often as actors (not after
 *       "to", "against", "from": a recipient or an enemy is not one of "both ministers");</li>
 *   <li>a count standing alone before a verb ("Both will", "All three plan", "the trio", "the
 *       countries will") is resolved the same way; "the former"/"the latter" is one of the pair just
 *       named;</li>
 *   <li>"all (of) these states": every state named as an actor in the two sentences before;</li>
 *   <li>"each side", "the other", "each other", "either country": the last two distinct states named,
 *       so "each side has accused the other" after Ukraine and Russia is both; else the two the text
 *       is about;</li>
 *   <li>"it"/"its" the nearest single state, "they"/"their" the nearest group, which may be states
 *       listed with a body that is no state ("Bolivia and the European Union": Bolivia); not when
 *       people or a body that is no state speak right before ("Villagers said they", "The rights
 *       group said it"); "we"/"our" inside a quotation is the speaker's state;</li>
 *   <li>", which" / ", who" the ref just before the comma ("Russia, which is not a party");</li>
 *   <li>bare "officials", "the government": the states the sentence, or else the one before, is
 *       about.</li>
 * </ul>
 * Each ref remembers where the states it resolves to are named ({@link ActorRef#namedFrom()}), so a
 * claim can take its evidence from there. Resolution is a backward search over the refs already made,
 * bounded to a few sentences (the "named most often" count to the last 200 refs), so the stage is
 * linear in the number of refs times that bound.
 */
public final class ActorResolver implements Stage {
    private static final int LOOKBACK_SENTENCES = 6;
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("2", 2), Map.entry("3", 3),
            Map.entry("4", 4), Map.entry("5", 5), Map.entry("both", 2));
    /** What may follow a pronoun "neither" (not "has neither signed nor ratified", not "neither Chile nor Peru"). */
    private static final Set<String> SINGULAR_HEADS = Set.of("country", "state", "side", "government", "nation");
    private static final Set<String> NEITHER_FOLLOWERS = Set.of("has", "have", "had", "is", "was", "will", "would", "can",
            "could", "does", "did", "plans", "intends", "of", "country", "state", "side", "government", "nation");
    private static final Set<String> PLURAL_DETERMINERS = Set.of("the", "those", "these", "both", "all");
    private static final Set<String> PLURAL_HEADS = Set.of("countries", "states", "nations", "governments", "neighbours",
            "neighbors", "allies", "republics", "capitals", "members", "signatories", "parties", "pair", "ministers",
            "sides");
    private static final Set<String> GENERIC_PLURAL = Set.of("officials", "authorities", "lawmakers", "troops", "forces",
            "leaders", "ministers", "diplomats", "soldiers", "sappers", "engineers", "politicians", "commanders");
    private static final Set<String> GENERIC_SINGULAR = Set.of("government", "ministry", "military", "army", "country",
            "parliament", "administration", "cabinet", "state", "kremlin", "nation", "president", "minister");

    /** What a reference resolved to, and the first token of the earliest mention naming those states ({@code -1}: none). */
    private record Resolved(List<String> states, int namedFrom) {
        static final Resolved NONE = new Resolved(List.of(), -1);

        static Resolved of(ActorRef ref) {
            return new Resolved(ref.states(), ref.namedFrom());
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, Layers.QUOTES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        return in.with(Layers.ACTORS, resolve(in.text(), in.get(Layers.SENTENCES), in.get(Layers.TOKENS),
                in.get(Layers.MENTIONS), in.get(Layers.QUOTES)));
    }

    List<ActorRef> resolve(String text, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
            List<Quote> quotes) {
        Mention[] mentionAt = new Mention[tokens.size()];
        for (Mention m : mentions) {
            if ((m.kind() == Mention.Kind.STATE || m.kind() == Mention.Kind.STATE_GROUP) && m.form() != Form.DATELINE) {
                for (int k = m.firstToken(); k < m.endToken() && k < mentionAt.length; k++) {
                    mentionAt[k] = m;
                }
            }
        }
        boolean[] treatyAt = new boolean[tokens.size()];
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.TREATY || m.kind() == Mention.Kind.TREATY_REF) {
                for (int k = m.firstToken(); k < m.endToken() && k < treatyAt.length; k++) {
                    treatyAt[k] = true;
                }
            }
        }
        List<ActorRef> refs = new ArrayList<>();
        // states listed with a body that is no state ("Bolivia and the European Union"): a group "they" can point to
        Set<ActorRef> mixed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Sentence s : sentences) {
            int sentenceRefs = refs.size();
            int end = s.endToken();
            int i = s.firstToken();
            while (i < end) {
                Token t = tokens.get(i);
                Mention m = mentionAt[i];
                if (m != null && m.kind() == Mention.Kind.STATE_GROUP) {
                    int after = singularOrCountedGroup(tokens, m, i, s, refs);
                    if (after > i) {
                        i = after;
                        continue;
                    }
                }
                if (m != null) {
                    i = list(tokens, mentionAt, m, end, refs);
                    if (joinedWithNonState(text, tokens, mentionAt, i, end)) {
                        mixed.add(refs.get(refs.size() - 1));
                    }
                    continue;
                }
                String n = t.norm();
                int next = i + 1;
                boolean groupFollows = false;
                for (int k = i + 1; k < Math.min(end, i + 4); k++) {
                    groupFollows |= mentionAt[k] != null && mentionAt[k].kind() == Mention.Kind.STATE_GROUP;
                }
                if ((PLURAL_DETERMINERS.contains(n) || NUMBERS.containsKey(n)) && !groupFollows) {
                    int after = plural(tokens, i, end, refs, sentenceRefs, mixed);
                    if (after > i) {
                        i = after;
                        continue;
                    }
                    after = countedPronoun(tokens, i, end, refs);
                    if (after > i) {
                        i = after;
                        continue;
                    }
                }
                if (n.equals("the") && i + 2 < end && (tokens.get(i + 1).is("former") || tokens.get(i + 1).is("latter"))
                        && VERB_AFTER.contains(tokens.get(i + 2).norm())) {
                    // "Chile and Peru left. The latter will also ...": one of the pair just named
                    Resolved pair = lastDistinct(refs, 2, tokens, s);
                    Resolved one = pair.states().isEmpty() ? Resolved.NONE
                            : new Resolved(List.of(pair.states().get(tokens.get(i + 1).is("former") ? 0 : 1)), pair.namedFrom());
                    refs.add(ref(tokens, i, i + 2, Kind.PLURAL, one, Form.OTHER));
                    i += 2;
                    continue;
                }
                // "Neither is the United States": "neither" + verb + a state is an inversion, not the pair
                boolean inverted = i + 2 < end && (mentionAt[i + 2] != null
                        || tokens.get(i + 2).is("the") && i + 3 < end && mentionAt[i + 3] != null);
                if (n.equals("neither") && i + 1 < end && mentionAt[i + 1] == null
                        && NEITHER_FOLLOWERS.contains(tokens.get(i + 1).norm()) && !inverted) {
                    // "Neither has signed", "neither country", "neither of them": both of the pair just named
                    int stop = i + 1;
                    if (SINGULAR_HEADS.contains(tokens.get(i + 1).norm())) {
                        stop = i + 2;
                    } else if (tokens.get(i + 1).is("of") && i + 2 < end && tokens.get(i + 2).is("them")) {
                        stop = i + 3;
                    }
                    refs.add(ref(tokens, i, stop, Kind.PLURAL, withCount(refs, 2, tokens), Form.OTHER));
                    i = stop;
                    continue;
                }
                if (n.equals("each") || n.equals("either") || (n.equals("both") && i + 1 < end && tokens.get(i + 1).is("sides"))
                        || (n.equals("one") && i + 1 < end && tokens.get(i + 1).is("another"))) {
                    if (i + 1 < end && Set.of("side", "sides", "other", "country", "another", "state").contains(tokens.get(i + 1).norm())) {
                        refs.add(ref(tokens, i, i + 2, Kind.RECIPROCAL, reciprocal(refs, tokens, s), Form.OTHER));
                        i += 2;
                        continue;
                    }
                }
                if (n.equals("the") && i + 1 < end && tokens.get(i + 1).is("other") && !(i + 2 < end && PLURAL_HEADS.contains(tokens.get(i + 2).norm()))) {
                    int stop = i + 2 < end && Set.of("side", "country", "state").contains(tokens.get(i + 2).norm()) ? i + 3 : i + 2;
                    refs.add(ref(tokens, i, stop, Kind.RECIPROCAL, reciprocal(refs, tokens, s), Form.OTHER));
                    i = stop;
                    continue;
                }
                switch (n) {
                    case "it", "its", "itself" -> refs.add(ref(tokens, i, next, Kind.PRONOUN,
                            speakersBefore(tokens, i, s) || treatyPredicate(tokens, treatyAt, i, end) ? Resolved.NONE
                                    : nearest(refs, sentenceRefs, 1, tokens, mixed, i),
                            n.equals("its") ? Form.POSSESSIVE : Form.OTHER));
                    case "they", "their", "them", "themselves" -> refs.add(ref(tokens, i, next, Kind.PRONOUN,
                            speakersBefore(tokens, i, s) ? Resolved.NONE : nearest(refs, sentenceRefs, 2, tokens, mixed, i),
                            n.equals("their") ? Form.POSSESSIVE : Form.OTHER));
                    case "we", "our", "us", "ourselves" -> refs.add(ref(tokens, i, next, Kind.PRONOUN,
                            new Resolved(speakerState(quotes, t), -1), n.equals("our") ? Form.POSSESSIVE : Form.OTHER));
                    case "which", "who", "whom" -> {
                        // ", which", and ", all of which" / ", both of whom": the ref just before the comma
                        int comma = i > s.firstToken() + 2 && tokens.get(i - 1).is("of")
                                && RELATIVE_QUANTIFIERS.contains(tokens.get(i - 2).norm()) ? i - 3 : i - 1;
                        if (comma >= s.firstToken() && tokens.get(comma).is(",") && !refs.isEmpty()
                                && refs.get(refs.size() - 1).endToken() >= comma - 1 && refs.size() > sentenceRefs) {
                            refs.add(ref(tokens, i, next, Kind.RELATIVE, Resolved.of(refs.get(refs.size() - 1)), Form.OTHER));
                        }
                    }
                    default -> {
                        boolean plural = GENERIC_PLURAL.contains(n);
                        if ((plural || GENERIC_SINGULAR.contains(n)) && !stateNextTo(mentionAt, tokens, i, s)) {
                            refs.add(ref(tokens, i, next, Kind.GENERIC, topic(refs, sentenceRefs, tokens, s, plural), Form.OTHER));
                        }
                    }
                }
                i = next;
            }
        }
        return refs;
    }

    /** Group names in the singular ("Baltic state"): the whole group only after one of these words. */
    private static final Set<String> SINGULAR_GROUP_HEADS = Set.of("state", "country", "nation", "republic");
    private static final Set<String> EVERY_OR_NONE = Set.of("no", "every", "each");

    /**
     * A group mention that is not simply all its members: "a Baltic state" names none of them (an empty ref), "the
     * Baltic state" the member named last, while
     * "no Baltic state" and "every Nordic country" are all; "the three Nordic countries" after "Sweden, Norway and
     * Denmark" are those three, the states last named with that count that all belong to the group (CODEBOOK.md,
     * "Resolve the actor"). Returns the token after the ref it adds, or {@code i} when the group is all its members.
     */
    private static int singularOrCountedGroup(List<Token> tokens, Mention m, int i, Sentence s, List<ActorRef> refs) {
        int sf = s.firstToken();
        String prev = i > sf ? tokens.get(i - 1).norm() : "";
        if (SINGULAR_GROUP_HEADS.contains(tokens.get(m.endToken() - 1).norm())) {
            if (EVERY_OR_NONE.contains(prev)) {
                return i;
            }
            Resolved one = Resolved.NONE;
            if (prev.equals("the") || prev.equals("this")) {
                // "Lithuania left the treaty. The Baltic state will ...": the member named last
                int limitSentence = tokens.get(i).sentence() - LOOKBACK_SENTENCES;
                for (int r = refs.size() - 1; r >= 0 && tokens.get(refs.get(r).firstToken()).sentence() >= limitSentence; r--) {
                    ActorRef ref = refs.get(r);
                    if (ref.states().size() == 1 && m.states().containsAll(ref.states())) {
                        one = Resolved.of(ref);
                        break;
                    }
                }
            }
            int from = one.states().isEmpty() ? i : i - 1;
            refs.add(ref(tokens, from, m.endToken(), one.states().isEmpty() ? Kind.NAMED : Kind.PLURAL, one, Form.OTHER));
            return m.endToken();
        }
        Integer count = NUMBERS.get(prev);
        if (count == null || prev.equals("both") || count >= m.states().size()) {
            return i;
        }
        int limitSentence = tokens.get(i).sentence() - LOOKBACK_SENTENCES;
        for (int r = refs.size() - 1; r >= 0; r--) {
            ActorRef ref = refs.get(r);
            if (tokens.get(ref.firstToken()).sentence() < limitSentence) {
                break;
            }
            if (ref.kind() != Kind.RECIPROCAL && ref.states().size() == count && m.states().containsAll(ref.states())) {
                int from = i - 1;
                if (from - 1 >= sf && PLURAL_DETERMINERS.contains(tokens.get(from - 1).norm())) {
                    from--; // "the three Nordic countries", "these three Baltic states"
                }
                refs.add(ref(tokens, from, m.endToken(), Kind.PLURAL, Resolved.of(ref), Form.OTHER));
                return m.endToken();
            }
        }
        return i;
    }

    /** Verbs that make a state after "and" the subject of a new clause rather than one more object of a preposition. */
    private static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "pledged", "pledges", "promised", "promises",
            "vowed", "vows", "announced", "announces", "agreed", "agrees", "added", "stated", "confirmed", "indicated",
            "signalled", "signaled", "will", "would", "could", "can", "may", "might", "should", "must", "has", "have",
            "had", "did", "does", "plans", "intends", "wants", "offered", "decided");

    /** A list of state mentions joined by commas and "and"/"or"; returns the token after it. */
    private static int list(List<Token> tokens, Mention[] mentionAt, Mention first, int end, List<ActorRef> refs) {
        LinkedHashSet<String> states = new LinkedHashSet<>(first.states());
        int last = first.endToken();
        Form form = first.form();
        int k = last;
        if (form == Form.POSSESSIVE && k < end && tokens.get(k).is("'s")) {
            last = ++k;
        }
        int f = first.firstToken();
        boolean object = f > 0 && tokens.get(f - 1).sentence() == tokens.get(f).sentence()
                && OTHER_PARTY.contains(tokens.get(f - 1).norm());
        while (k < end && form != Form.POSSESSIVE) {
            int j = k;
            while (j < end && (tokens.get(j).is(",") || tokens.get(j).is("and") || tokens.get(j).is("or")
                    || tokens.get(j).is("nor") || tokens.get(j).is("&") || tokens.get(j).is("/"))) {
                j++;
            }
            if (j > k && j + 1 < end && tokens.get(j).is("the") && mentionAt[j + 1] != null) {
                j++; // "Poland and the Baltic states"
            } else if (j > k && j + 2 < end && tokens.get(j).is("the") && NUMBERS.containsKey(tokens.get(j + 1).norm())
                    && mentionAt[j + 2] != null && mentionAt[j + 2].kind() == Mention.Kind.STATE_GROUP) {
                j += 2; // "Poland and the three Baltic states"
            }
            if (j == k || j >= end || mentionAt[j] == null) {
                break;
            }
            Mention m = mentionAt[j];
            if (object && m.endToken() < end && CLAUSE_VERBS.contains(tokens.get(m.endToken()).norm())) {
                break; // "send mines to Moldova, and Sweden said it would ...": Sweden is the subject of a new clause
            }
            if (m.form() == Form.POSSESSIVE && first.form() != Form.POSSESSIVE && tokens.get(k).is(",")) {
                break; // "Belarus, Russia's close ally" is an apposition, not a list
            }
            if ((m.form() == Form.ADJECTIVE) != (first.form() == Form.ADJECTIVE)) {
                break;
            }
            states.addAll(m.states());
            last = m.endToken();
            k = last;
            if (m.form() == Form.POSSESSIVE && k < end && tokens.get(k).is("'s")) {
                form = Form.POSSESSIVE;
                last = ++k;
            }
        }
        int spanEnd = last;
        if (spanEnd > first.firstToken() && tokens.get(spanEnd - 1).is("'s")) {
            spanEnd--;
        }
        refs.add(new ActorRef(new Span(tokens.get(first.firstToken()).start(), tokens.get(spanEnd - 1).end()),
                first.firstToken(), last, Kind.NAMED, List.copyOf(states), form));
        return last;
    }

    /** "the two countries", "those three NATO states", "both countries": returns the token after it, or {@code i}. */
    private static int plural(List<Token> tokens, int i, int end, List<ActorRef> refs, int sentenceRefs, Set<ActorRef> mixed) {
        int k = i;
        Integer count = null;
        if (PLURAL_DETERMINERS.contains(tokens.get(k).norm())) {
            if (tokens.get(k).is("both")) {
                count = 2;
            }
            k++;
            if (k < end && tokens.get(k).is("the")) {
                k++;
            }
        }
        if (k < end && NUMBERS.containsKey(tokens.get(k).norm()) && !tokens.get(k).is("both")) {
            count = NUMBERS.get(tokens.get(k).norm());
            k++;
        }
        if (count == null && k < end && tokens.get(k).is("pair")) {
            count = 2;
        }
        if (count == null && k < end && tokens.get(k).is("trio")) {
            count = 3;
        }
        if (count == null && tokens.get(i).is("the") && k < end && PLURAL_HEADS.contains(tokens.get(k).norm())
                && k + 1 < end && VERB_AFTER.contains(tokens.get(k + 1).norm())) {
            // "The countries will ...": the group just named, as "these countries" would be
            refs.add(ref(tokens, i, k + 1, Kind.PLURAL, nearest(refs, sentenceRefs, 2, tokens, mixed, i), Form.OTHER));
            return k + 1;
        }
        boolean demonstrative = tokens.get(i).is("these") || tokens.get(i).is("those");
        if (count == null && !demonstrative) {
            return i;
        }
        for (int h = k; h < end && h <= k + 3; h++) {
            String n = tokens.get(h).norm();
            if (PLURAL_HEADS.contains(n) || n.equals("trio")) {
                Resolved states;
                if (count != null) {
                    states = withCount(refs, count, tokens);
                } else if (allBefore(tokens, i)) {
                    states = everyStateNamed(refs, sentenceRefs, tokens, mixed);
                } else {
                    states = nearest(refs, sentenceRefs, 2, tokens, mixed, i);
                }
                refs.add(ref(tokens, i, h + 1, Kind.PLURAL, states, Form.OTHER));
                return h + 1;
            }
            if (!tokens.get(h).isWord() || Set.of("of", "to", "in", "from", "and").contains(n)) {
                return i;
            }
        }
        return i;
    }

    private static final Set<String> RELATIVE_QUANTIFIERS = Set.of("all", "both", "each", "none", "neither", "some", "most");

    /** Words after which a phrase is the subject of a verb: "Both will", "The latter has", "All three plan". */
    private static final Set<String> VERB_AFTER = Set.of("will", "would", "have", "has", "had", "are", "were", "is", "was",
            "can", "could", "may", "might", "should", "must", "shall", "also", "said", "say", "says", "plan", "plans",
            "planned", "intend", "intends", "want", "wants", "agreed", "still", "already", "now", "later", "then",
            "remain", "remains", "do", "does", "did", "hope", "expect", "expects", "stressed", "insisted", "argued",
            "denied", "deny", "denies", "announced", "told", "signed", "joined", "left", "quit", "ratified", "produce",
            "produced", "make", "made", "keep", "kept", "hold", "held", "use", "used", "buy", "bought", "never", "not");

    /**
     * "Both will produce mines", "All three plan to", "both of them", "the two said": a count that stands alone as
     * the subject of a verb, resolved like "the two countries"; returns the token after it, or {@code i}.
     */
    private static int countedPronoun(List<Token> tokens, int i, int end, List<ActorRef> refs) {
        int k = i;
        int count;
        if (tokens.get(k).is("both")) {
            count = 2;
            k++;
        } else {
            if (tokens.get(k).is("all") || tokens.get(k).is("the") || tokens.get(k).is("these") || tokens.get(k).is("those")) {
                k++;
            }
            Integer n = k < end ? NUMBERS.get(tokens.get(k).norm()) : null;
            if (n == null || tokens.get(k).is("both") || k == i && tokens.get(k).kind() == Token.Kind.NUMBER) {
                return i;
            }
            count = n;
            k++;
        }
        if (k + 1 < end && tokens.get(k).is("of") && tokens.get(k + 1).is("them")) {
            k += 2;
        }
        if (k >= end || !VERB_AFTER.contains(tokens.get(k).norm())) {
            return i;
        }
        refs.add(ref(tokens, i, k, Kind.PLURAL, withCount(refs, count, tokens), Form.OTHER));
        return k;
    }

    /** "all these", "all of those": the determiner before {@code i} says every state just named. */
    private static boolean allBefore(List<Token> tokens, int i) {
        int s = tokens.get(i).sentence();
        int p = i - 1;
        if (p >= 0 && tokens.get(p).is("of") && tokens.get(p).sentence() == s) {
            p--;
        }
        return p >= 0 && tokens.get(p).is("all") && tokens.get(p).sentence() == s;
    }

    /** Prepositions after which a state is the other party of an act (recipient, target, origin), not one of the actors. */
    private static final Set<String> OTHER_PARTY = Set.of("to", "against", "from", "with", "into", "unlike", "than",
            "toward", "towards", "between", "on", "at", "for");

    /**
     * "All of these states" after a report that names Russia, Pakistan, India and China in one sentence and
     * "the three countries" and the United States in the next two: every state named or counted as an actor
     * ("the three countries") in the two sentences before, in text order, when that makes at least two; else
     * the nearest plural ref. States named after a preposition
     * of the other party ("to Ukraine", "against Russia") or as adjectives are not among them.
     */
    private static Resolved everyStateNamed(List<ActorRef> refs, int sentenceRefs, List<Token> tokens, Set<ActorRef> mixed) {
        if (sentenceRefs == 0) {
            return Resolved.NONE;
        }
        int here = tokens.get(refs.get(sentenceRefs - 1).firstToken()).sentence();
        LinkedHashSet<String> states = new LinkedHashSet<>();
        int first = -1;
        int r = sentenceRefs - 1;
        while (r > 0 && tokens.get(refs.get(r - 1).firstToken()).sentence() >= here - 1) {
            r--;
        }
        for (; r < sentenceRefs; r++) {
            ActorRef ref = refs.get(r);
            boolean otherParty = ref.firstToken() > 0 && OTHER_PARTY.contains(tokens.get(ref.firstToken() - 1).norm());
            if ((ref.kind() == Kind.NAMED || ref.kind() == Kind.PLURAL) && ref.form() != Form.ADJECTIVE && !otherParty
                    && !ref.states().isEmpty()) {
                states.addAll(ref.states());
                first = first < 0 ? ref.namedFrom() : Math.min(first, ref.namedFrom());
            }
        }
        if (states.size() < 2) {
            return nearest(refs, sentenceRefs, 2, tokens, mixed, -1);
        }
        return new Resolved(List.copyOf(states), first);
    }

    private static Resolved withCount(List<ActorRef> refs, int count, List<Token> tokens) {
        int limitSentence = refs.isEmpty() ? 0 : tokens.get(refs.get(refs.size() - 1).firstToken()).sentence() - LOOKBACK_SENTENCES;
        for (int r = refs.size() - 1; r >= 0; r--) {
            ActorRef ref = refs.get(r);
            if (tokens.get(ref.firstToken()).sentence() < limitSentence) {
                break;
            }
            if (ref.states().size() == count && ref.kind() != Kind.RECIPROCAL) {
                return Resolved.of(ref);
            }
        }
        return mostNamed(refs, count, tokens);
    }

    /**
     * The {@code count} states the text has named most often so far, as actors ("Both ministers" in a story
     * about two states): a state named only after "to", "against", "from" (the recipient of the mines, the
     * enemy) does not count, so "send mines to Ukraine" does not make Ukraine one of the two. None on a tie.
     */
    private static Resolved mostNamed(List<ActorRef> refs, int count, List<Token> tokens) {
        Map<String, Integer> frequency = new java.util.LinkedHashMap<>();
        Map<String, Integer> lastNamed = new java.util.HashMap<>();
        for (ActorRef ref : refs.subList(Math.max(0, refs.size() - 200), refs.size())) {
            boolean otherParty = ref.firstToken() > 0 && OTHER_PARTY.contains(tokens.get(ref.firstToken() - 1).norm());
            if (ref.kind() == Kind.NAMED && !otherParty) {
                for (String st : ref.states()) {
                    frequency.merge(st, 1, Integer::sum);
                    lastNamed.put(st, ref.firstToken());
                }
            }
        }
        List<String> ranked = new ArrayList<>(frequency.keySet());
        ranked.sort((a, b) -> frequency.get(b) - frequency.get(a));
        if (ranked.size() < count || ranked.size() > count && frequency.get(ranked.get(count - 1)).equals(frequency.get(ranked.get(count)))) {
            return Resolved.NONE;
        }
        List<String> chosen = List.copyOf(ranked.subList(0, count));
        int first = Integer.MAX_VALUE;
        for (String st : chosen) {
            first = Math.min(first, lastNamed.get(st));
        }
        return new Resolved(chosen, first);
    }

    /** "each side", "the other", "either country": the last two states named, else the two the text is about. */
    private static Resolved reciprocal(List<ActorRef> refs, List<Token> tokens, Sentence s) {
        Resolved pair = lastDistinct(refs, 2, tokens, s);
        return pair.states().isEmpty() ? mostNamed(refs, 2, tokens) : pair;
    }

    /** The last {@code count} distinct states named before, within a few sentences. */
    private static Resolved lastDistinct(List<ActorRef> refs, int count, List<Token> tokens, Sentence s) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        int first = Integer.MAX_VALUE;
        int here = s.firstToken() < tokens.size() ? tokens.get(s.firstToken()).sentence() : 0;
        for (int r = refs.size() - 1; r >= 0 && distinct.size() < count; r--) {
            ActorRef ref = refs.get(r);
            if (tokens.get(ref.firstToken()).sentence() < here - 2) {
                break;
            }
            if (ref.kind() == Kind.NAMED || ref.kind() == Kind.RELATIVE) {
                // backwards through the list too, so that reversed at the end the states are in text order
                for (int k = ref.states().size() - 1; k >= 0; k--) {
                    if (distinct.size() < count && distinct.add(ref.states().get(k)) && ref.namedFrom() >= 0) {
                        first = Math.min(first, ref.namedFrom());
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(distinct);
        java.util.Collections.reverse(out);
        return distinct.size() == count ? new Resolved(out, first == Integer.MAX_VALUE ? -1 : first) : Resolved.NONE;
    }

    /** The nearest ref with one state ({@code size == 1}) or several ({@code size == 2}). */
    private static final Set<String> PREPOSITIONS = Set.of("to", "from", "against", "with", "of", "in", "for", "by", "into",
            "on", "at", "including", "towards", "toward", "beyond", "over", "than", "near");

    private static Resolved nearest(List<ActorRef> refs, int sentenceRefs, int size, List<Token> tokens, Set<ActorRef> mixed,
            int at) {
        for (int r = refs.size() - 1; r >= sentenceRefs; r--) {
            ActorRef ref = refs.get(r);
            boolean governed = ref.firstToken() > 0 && PREPOSITIONS.contains(tokens.get(ref.firstToken() - 1).norm());
            if (!governed && fits(ref, size, mixed) && ref.form() != Form.ADJECTIVE) {
                return Resolved.of(ref);
            }
        }
        for (int r = refs.size() - 1; r >= sentenceRefs; r--) {
            if (fits(refs.get(r), size, mixed) && refs.get(r).form() != Form.ADJECTIVE || size == 2 && peopleOf(refs.get(r), tokens)) {
                return Resolved.of(refs.get(r));
            }
        }
        // else the first fitting ref of the sentences before: the subject they were about; but not past a sentence
        // about people who are no state ("Campaigners welcomed the statement. They said ..."): they are those people
        if (size == 2 && at >= 0 && peopleSubjectBefore(tokens, at, refs, sentenceRefs)) {
            return Resolved.NONE;
        }
        int sentenceStart = sentenceRefs;
        int sentence = sentenceRefs > 0 ? tokens.get(refs.get(sentenceRefs - 1).firstToken()).sentence() : -1;
        for (int back = 0; back < 2 && sentenceStart > 0; back++) {
            int k = sentenceStart - 1;
            while (k > 0 && tokens.get(refs.get(k - 1).firstToken()).sentence() == sentence) {
                k--;
            }
            for (int r = k; r < sentenceStart; r++) {
                // "Russian troops advanced. They laid mines": a state's people are a group "they" can be
                if (fits(refs.get(r), size, mixed) && refs.get(r).form() != Form.ADJECTIVE
                        || size == 2 && peopleOf(refs.get(r), tokens)) {
                    return Resolved.of(refs.get(r));
                }
            }
            sentenceStart = k;
            sentence = k > 0 ? tokens.get(refs.get(k - 1).firstToken()).sentence() : -1;
        }
        return Resolved.NONE;
    }

    /**
     * The sentence before the one of token {@code at} names no state and opens with a plural noun of people or
     * bodies as its subject ("Campaigners welcomed the statement.", "Human rights groups condemned it.").
     */
    private static boolean peopleSubjectBefore(List<Token> tokens, int at, List<ActorRef> refs, int sentenceRefs) {
        int here = tokens.get(at).sentence();
        int start = at;
        while (start > 0 && tokens.get(start - 1).sentence() == here) {
            start--;
        }
        if (start == 0) {
            return false;
        }
        for (int r = sentenceRefs - 1; r >= 0 && tokens.get(refs.get(r).firstToken()).sentence() >= here - 1; r--) {
            if (!refs.get(r).states().isEmpty()) {
                return false; // the sentence before names a state ("Officials in Madrid welcomed it")
            }
        }
        int first = start - 1;
        int previous = tokens.get(first).sentence();
        while (first > 0 && tokens.get(first - 1).sentence() == previous) {
            first--;
        }
        for (int j = first + 1; j < Math.min(start, first + 6); j++) {
            String w = tokens.get(j).norm();
            if (VERB_AFTER.contains(w) || SAYING.contains(w) || w.endsWith("ed") && tokens.get(j).isWord()) {
                Token head = tokens.get(j - 1);
                String n = head.norm();
                return head.isWord() && n.length() > 3 && n.endsWith("s") && !n.endsWith("ss") && !GENERIC_PLURAL.contains(n)
                        && !PLURAL_HEADS.contains(n);
            }
        }
        return false;
    }

    /**
     * What a treaty does: "it bans", "it entered into force". Present tense only for the rules: "It banned the
     * production in 1997" after a state is more often that state's own ban.
     */
    private static final Set<String> TREATY_VERBS = Set.of("bans", "prohibits", "forbids", "outlaws", "requires", "obliges",
            "commits", "allows", "permits", "entered", "enters", "came", "comes", "covers", "bars");
    /** What is done to a treaty: "it was signed by 122 states". */
    private static final Set<String> TREATY_PARTICIPLES = Set.of("signed", "ratified", "adopted", "negotiated", "opened",
            "drafted", "named", "concluded");
    private static final Set<String> AUX_OR_ADVERB = Set.of("has", "have", "had", "is", "was", "are", "were", "be", "been",
            "also", "still", "now", "already", "which", "effectively", "explicitly", "formally", "not", "never");

    /**
     * "Lithuania left the Ottawa Convention. It bans the use ...", "It was signed by 122 states": "it" is the
     * treaty named in this sentence or the one before when what follows is what a treaty does or undergoes.
     */
    private static boolean treatyPredicate(List<Token> tokens, boolean[] treatyAt, int i, int end) {
        int k = i + 1;
        boolean be = false;
        while (k < end && AUX_OR_ADVERB.contains(tokens.get(k).norm())) {
            be |= tokens.get(k).is("was") || tokens.get(k).is("is") || tokens.get(k).is("been");
            k++;
        }
        if (k >= end || !(TREATY_VERBS.contains(tokens.get(k).norm()) || be && TREATY_PARTICIPLES.contains(tokens.get(k).norm()))) {
            return false;
        }
        int sentence = tokens.get(i).sentence();
        for (int j = i - 1; j >= 0 && tokens.get(j).sentence() >= sentence - 1; j--) {
            if (treatyAt[j]) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of saying or believing: in "analysts said they ...", "they" is the people who said it. */
    private static final Set<String> SAYING = Set.of("said", "say", "says", "told", "tell", "believe", "believes",
            "believed", "fear", "fears", "feared", "warned", "warn", "warns", "argue", "argued", "argues", "claim",
            "claimed", "claims", "insist", "insisted", "insists", "added", "hope", "hoped", "hopes", "complained",
            "complain", "reported", "report");

    /** Who says things in the news without being a state: "The rights group said it had documented ...". */
    private static final Set<String> NON_STATE_SPEAKERS = Set.of("group", "organisation", "organization", "report",
            "company", "firm", "charity", "watchdog", "campaign", "coalition", "institute", "researcher", "newspaper",
            "study", "monitor", "ngo", "manufacturer", "producer", "maker");

    /**
     * "Villagers said they had seen new mines", "Analysts say that they expect ...", "The rights group said it had
     * documented ...": people or a body that is no state (no ref there) say something right before the pronoun,
     * which is then those people, not the states named earlier. A plural noun counts unless it is a state's people
     * ("officials", "lawmakers") or a plural of states ("governments"); a singular one only from a short list.
     */
    private static boolean speakersBefore(List<Token> tokens, int i, Sentence s) {
        int v = i - 1;
        if (v >= s.firstToken() && tokens.get(v).is("that")) {
            v--;
        }
        if (v - 1 < s.firstToken() || !SAYING.contains(tokens.get(v).norm())) {
            return false;
        }
        Token noun = tokens.get(v - 1);
        String n = noun.norm();
        if (!noun.isWord()) {
            return false;
        }
        if (tokens.get(i).norm().startsWith("it")) {
            return NON_STATE_SPEAKERS.contains(n);
        }
        return n.length() > 3 && n.endsWith("s") && !n.endsWith("ss") && !GENERIC_PLURAL.contains(n)
                && !PLURAL_HEADS.contains(n) && !n.equals("others");
    }

    /** "Belgian officials", "officials in Poland": a group of people of a state, which "they" can refer to. */
    private static boolean peopleOf(ActorRef ref, List<Token> tokens) {
        if (ref.states().isEmpty() || ref.kind() != Kind.NAMED) {
            return false;
        }
        int after = ref.endToken();
        for (int k = after; k < Math.min(tokens.size(), after + 2); k++) {
            if (GENERIC_PLURAL.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        int before = ref.firstToken() - 2;
        return before >= 0 && (tokens.get(before + 1).is("in") || tokens.get(before + 1).is("from"))
                && GENERIC_PLURAL.contains(tokens.get(before).norm());
    }

    /** One state for "it", a group for "they": several states, or states listed with bodies that are none. */
    private static boolean fits(ActorRef ref, int size, Set<ActorRef> mixed) {
        int n = ref.states().size();
        return size == 1 ? n == 1 && !mixed.contains(ref) : n >= 2 || n == 1 && mixed.contains(ref);
    }

    /**
     * "Bolivia and the European Union", "Poland and other NATO members", "Chile or the Red Cross": the list
     * that ends at token {@code k} goes on with a body that is no state (a capitalised name, or "other ...").
     * "They" can then be that group, of which only the states named yield claims (CODEBOOK.md, "Resolve
     * the actor": open groups and non-state bodies yield none).
     */
    private static boolean joinedWithNonState(String text, List<Token> tokens, Mention[] mentionAt, int k, int end) {
        int j = k;
        if (j < end && tokens.get(j).is(",")) {
            j++;
        }
        if (j + 1 >= end || !(tokens.get(j).is("and") || tokens.get(j).is("or"))) {
            return false;
        }
        j++;
        boolean other = tokens.get(j).is("other");
        if (tokens.get(j).is("the") || other) {
            j++;
        }
        if (j >= end || mentionAt[j] != null || !tokens.get(j).isWord()) {
            return false;
        }
        return other || Character.isUpperCase(text.charAt(tokens.get(j).start()));
    }

    /** What bare "officials" or "the government" stand for: the first states of this sentence, else of the last one. */
    private static Resolved topic(List<ActorRef> refs, int sentenceRefs, List<Token> tokens, Sentence s, boolean plural) {
        for (int r = sentenceRefs; r < refs.size(); r++) {
            if (!refs.get(r).states().isEmpty()) {
                return Resolved.of(refs.get(r));
            }
        }
        if (sentenceRefs == 0) {
            return Resolved.NONE;
        }
        int sentence = tokens.get(refs.get(sentenceRefs - 1).firstToken()).sentence();
        int k = sentenceRefs - 1;
        while (k > 0 && tokens.get(refs.get(k - 1).firstToken()).sentence() == sentence) {
            k--;
        }
        for (int r = k; r < sentenceRefs; r++) {
            if (!refs.get(r).states().isEmpty()) {
                return Resolved.of(refs.get(r));
            }
        }
        return Resolved.NONE;
    }

    private static boolean stateNextTo(Mention[] mentionAt, List<Token> tokens, int i, Sentence s) {
        for (int k = Math.max(s.firstToken(), i - 3); k < Math.min(s.endToken(), i + 4); k++) {
            if (mentionAt[k] != null) {
                return true;
            }
        }
        return false;
    }

    private static List<String> speakerState(List<Quote> quotes, Token t) {
        // quotes are in text order: binary search for the last one starting at or before the token
        int lo = 0, hi = quotes.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).start() <= t.start()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = found; k >= 0 && k >= found - 3; k--) {
            Quote q = quotes.get(k);
            if (q.kind() == Quote.Kind.QUOTED && q.span().contains(t.start())) {
                return q.speakerActor() == null ? List.of() : List.of(q.speakerActor());
            }
        }
        return List.of();
    }

    private static ActorRef ref(List<Token> tokens, int from, int to, Kind kind, Resolved resolved, Form form) {
        return new ActorRef(new Span(tokens.get(from).start(), tokens.get(to - 1).end()), from, to, kind, resolved.states(),
                form, resolved.namedFrom());
    }
}
