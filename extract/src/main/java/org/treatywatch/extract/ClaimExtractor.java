package org.treatywatch.extract;

import java.util.List;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;

/**
 * Turns a document into the claims CODEBOOK.md defines. Implementations are pure and thread-safe:
 * no I/O, no mutable state shared between calls, so one instance serves every thread of a process
 * or every record of a Spark partition. Build one per process (or executor), not per document:
 * building compiles the gazetteers and loads the models.
 */
public interface ClaimExtractor {

    /**
     * The claims in {@code document}, each with evidence that is an exact slice of its text.
     *
     * @throws ExtractionException when the extraction fails on this document (a failed document,
     *     not one without claims: count it as failed, go on with the next)
     */
    List<Claim> extract(Document document);

    /**
     * A cheap test that is false only when {@code text} cannot hold a claim (it names no mine,
     * landmine or treaty). Batch jobs use it to skip most ordinary news before the full pipeline.
     */
    boolean mightHoldClaims(CharSequence text);

    /**
     * Identifies the extraction rules and models; it changes whenever their output may change, so
     * that stored claims made by an older version can be re-extracted.
     */
    String version();
}
