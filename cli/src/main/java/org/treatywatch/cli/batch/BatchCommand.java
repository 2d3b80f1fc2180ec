package org.treatywatch.cli.batch;

import java.util.concurrent.Callable;
import org.treatywatch.cli.UsageException;
import picocli.CommandLine.Command;

/**
 * {@code treatywatch batch} as {@code --help} and {@code help batch} describe it. The job itself
 * runs on Apache Spark, whose dependencies stay in the {@code spark} module: the
 * {@code ./treatywatch} launcher starts {@code org.treatywatch.spark.BatchJob} for
 * {@code batch} before this command line is reached, and {@code ./treatywatch batch --help}
 * gives all of the job's options. Reached from the plain jar, it says so.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {
            "Extract claims from whole archives (WARC, JSON Lines, Parquet) on Apache Spark.",
            "Writes them as Parquet and JSON Lines (.jsonl) by year and claim type, with the",
            "documents that hold them and a run report; 'treatywatch import' loads them.",
            "Runs in Spark's local mode through ./treatywatch; on a cluster, submit",
            "spark/target/treatywatch-batch.jar with spark-submit (spark/README.md)."
        },
        footer = {
            "",
            "Examples:",
            "  ./treatywatch batch -o out/2025-06 crawl/*.warc.gz exports/*.jsonl",
            "  ./treatywatch batch --help        (every option of the job)"
        })
public final class BatchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("batch runs on Apache Spark: start it with ./treatywatch batch ... (the launcher"
                + " builds the Spark job), or spark-submit spark/target/treatywatch-batch.jar (spark/README.md)");
    }
}
