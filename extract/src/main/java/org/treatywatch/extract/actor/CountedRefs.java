package org.treatywatch.extract.actor;

import static org.treatywatch.extract.actor.ActorResolver.*;
import static org.treatywatch.extract.actor.Pronouns.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.ActorRef.Kind;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Mention.Form;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * {@link ActorResolver}'s plural definite references, counted or not (the document layer's "the three", "both
 * governments", issue 15 point 4): "the two countries", "those three NATO states", "both states", "the trio", a count
 * standing alone before a verb ("Both will", "All three plan"), "all (of) these states", counted and singular group
 * names ("the three Nordic countries", "the Baltic state"), and the reciprocals "each side", "the other". Each resolves
 * to the latest earlier ref with that many states within {@value ActorResolver#LOOKBACK_SENTENCES} sentences, else to
 * the states the text names most often as actors.
 */
final class CountedRefs {
    private CountedRefs() {}

    /** Group names in the singular ("Baltic state"): the whole group only after one of these words. */
    static final Set<String> SINGULAR_GROUP_HEADS = ActorWords.get("singular-group-heads");
    static final Set<String> EVERY_OR_NONE = ActorWords.get("every-or-none");

    /**
     * A group mention that is not simply all its members: "a Baltic state" names none of them (an empty ref), "the
     * Baltic state" the member named last, while
     * "no Baltic state" and "every Nordic country" are all; "the three Nordic countries" after "Sweden, Norway and
     * Denmark" are those three, the states last named with that count that all belong to the group (CODEBOOK.md,
     * "Resolve the actor"). Returns the token after the ref it adds, or {@code i} when the group is all its members.
     */
    static int singularOrCountedGroup(List<Token> tokens, Mention m, int i, Sentence s, List<ActorRef> refs) {
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

    /** "the two countries", "those three NATO states", "both countries": returns the token after it, or {@code i}. */
    static int plural(List<Token> tokens, int i, int end, List<ActorRef> refs, int sentenceRefs, Set<ActorRef> mixed) {
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

    static final Set<String> RELATIVE_QUANTIFIERS = ActorWords.get("relative-quantifiers");

    /** Words after which a phrase is the subject of a verb: "Both will", "The latter has", "All three plan". */
    static final Set<String> VERB_AFTER = ActorWords.get("verb-after");

    /**
     * "Both will produce mines", "All three plan to", "both of them", "the two said": a count that stands alone as
     * the subject of a verb, resolved like "the two countries"; returns the token after it, or {@code i}.
     */
    static int countedPronoun(List<Token> tokens, int i, int end, List<ActorRef> refs) {
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
        if (k >= end || !verbAfter(tokens.get(k))) {
            return i;
        }
        refs.add(ref(tokens, i, k, Kind.PLURAL, withCount(refs, count, tokens), Form.OTHER));
        return k;
    }

    /**
     * A word that a subject comes before: one of {@link #VERB_AFTER}, or a past form ("All three destroyed their
     * stockpiles", "The two withdrew"), but not "armed" ("the three armed groups").
     */
    static boolean verbAfter(Token tok) {
        String w = tok.norm();
        return VERB_AFTER.contains(w) || tok.isWord() && w.length() > 4 && w.endsWith("ed") && !w.equals("armed");
    }

    /** "all these", "all of those": the determiner before {@code i} says every state just named. */
    static boolean allBefore(List<Token> tokens, int i) {
        int s = tokens.get(i).sentence();
        int p = i - 1;
        if (p >= 0 && tokens.get(p).is("of") && tokens.get(p).sentence() == s) {
            p--;
        }
        return p >= 0 && tokens.get(p).is("all") && tokens.get(p).sentence() == s;
    }

    /** Prepositions after which a state is the other party of an act (recipient, target, origin), not one of the actors. */
    static final Set<String> OTHER_PARTY = ActorWords.get("other-party");

    /**
     * "All of these states" after a report that names Russia, Pakistan, India and China in one sentence and
     * "the three countries" and the United States in the next two: every state named or counted as an actor
     * ("the three countries") in the two sentences before, in text order, when that makes at least two; else
     * the nearest plural ref. States named after a preposition
     * of the other party ("to Ukraine", "against Russia") or as adjectives are not among them.
     */
    static Resolved everyStateNamed(List<ActorRef> refs, int sentenceRefs, List<Token> tokens, Set<ActorRef> mixed) {
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

    static Resolved withCount(List<ActorRef> refs, int count, List<Token> tokens) {
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
    static Resolved mostNamed(List<ActorRef> refs, int count, List<Token> tokens) {
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
    static Resolved reciprocal(List<ActorRef> refs, List<Token> tokens, Sentence s) {
        Resolved pair = lastDistinct(refs, 2, tokens, s);
        return pair.states().isEmpty() ? mostNamed(refs, 2, tokens) : pair;
    }

    /** The last {@code count} distinct states named before, within a few sentences. */
    static Resolved lastDistinct(List<ActorRef> refs, int count, List<Token> tokens, Sentence s) {
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

}
