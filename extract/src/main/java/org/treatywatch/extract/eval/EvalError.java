package org.treatywatch.extract.eval;

import java.util.Set;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.Modality;

/**
 * One mistake of the extractor, sorted by cause as STYLE.md asks of {@code treatywatch eval}
 * (like Caffeine's simulator sorting misses by cause). Each mistake lowers a score in exactly one
 * way the codebook defines:
 *
 * <ul>
 *   <li>{@link WrongActor}: a predicted key that is not in gold, paired with a missed gold key of
 *       the same document, type, treaty and recipient; it costs one key false positive and one false
 *       negative, but the fix is in actor resolution;
 *   <li>{@link WrongRecipient}: the same for a TRANSFER whose giver is right and whose recipient
 *       is not (often {@code null} where the text names the receiver);
 *   <li>{@link WrongModality}: a predicted (key, modality) whose key is in gold but whose modality
 *       is not acceptable; lowers strict precision (and strict recall when no other modality for the
 *       key was right);
 *   <li>{@link Missed}: a gold key that no claim predicted;
 *   <li>{@link Spurious}: a predicted key that is neither in gold nor optional;
 *   <li>{@link BadEvidence}: a claim whose evidence text is not the slice of the document it points
 *       to; it is wrong whatever else it says and is dropped before scoring.
 * </ul>
 *
 * Keys carry the document's basename, as all scoring keys do.
 */
public sealed interface EvalError {

    /** The cause, as printed in group headings. */
    String cause();

    /** The key this mistake is about. */
    Claim.Key key();

    record WrongActor(Claim.Key key, Claim.Key gold, Claim example) implements EvalError {
        @Override
        public String cause() {
            return "wrong actor";
        }
    }

    record WrongRecipient(Claim.Key key, Claim.Key gold, Claim example) implements EvalError {
        @Override
        public String cause() {
            return "wrong recipient";
        }
    }

    record WrongModality(Claim.Key key, Modality predicted, Set<Modality> acceptable, Claim example) implements EvalError {
        public WrongModality {
            acceptable = Set.copyOf(acceptable);
        }

        @Override
        public String cause() {
            return "wrong modality";
        }
    }

    record Missed(Claim.Key key, Set<Modality> acceptable) implements EvalError {
        public Missed {
            acceptable = Set.copyOf(acceptable);
        }

        @Override
        public String cause() {
            return "missed";
        }
    }

    record Spurious(Claim.Key key, Claim example) implements EvalError {
        @Override
        public String cause() {
            return "spurious";
        }
    }

    record BadEvidence(Claim.Key key, Claim claim) implements EvalError {
        @Override
        public String cause() {
            return "bad evidence";
        }
    }
}
