package org.treatywatch.extract.claim;

import java.util.List;
import java.util.Set;
import org.treatywatch.extract.pipeline.Token;

/**
 * Verb phrases that stand for an act reported just before them: "do so", "did so", "has done the same",
 * "do likewise", "follow suit", "follow its lead", "follow Poland's example" ("Poland said it would produce
 * mines. Finland is expected to do so too."). They report
 * the same kind of act on the same weapon or treaty, by their own subject and with their own modality
 * (CODEBOOK.md, "A claim": one claim per state per act, actors resolved across sentences).
 *
 * <p>Nouns count after "similar", "the same" or "such a" ("Finland's parliament approved a similar move",
 * "Estonia is weighing the same step"): they point back like "do so". "It" or a bare "the move" could stand for any
 * act of the article, not just the last one, so they yield nothing.
 */
final class ProForms {
    private static final Set<String> DO = ClaimWords.get("do");
    private static final Set<String> FOLLOW = ClaimWords.get("follow");
    /** What one follows when repeating another's act: "follow its lead", "followed Poland's example". */
    private static final Set<String> PRECEDENTS = ClaimWords.get("precedents");
    /** "did so far", "do so that", "did so much": "so" as an adverb of degree or purpose, not a pro-form. */
    private static final Set<String> NOT_AFTER_SO = ClaimWords.get("not-after-so");
    /** "a similar move", "the same step", "such a decision": a noun that stands for the act just reported. */
    private static final Set<String> NOUNS = ClaimWords.get("pro-form-nouns");

    private ProForms() {}

    /**
     * "a similar move", "similar moves", "the same step", "such a decision", "such steps": 2 or 3 tokens from
     * "similar", "same" (after "the") or "such", else 0.
     */
    private static int nounLengthAt(List<Token> tokens, int i, String w, String next, int sentenceEnd) {
        if (w.equals("similar") || w.equals("same") && i > 0 && tokens.get(i - 1).is("the")) {
            return NOUNS.contains(next) ? 2 : 0;
        }
        if (!w.equals("such")) {
            return 0;
        }
        if (NOUNS.contains(next)) {
            return 2;
        }
        boolean article = next.equals("a") || next.equals("an");
        return article && i + 2 < sentenceEnd && NOUNS.contains(tokens.get(i + 2).norm()) ? 3 : 0;
    }

    /**
     * "that of Finland", "those of Estonia and Lithuania": a pronoun for an act noun just named ("Latvia's withdrawal
     * took effect at the same time as those of Estonia and Lithuania"), whose state follows the "of".
     */
    static boolean isThatOfAt(List<Token> tokens, int i, int sentenceEnd) {
        String w = tokens.get(i).norm();
        return (w.equals("that") || w.equals("those")) && i + 2 < sentenceEnd && tokens.get(i + 1).is("of");
    }

    /** True when the pro-form at {@code i} is a noun ("a similar move", "the same step"), not a verb phrase. */
    static boolean isNounAt(List<Token> tokens, int i, int sentenceEnd) {
        return i + 1 < sentenceEnd && nounLengthAt(tokens, i, tokens.get(i).norm(), tokens.get(i + 1).norm(), sentenceEnd) > 0;
    }

    /** The number of tokens of the pro-form starting at token {@code i} ("did so": 2, "do the same": 3), else 0. */
    static int lengthAt(List<Token> tokens, int i, int sentenceEnd) {
        String w = tokens.get(i).norm();
        if (i + 1 >= sentenceEnd) {
            return 0;
        }
        String next = tokens.get(i + 1).norm();
        if (isThatOfAt(tokens, i, sentenceEnd)) {
            return 1;
        }
        int noun = nounLengthAt(tokens, i, w, next, sentenceEnd);
        if (noun > 0) {
            return noun;
        }
        if (DO.contains(w)) {
            if (next.equals("so")) {
                return i + 2 < sentenceEnd && NOT_AFTER_SO.contains(tokens.get(i + 2).norm()) ? 0 : 2;
            }
            if (next.equals("the") && i + 2 < sentenceEnd && tokens.get(i + 2).is("same")) {
                return 3;
            }
            return next.equals("likewise") ? 2 : 0;
        }
        if (!FOLLOW.contains(w)) {
            return 0;
        }
        if (next.equals("suit")) {
            return 2;
        }
        // "follow its lead", "follow Poland's example", "follow in their footsteps": a possessive, then the precedent
        for (int k = i + 2; k < Math.min(sentenceEnd, i + 5); k++) {
            if (PRECEDENTS.contains(tokens.get(k).norm())) {
                String before = tokens.get(k - 1).norm();
                boolean possessive = before.equals("'s") || before.equals("its") || before.equals("their")
                        || before.equals("his") || before.equals("her");
                return possessive ? k - i + 1 : 0;
            }
            if (!tokens.get(k).isWord() && !tokens.get(k).is("'s")) {
                return 0;
            }
        }
        return 0;
    }
}
