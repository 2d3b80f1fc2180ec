package org.treatywatch.extract.eval;

import java.util.List;
import org.treatywatch.core.claim.Claim;

/**
 * The result of scoring a set of predicted claims against a corpus's gold.
 *
 * @param byType      one row per claim type present in gold or in the predicted keys, sorted by name
 * @param overall     every type together
 * @param missed      gold keys no claim predicted (key recall's false negatives), sorted
 * @param extra       predicted keys not in gold (key precision's false positives), sorted
 * @param evidenceBad claims whose evidence is not the slice it claims to be (dropped before scoring)
 * @param unknownDocs sorted basenames of predicted documents that are not in the corpus (their claims are ignored)
 * @param errors      every mistake, grouped by cause: see {@link EvalError}
 */
public record Score(
        List<TypeScore> byType,
        Metrics overall,
        List<Claim.Key> missed,
        List<Claim.Key> extra,
        int evidenceBad,
        List<String> unknownDocs,
        List<EvalError> errors) {

    public Score {
        byType = List.copyOf(byType);
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
        unknownDocs = unknownDocs.stream().sorted().distinct().toList();
        errors = List.copyOf(errors);
    }
}
