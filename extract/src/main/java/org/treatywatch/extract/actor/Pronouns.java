package org.treatywatch.extract.actor;

import static org.treatywatch.extract.actor.ActorResolver.*;
import static org.treatywatch.extract.actor.CountedRefs.*;

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
 * {@link ActorResolver}'s pronouns and bare nouns: "it"/"its" the nearest single state, "they"/"their" the nearest
 * group (states listed with a body that is no state included), not when people or a body that is no state speak
 * right before ("Villagers said they") or when "it" is a treaty doing what treaties do ("It bans the use");
 * "we"/"our" in a quotation the speaker's state; bare "officials", "the government" the states the sentence, or the
 * one before, is about.
 */
final class Pronouns {
    private Pronouns() {}

    /** The nearest ref with one state ({@code size == 1}) or several ({@code size == 2}). */
    static final Set<String> PREPOSITIONS = ActorWords.get("prepositions");

    static Resolved nearest(List<ActorRef> refs, int sentenceRefs, int size, List<Token> tokens, Set<ActorRef> mixed,
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
    static boolean peopleSubjectBefore(List<Token> tokens, int at, List<ActorRef> refs, int sentenceRefs) {
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
    static final Set<String> TREATY_VERBS = ActorWords.get("treaty-verbs");
    /** What is done to a treaty: "it was signed by 122 states". */
    static final Set<String> TREATY_PARTICIPLES = ActorWords.get("treaty-participles");
    static final Set<String> AUX_OR_ADVERB = ActorWords.get("aux-or-adverb");

    /**
     * "Lithuania left the Ottawa Convention. It bans the use ...", "It was signed by 122 states": "it" is the
     * treaty named in this sentence or the one before when what follows is what a treaty does or undergoes.
     */
    static boolean treatyPredicate(List<Token> tokens, boolean[] treatyAt, int i, int end) {
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
    static final Set<String> SAYING = ActorWords.get("saying");

    /** Who says things in the news without being a state: "The rights group said it had documented ...". */
    static final Set<String> NON_STATE_SPEAKERS = ActorWords.get("non-state-speakers");

    /**
     * "Villagers said they had seen new mines", "Analysts say that they expect ...", "The rights group said it had
     * documented ...": people or a body that is no state (no ref there) say something right before the pronoun,
     * which is then those people, not the states named earlier. A plural noun counts unless it is a state's people
     * ("officials", "lawmakers") or a plural of states ("governments"); a singular one only from a short list.
     */
    static boolean speakersBefore(List<Token> tokens, int i, Sentence s) {
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
    static boolean peopleOf(ActorRef ref, List<Token> tokens) {
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
    static boolean fits(ActorRef ref, int size, Set<ActorRef> mixed) {
        int n = ref.states().size();
        return size == 1 ? n == 1 && !mixed.contains(ref) : n >= 2 || n == 1 && mixed.contains(ref);
    }

    /** What bare "officials" or "the government" stand for: the first states of this sentence, else of the last one. */
    static Resolved topic(List<ActorRef> refs, int sentenceRefs, List<Token> tokens, Sentence s, boolean plural) {
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

    static List<String> speakerState(List<Quote> quotes, Token t) {
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

}
