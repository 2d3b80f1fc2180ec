package org.treatywatch.extract.eval;

import java.util.ArrayList;
import java.util.List;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.extract.ClaimExtractor;

/**
 * One run of an extractor over an evaluation corpus: the claims it made per document and their
 * score. The extractor sees each document as {@link EvalCorpus} built it (id, text, published
 * date from the metadata file), never its gold.
 *
 * @param results one entry per corpus document, in corpus order
 */
public record Evaluation(List<Result> results, Score score) {

    /** The claims made from one document. */
    public record Result(EvalDocument document, List<Claim> claims) {
        public Result {
            claims = List.copyOf(claims);
        }
    }

    public Evaluation {
        results = List.copyOf(results);
    }

    /** Runs {@code extractor} over every document of {@code corpus} and scores the claims. */
    public static Evaluation run(ClaimExtractor extractor, List<EvalDocument> corpus) {
        List<Result> results = new ArrayList<>();
        List<Claim> all = new ArrayList<>();
        for (EvalDocument d : corpus) {
            List<Claim> claims = extractor.extract(d.document());
            results.add(new Result(d, claims));
            all.addAll(claims);
        }
        return new Evaluation(results, Scorer.score(corpus, all));
    }
}
