package org.treatywatch.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.treatywatch.extract.input.Sizes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code treatywatch-batch} Spark job: claims from whole news archives. Run it with
 * {@code spark-submit --class org.treatywatch.spark.BatchJob treatywatch-batch.jar ...} on a
 * cluster, or as {@code ./treatywatch batch ...}, which runs it in Spark's local mode on this
 * machine's cores. See spark/README.md for the runbook.
 *
 * <p>Exit codes follow the CLI's (STYLE.md): 0 all inputs read, 1 some inputs failed and were
 * counted in the report while the rest went through ({@code --tolerate-failures} makes this 0, for
 * schedulers that treat any non-zero exit as a failed job), 2 usage or bad input, 3 a bug.
 */
@Command(
        name = "treatywatch batch",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Extracts claims from whole archives (WARC, JSON Lines, Parquet) with Apache",
            "Spark; writes them as Parquet and JSON Lines, partitioned by year and type,",
            "with a run report. Runs in Spark's local mode here; on a cluster, submit",
            "spark/target/treatywatch-batch.jar with spark-submit (spark/README.md)."
        })
public final class BatchJob implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files, directories or globs: *.warc[.gz], *.jsonl[.gz], *.parquet; local, hdfs://, s3a://, gs://.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output directory (claims-parquet/, claims-jsonl/, report.json); must not exist.")
    String output;

    @Option(names = "--paths-from", paramLabel = "FILE",
            description = "Also read the inputs listed in FILE, one per line (e.g. Common Crawl's warc.paths).")
    Path pathsFrom;

    @Option(names = "--path-prefix", paramLabel = "PREFIX", defaultValue = "",
            description = "Prefix for each path read from --paths-from (e.g. s3a://commoncrawl/).")
    String pathPrefix;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master; default: spark-submit's, else local[*] (all cores of this machine).")
    String master;

    @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
    boolean overwrite;

    @Option(names = "--extractor", paramLabel = "NAME", defaultValue = ExtractorHolder.STANDARD,
            description = "'standard', 'syntax' (with the syntactic layer), or the class name of a ClaimExtractor with a no-argument constructor.")
    String extractor;

    @Option(names = "--max-doc-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "Skip (and count) HTML pages and JSON lines larger than SIZE (default: ${DEFAULT-VALUE}).")
    String maxDocSize;

    @Option(names = "--tolerate-failures", description = "Exit 0 even when some inputs failed (they are still counted).")
    boolean tolerateFailures;

    @Option(names = "--debug", description = "Show stack traces of unexpected errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        List<String> all = new ArrayList<>(inputs);
        if (pathsFrom != null) {
            if (!Files.isReadable(pathsFrom)) {
                throw new BatchUsageException(pathsFrom + ": cannot read the paths list");
            }
            for (String line : Files.readAllLines(pathsFrom, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    all.add(pathPrefix + line.strip());
                }
            }
        }
        if (all.isEmpty()) {
            throw new BatchUsageException("no inputs: name files, directories or globs, or pass --paths-from");
        }
        long maxDocumentBytes;
        try {
            maxDocumentBytes = Sizes.parse(maxDocSize);
        } catch (IllegalArgumentException e) {
            throw new BatchUsageException("--max-doc-size: " + e.getMessage());
        }
        BatchOptions options = new BatchOptions(all, output, extractor, overwrite, maxDocumentBytes);
        try (SparkSession spark = session(master)) {
            RunReport report = BatchRun.run(spark, options);
            System.err.println("treatywatch batch: " + report.summary());
            System.err.println("treatywatch batch: claims and report.json in " + output);
            if (report.failuresTotal() > 0) {
                report.failures().forEach((reason, f) ->
                        System.err.println("treatywatch batch: " + f.count() + " x " + reason + ", first: " + f.example()));
                return tolerateFailures ? 0 : 1;
            }
            return 0;
        }
    }

    /** A session for the job: spark-submit's settings when there are any, local mode otherwise. */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("treatywatch-batch");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // On one machine the web UI only costs a port (the report says what happened), and
            // nothing needs to reach the driver from outside.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job's command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new BatchJob());
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("treatywatch batch: " + ex.getMessage());
            err.println("Try 'treatywatch batch --help'.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean debug = parseResult.hasMatchedOption("--debug");
            if (ex instanceof BatchUsageException) {
                err.println("treatywatch batch: " + ex.getMessage());
                if (debug) {
                    ex.printStackTrace(err);
                }
                return 2;
            }
            err.println("treatywatch batch: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            return 3;
        });
        return cl.execute(args);
    }
}
