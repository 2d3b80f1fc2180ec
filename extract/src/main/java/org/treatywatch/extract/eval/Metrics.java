package org.treatywatch.extract.eval;

/**
 * Key and strict precision, recall and F1 over one selection of keys (one claim type, or all),
 * as CODEBOOK.md "Scoring" defines them.
 *
 * @param gold      gold keys in the selection (optional keys not counted)
 * @param predicted distinct predicted keys in the selection (scored, with good evidence, not optional)
 */
public record Metrics(
        int gold,
        int predicted,
        double keyPrecision,
        double keyRecall,
        double keyF1,
        double strictPrecision,
        double strictRecall,
        double strictF1) {

    /** The harmonic mean, 0 when both are 0; computed in the reference scorer's order so the doubles agree. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
