/**
 * Scoring extracted claims against hand-made gold files, exactly as CODEBOOK.md "Scoring" and the
 * reference scorer {@code ../shared/tools/score-claims.py} do it.
 *
 * <p>{@link org.treatywatch.extract.eval.EvalCorpus} reads a directory of {@code X.txt} with
 * {@code X.gold.jsonl} beside it, {@link org.treatywatch.extract.eval.Scorer} compares predicted
 * {@link org.treatywatch.core.claim.Claim}s with the gold keys (key and strict precision, recall,
 * F1, per type and overall), sorts the mistakes by cause (wrong actor, wrong recipient, wrong modality, missed,
 * spurious, bad evidence: STYLE.md "Benchmarks") and {@link org.treatywatch.extract.eval.ScoreTable}
 * prints the table in the reference scorer's layout, digit for digit.
 */
package org.treatywatch.extract.eval;
