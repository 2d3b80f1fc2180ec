package org.treatywatch.extract.actor;

import static org.treatywatch.extract.actor.CountedRefs.*;
import static org.treatywatch.extract.actor.Pronouns.*;

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
 * The plural and counted references are {@link CountedRefs}, the pronouns and bare nouns {@link Pronouns}.
 * Each ref remembers where the states it resolves to are named ({@link ActorRef#namedFrom()}), so a
 * claim can take its evidence from there. Resolution is a backward search over the refs already made,
 * bounded to a few sentences (the "named most often" count to the last 200 refs), so the stage is
 * linear in the number of refs times that bound.
 */
public final class ActorResolver implements Stage {
    static final int LOOKBACK_SENTENCES = 6;
    static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("2", 2), Map.entry("3", 3),
            Map.entry("4", 4), Map.entry("5", 5), Map.entry("both", 2));
    /** What may follow a pronoun "neither" (not "has neither signed nor ratified", not "neither Chile nor Peru"). */
    private static final Set<String> SINGULAR_HEADS = ActorWords.get("singular-heads");
    private static final Set<String> NEITHER_FOLLOWERS = ActorWords.get("neither-followers");
    static final Set<String> PLURAL_DETERMINERS = ActorWords.get("plural-determiners");
    static final Set<String> PLURAL_HEADS = ActorWords.get("plural-heads");
    static final Set<String> GENERIC_PLURAL = ActorWords.get("generic-plural");
    private static final Set<String> GENERIC_SINGULAR = ActorWords.get("generic-singular");


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
        Doc doc = new Doc(text, tokens, mentionAt, treatyAt, quotes, new ArrayList<>(),
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        for (Sentence s : sentences) {
            int sentenceRefs = doc.refs().size();
            int i = s.firstToken();
            while (i < s.endToken()) {
                i = step(doc, s, sentenceRefs, i);
            }
        }
        return doc.refs();
    }

    /**
     * One document's layers while its refs are made. {@code mixed}: states listed with a body that is no state
     * ("Bolivia and the European Union"), a group "they" can point to.
     */
    private record Doc(String text, List<Token> tokens, Mention[] mentionAt, boolean[] treatyAt, List<Quote> quotes,
            List<ActorRef> refs, Set<ActorRef> mixed) {}

    /** The ref, if any, that starts at token {@code i}; returns the token after what it read. */
    private static int step(Doc doc, Sentence s, int sentenceRefs, int i) {
        Mention m = doc.mentionAt()[i];
        if (m != null) {
            return named(doc, s, m, i);
        }
        String n = doc.tokens().get(i).norm();
        int after = counted(doc, s, sentenceRefs, i, n);
        if (after > i) {
            return after;
        }
        pronoun(doc, s, sentenceRefs, i, n);
        return i + 1;
    }

    /** A state or group mention at {@code i}: a list, or a singular or counted group name. */
    private static int named(Doc doc, Sentence s, Mention m, int i) {
        List<Token> tokens = doc.tokens();
        Mention[] mentionAt = doc.mentionAt();
        List<ActorRef> refs = doc.refs();
        int end = s.endToken();
        if (m != null && m.kind() == Mention.Kind.STATE_GROUP) {
            int after = singularOrCountedGroup(tokens, m, i, s, refs);
            if (after > i) {
                return after;
            }
        }
        int next = list(tokens, mentionAt, m, end, refs);
        if (joinedWithNonState(doc.text(), tokens, mentionAt, next, end)) {
            doc.mixed().add(refs.get(refs.size() - 1));
        }
        return next;
    }

    /** "the two countries", "both", "the latter", "neither", "each side", "the other" at {@code i}; else {@code i}. */
    private static int counted(Doc doc, Sentence s, int sentenceRefs, int i, String n) {
        List<Token> tokens = doc.tokens();
        Mention[] mentionAt = doc.mentionAt();
        List<ActorRef> refs = doc.refs();
        int end = s.endToken();
        boolean groupFollows = false;
        for (int k = i + 1; k < Math.min(end, i + 4); k++) {
            groupFollows |= mentionAt[k] != null && mentionAt[k].kind() == Mention.Kind.STATE_GROUP;
        }
        if ((PLURAL_DETERMINERS.contains(n) || NUMBERS.containsKey(n)) && !groupFollows) {
            int after = plural(tokens, i, end, refs, sentenceRefs, doc.mixed());
            if (after > i) {
                return after;
            }
            after = countedPronoun(tokens, i, end, refs);
            if (after > i) {
                return after;
            }
        }
        if (n.equals("the") && i + 2 < end && (tokens.get(i + 1).is("former") || tokens.get(i + 1).is("latter"))
                && VERB_AFTER.contains(tokens.get(i + 2).norm())) {
            // "Chile and Peru left. The latter will also ...": one of the pair just named
            Resolved pair = lastDistinct(refs, 2, tokens, s);
            Resolved one = pair.states().isEmpty() ? Resolved.NONE
                    : new Resolved(List.of(pair.states().get(tokens.get(i + 1).is("former") ? 0 : 1)), pair.namedFrom());
            refs.add(ref(tokens, i, i + 2, Kind.PLURAL, one, Form.OTHER));
            return i + 2;
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
            return stop;
        }
        if (n.equals("each") || n.equals("either") || (n.equals("both") && i + 1 < end && tokens.get(i + 1).is("sides"))
                || (n.equals("one") && i + 1 < end && tokens.get(i + 1).is("another"))) {
            if (i + 1 < end && Set.of("side", "sides", "other", "country", "another", "state").contains(tokens.get(i + 1).norm())) {
                refs.add(ref(tokens, i, i + 2, Kind.RECIPROCAL, reciprocal(refs, tokens, s), Form.OTHER));
                return i + 2;
            }
        }
        if (n.equals("the") && i + 1 < end && tokens.get(i + 1).is("other") && !(i + 2 < end && PLURAL_HEADS.contains(tokens.get(i + 2).norm()))) {
            int stop = i + 2 < end && Set.of("side", "country", "state").contains(tokens.get(i + 2).norm()) ? i + 3 : i + 2;
            refs.add(ref(tokens, i, stop, Kind.RECIPROCAL, reciprocal(refs, tokens, s), Form.OTHER));
            return stop;
        }
        return i;
    }

    /** A pronoun, relative pronoun or bare noun of a state's people at {@code i}. */
    private static void pronoun(Doc doc, Sentence s, int sentenceRefs, int i, String n) {
        List<Token> tokens = doc.tokens();
        Mention[] mentionAt = doc.mentionAt();
        List<ActorRef> refs = doc.refs();
        int end = s.endToken();
        int next = i + 1;
        switch (n) {
            case "it", "its", "itself" -> refs.add(ref(tokens, i, next, Kind.PRONOUN,
                    speakersBefore(tokens, i, s) || treatyPredicate(tokens, doc.treatyAt(), i, end) ? Resolved.NONE
                            : nearest(refs, sentenceRefs, 1, tokens, doc.mixed(), i),
                    n.equals("its") ? Form.POSSESSIVE : Form.OTHER));
            case "they", "their", "them", "themselves" -> refs.add(ref(tokens, i, next, Kind.PRONOUN,
                    speakersBefore(tokens, i, s) ? Resolved.NONE : nearest(refs, sentenceRefs, 2, tokens, doc.mixed(), i),
                    n.equals("their") ? Form.POSSESSIVE : Form.OTHER));
            case "we", "our", "us", "ourselves" -> refs.add(ref(tokens, i, next, Kind.PRONOUN,
                    new Resolved(speakerState(doc.quotes(), tokens.get(i)), -1), n.equals("our") ? Form.POSSESSIVE : Form.OTHER));
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
    }

    /** Verbs that make a state after "and" the subject of a new clause rather than one more object of a preposition. */
    private static final Set<String> CLAUSE_VERBS = ActorWords.get("clause-verbs");

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

    private static boolean stateNextTo(Mention[] mentionAt, List<Token> tokens, int i, Sentence s) {
        for (int k = Math.max(s.firstToken(), i - 3); k < Math.min(s.endToken(), i + 4); k++) {
            if (mentionAt[k] != null) {
                return true;
            }
        }
        return false;
    }

    static ActorRef ref(List<Token> tokens, int from, int to, Kind kind, Resolved resolved, Form form) {
        return new ActorRef(new Span(tokens.get(from).start(), tokens.get(to - 1).end()), from, to, kind, resolved.states(),
                form, resolved.namedFrom());
    }
}
