package org.treatywatch.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counters, as Spark accumulators that every executor adds to and the driver reads after
 * the extraction stage has run once. Serializable so that the partition functions carry it.
 */
public final class RunCounters implements Serializable {
    /** Documents read from the inputs (after the format readers, before the prefilter). */
    final LongAccumulator documentsRead;
    /** Documents the prefilter dropped: they name no mine, landmine or treaty. */
    final LongAccumulator prefiltered;
    /** Documents the full pipeline ran on. */
    final LongAccumulator extracted;
    final LongAccumulator claims;
    /** UTF-16 code units of document text read. */
    final LongAccumulator textChars;
    final FailureTally failures;

    private RunCounters(SparkContext sc) {
        documentsRead = sc.longAccumulator("treatywatch.documentsRead");
        prefiltered = sc.longAccumulator("treatywatch.prefiltered");
        extracted = sc.longAccumulator("treatywatch.extracted");
        claims = sc.longAccumulator("treatywatch.claims");
        textChars = sc.longAccumulator("treatywatch.textChars");
        failures = new FailureTally();
        sc.register(failures, "treatywatch.failures");
    }

    public static RunCounters register(SparkContext sc) {
        return new RunCounters(sc);
    }

    /** Counts one skipped file, record or document. */
    public void fail(FailureReason reason, String where) {
        failures.add(new FailureTally.Failure(reason, where));
    }
}
