package org.treatywatch.extract.claim;

import java.util.Set;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * Can an actor mention stand as the subject of the act at {@code t}? Not the object of a preposition or a verb
 * ("threat from Russia", "which border Russia"); an adjective or possessive only when it modifies an agent
 * ("Finnish officials", "Russia's army") or the act noun ("Lithuania's withdrawal").
 */
final class SubjectPositions extends DocRules {
    private static final Set<String> CLAUSE_CONJUNCTIONS = ClaimWords.get("clause-conjunctions");

    SubjectPositions(DocLayers d) {
        super(d);
    }

    boolean acceptable(ActorRef ref, int t, Sentence s, ActLexicon.Act act) {
        String first = tokens.get(ref.firstToken()).norm();
        switch (ref.kind()) {
            case RECIPROCAL, RELATIVE -> {
                return !first.equals("the") || ref.firstToken() == s.firstToken();
            }
            case GENERIC -> {
                // "The island nation", "the Lithuanian government": look past adjectives to the determiner
                int p = ref.firstToken() - 1;
                int words = 0;
                while (p >= s.firstToken() && words < 2 && tokens.get(p).isWord()
                        && Character.isLowerCase(text.charAt(tokens.get(p).start()))
                        && !DETERMINERS.contains(tokens.get(p).norm()) && !OBJECT_PREPOSITIONS.contains(tokens.get(p).norm())
                        && !CLAUSE_OPENERS.contains(tokens.get(p).norm())) {
                    p--;
                    words++;
                }
                if (words > 0 && (p < s.firstToken() || !DETERMINERS.contains(tokens.get(p).norm()))) {
                    return false;
                }
                int q = p;
                while (q >= s.firstToken() && DETERMINERS.contains(tokens.get(q).norm())) {
                    q--;
                }
                return previousAllowsSubject(p + 1, s) || q >= s.firstToken() && RULE_VERBS.contains(tokens.get(q).norm());
            }
            case PRONOUN -> {
                return switch (first) {
                    case "they", "we" -> true;
                    // "Each of them will", "all of them have": the quantifier is the subject
                    case "them" -> ref.firstToken() - 2 >= s.firstToken() && tokens.get(ref.firstToken() - 1).is("of")
                            && QUANTIFIER_SUBJECTS.contains(tokens.get(ref.firstToken() - 2).norm())
                            && previousAllowsSubject(ref.firstToken(), s);
                    case "it" -> {
                        int next = ref.endToken();
                        yield next < s.endToken() && (AUXILIARIES.contains(tokens.get(next).norm()) || next == t
                                || tokens.get(next).norm().endsWith("s") && !tokens.get(next).is("as"));
                    }
                    case "its", "their", "our" -> possessiveOk(ref, t, s, act);
                    default -> false;
                };
            }
            default -> { }
        }
        if (ref.form() == Mention.Form.ADJECTIVE && ref.states().stream().anyMatch(FORMER::contains)) {
            return false; // "Soviet-era mines", "the Soviet arsenal": where they come from, not who acts
        }
        if (ref.form() == Mention.Form.ADJECTIVE) {
            return agentNounAfter(ref.endToken(), s) || act.nominal() && t - ref.endToken() <= 2 && t >= ref.endToken();
        }
        if (ref.form() == Mention.Form.POSSESSIVE) {
            return possessiveOk(ref, t, s, act);
        }
        return previousAllowsSubject(ref.firstToken(), s) || conjunctionBefore(ref, s);
    }

    /** "a year after Lithuania became ...": after, before, since, as, than open a clause when a verb follows. */
    boolean conjunctionBefore(ActorRef ref, Sentence s) {
        int p = ref.firstToken() - 1;
        if (p < s.firstToken() || !CLAUSE_CONJUNCTIONS.contains(tokens.get(p).norm())) {
            return false;
        }
        int next = ref.endToken();
        if (next >= s.endToken()) {
            return false;
        }
        Token n = tokens.get(next);
        return n.isWord() && Character.isLowerCase(text.charAt(n.start())) && !OBJECT_PREPOSITIONS.contains(n.norm())
                && !DETERMINERS.contains(n.norm()) && !n.is("each") && !n.is("and") && !n.is("or") && !n.is("'s");
    }

    boolean possessiveOk(ActorRef ref, int t, Sentence s, ActLexicon.Act act) {
        int after = ref.endToken();
        if (after < s.endToken() && tokens.get(after).is("'s")) {
            after++;
        }
        return agentNounAfter(after, s) || act.nominal() && t - after <= 5 && t >= after;
    }

    boolean agentNounAfter(int from, Sentence s) {
        for (int k = from; k < Math.min(s.endToken(), from + 3); k++) {
            if (AGENT_NOUNS.contains(tokens.get(k).norm())) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    boolean previousAllowsSubject(int firstToken, Sentence s) {
        int p = firstToken - 1;
        while (p >= s.firstToken() && DETERMINERS.contains(tokens.get(p).norm())) {
            p--;
        }
        if (p < s.firstToken()) {
            return true;
        }
        Token prev = tokens.get(p);
        String n = prev.norm();
        if (n.equals("of") && p - 1 >= s.firstToken() && QUANTIFIER_SUBJECTS.contains(tokens.get(p - 1).norm())) {
            return previousAllowsSubject(p - 1, s); // "All of these states"
        }
        if (OBJECT_PREPOSITIONS.contains(n)) {
            if ((n.equals("in") || n.equals("from") || n.equals("of")) && p - 1 >= s.firstToken()
                    && AGENT_NOUNS.contains(tokens.get(p - 1).norm())) {
                return true; // "officials in Poland", "the moves in Finland"
            }
            return false;
        }
        if (!prev.isWord() || prev.kind() == Token.Kind.NUMBER) {
            return true;
        }
        if (CLAUSE_OPENERS.contains(n)) {
            return true;
        }
        if (Character.isUpperCase(text.charAt(prev.start()))) {
            return true;
        }
        if (APPOSITIVE_HEADS.contains(n)) {
            // "Its neighbours Latvia and Estonia will ...": an apposition, a subject if its noun phrase is one
            // (not "follow its Nordic neighbour Finland")
            int q = p - 1;
            while (q >= s.firstToken() && (POSSESSIVE_DETERMINERS.contains(tokens.get(q).norm())
                    || DETERMINERS.contains(tokens.get(q).norm())
                    || tokens.get(q).isWord() && Character.isUpperCase(text.charAt(tokens.get(q).start())))) {
                q--;
            }
            return q < s.firstToken() || previousAllowsSubject(q + 1, s);
        }
        return refAt[p] != null;
    }

    private static final Set<String> POSSESSIVE_DETERMINERS = ClaimWords.get("possessive-determiners");
}
