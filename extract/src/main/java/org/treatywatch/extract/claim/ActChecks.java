package org.treatywatch.extract.claim;

import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Sentence;

/**
 * Whether an act word reports an act at all: not in a question ("Asked whether either country would send
 * mines"), not a stockpile that is the object of its destruction ("destroyed its stockpile") or old Soviet stocks,
 * and whether an ACCESSION is in fact a withdrawal that took effect ("ceased to be a party").
 */
final class ActChecks extends DocRules {
    ActChecks(DocLayers d) {
        super(d);
    }

    private static final java.util.Set<String> STAY_IN_VERBS = ClaimWords.get("stay-in-verbs");
    private static final java.util.Set<String> DONE_WORDS = ClaimWords.get("done-words");

    /** "drawn from existing American stocks": a current state's adjective or possessive names the holder. */
    boolean ownerRightBefore(int t) {
        int o = t > 0 && tokens.get(t - 1).is("own") ? t - 2 : t - 1; // "from its own stockpile"
        ActorRef r = o >= 0 ? refAt[o] : null;
        return r != null && (r.kind() == ActorRef.Kind.NAMED || r.kind() == ActorRef.Kind.PRONOUN) && !r.states().isEmpty()
                && (r.form() == Mention.Form.ADJECTIVE || r.form() == Mention.Form.POSSESSIVE)
                && r.states().stream().noneMatch(FORMER::contains);
    }


    /**
     * "Asked whether either country would send mines": a question, not a claim; "a reserve ..., which
     * would be kept in storage": a relative clause about a thing, whose act the main clause already reports.
     */
    boolean inQuestionOrObjectClause(Sentence s, int t) {
        if (yesNoQuestion(s)) {
            return true;
        }
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 10); k--) {
            if ((tokens.get(k).is("whether") || tokens.get(k).is("if")) && k > s.firstToken()
                    && (tokens.get(k - 1).is("asked") || tokens.get(k - 1).is("asking") || tokens.get(k - 1).is("ask"))) {
                return true;
            }
            if (tokens.get(k).is(",") || tokens.get(k).is(";")) {
                break;
            }
        }
        if (maskId[t] != 0) {
            int k = t;
            while (k > s.firstToken() && maskId[k - 1] == maskId[t]) {
                k--;
            }
            // k is the comma opening ", which ..."; is there an actor for "which"?
            if (k + 1 < s.endToken() && tokens.get(k).is(",") && tokens.get(k + 1).is("which")
                    && (refAt[k + 1] == null || refAt[k + 1].states().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries that open a yes/no question: "Will Latvia supply mines?", "Would Finland lay mines?" */
    private static final Set<String> QUESTION_OPENERS = ClaimWords.get("question-openers");

    /**
     * "Q: Will Latvia supply mines to Ukraine?", "Leino: Would Finland lay mines?": a yes/no question asks
     * and asserts nothing; the answer is the claim. The sentence ends with "?" and opens, after a speaker's
     * label ("Q:", a name and a colon), with an auxiliary.
     */
    boolean yesNoQuestion(Sentence s) {
        int last = s.endToken() - 1;
        if (last <= s.firstToken() || !tokens.get(last).is("?")) {
            return false;
        }
        int first = s.firstToken();
        for (int k = first; k < Math.min(last, first + 4); k++) {
            if (tokens.get(k).is(":")) {
                first = k + 1;
                break;
            }
        }
        return first < last && QUESTION_OPENERS.contains(tokens.get(first).norm());
    }

    boolean ceasedBefore(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 5); k--) {
            String n = tokens.get(k).norm();
            if (n.equals("ceased") || n.equals("ceases") || n.equals("cease")
                    || n.equals("longer") && k > s.firstToken() && tokens.get(k - 1).is("no")) {
                return true;
            }
        }
        return false;
    }

    int nearDestruction(Sentence s, int t) {
        for (int k = Math.max(s.firstToken(), t - 6); k < Math.min(s.endToken(), t + 7); k++) {
            ActLexicon.Act other = k == t ? null : actAt[k];
            if (other != null && other.type() == ClaimType.DESTRUCTION) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A destruction still to come or under way, so the stocks at {@code t} are still held: "must destroy its stocks by
     * 2019", "is destroying a stockpile", "in breach of their deadlines for destroying their stockpiles", "the
     * destruction of Ukraine's remaining stockpile"; not "destroyed its stockpile", "finished destroying them".
     */
    boolean destructionToCome(Sentence s, int d, int t) {
        for (int k = Math.max(s.firstToken(), t - 2); k < Math.min(s.endToken(), t + 2); k++) {
            if (tokens.get(k).is("remaining") || k > t && tokens.get(k).is("still")) {
                return true;
            }
        }
        String n = tokens.get(d).norm();
        if (actAt[d].nominal() || n.endsWith("ed")) {
            return false;
        }
        for (int k = Math.max(s.firstToken(), d - 3); k < d; k++) {
            if (DONE_WORDS.contains(tokens.get(k).norm())) {
                return false; // "finished destroying more than a million mines"
            }
        }
        return true;
    }

    /** "have failed to destroy their stockpiles": the stockpile is still there. */
    boolean failedBefore(Sentence s, int k) {
        for (int j = Math.max(s.firstToken(), k - 4); j < k; j++) {
            String n = tokens.get(j).norm();
            if (n.equals("failed") || n.equals("not") || n.endsWith("n't") || n.equals("missed") || n.equals("yet")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "are staying in the treaty", "will remain within the convention": a staying verb before "in" or "within"; the state
     * is a party (corpus/ANNOTATION.md, convention 4), besides not withdrawing.
     */
    boolean staysIn(Sentence s, int t) {
        return STAY_IN_VERBS.contains(tokens.get(t).norm()) && t + 1 < s.endToken()
                && (tokens.get(t + 1).is("in") || tokens.get(t + 1).is("within"));
    }
}
