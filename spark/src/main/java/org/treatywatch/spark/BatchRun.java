package org.treatywatch.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.spark.input.InputFiles;
import org.treatywatch.spark.input.SourceFormat;
import org.treatywatch.spark.input.JsonLinesDocuments;
import org.treatywatch.spark.input.ParquetDocuments;
import org.treatywatch.spark.input.WarcDocuments;
import org.treatywatch.spark.output.ClaimJsonLines;
import org.treatywatch.spark.output.ClaimRows;

/**
 * One run of the batch job, as a plan of narrow steps that Spark fuses into one stage per input:
 * read (WARC, JSON Lines or Parquet) → documents → {@link ExtractPartition} → claims, and the
 * documents that have claims, written to a staging directory. That write is the only action that
 * reads the inputs and runs extraction, so the accumulators count every document once and an
 * archive is read once. The outputs are made from the staged rows, which are few (claims are
 * rare): claims grouped by year and type as Parquet (a small shuffle; documents never move), the
 * JSON Lines copy from that Parquet (so the two agree by construction), and the documents with
 * claims as JSON Lines in the job's own input format, which {@code treatywatch import} needs to
 * store the claims with their text.
 *
 * <p>Layout of the output directory:
 * <pre>
 *   claims-parquet/year=2025/type=PRODUCTION/part-*.parquet
 *   claims-jsonl/year=2025/type=PRODUCTION/part-*.jsonl (one JSON object per line)
 *   documents-jsonl/part-*.jsonl                        ({id, text, title, published, url, outlet, claims})
 *   report.json
 * </pre>
 */
public final class BatchRun {
    public static final String PARQUET_DIR = "claims-parquet";
    public static final String JSONL_DIR = "claims-jsonl";
    public static final String DOCUMENTS_DIR = "documents-jsonl";
    // Not "_staging": Spark treats names starting with "_" or "." as hidden and would not read it back.
    private static final String STAGING_DIR = "staging";
    public static final String REPORT_FILE = "report.json";

    private static final StructType LINE_SCHEMA = new StructType()
            .add("value", DataTypes.StringType, false)
            .add("year", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false);

    private BatchRun() {}

    public static RunReport run(SparkSession spark, BatchOptions options) throws IOException {
        long started = System.nanoTime();
        ClaimExtractor extractor;
        try {
            extractor = ExtractorHolder.get(options.extractor());
        } catch (IllegalArgumentException e) {
            throw new BatchUsageException(e.getMessage(), e);
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(options.output());
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) {
            if (!options.overwrite()) {
                throw new BatchUsageException(options.output() + ": output exists; choose a new directory or pass --overwrite");
            }
            outFs.delete(out, true);
        }
        InputFiles files;
        try {
            files = InputFiles.list(options.inputs(), conf);
        } catch (InputFiles.NotFoundException e) {
            throw new BatchUsageException(e.getMessage(), e);
        }

        RunCounters counters = RunCounters.register(spark.sparkContext());
        files.failures().forEach(counters.failures::add);

        JavaRDD<Document> documents = documents(spark, files, counters, options);
        JavaRDD<Row> results = documents.mapPartitions(new ExtractPartition(options.extractor(), counters));
        Path staging = new Path(out, STAGING_DIR);
        spark.createDataFrame(results, ClaimRows.RESULT).write().parquet(staging.toString());

        Dataset<Row> staged = spark.read().schema(ClaimRows.RESULT).parquet(staging.toString());
        String parquetDir = new Path(out, PARQUET_DIR).toString();
        staged.where(functions.col("claim").isNotNull()).select("claim.*")
                .repartition(functions.col("year"), functions.col("type"))
                .write().partitionBy("year", "type").parquet(parquetDir);
        staged.where(functions.col("document").isNotNull()).select("document.*")
                .coalesce(Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions")))
                .write().json(new Path(out, DOCUMENTS_DIR).toString());
        outFs.delete(staging, true);

        JavaRDD<Row> lines = spark.read().schema(ClaimRows.SCHEMA).parquet(parquetDir).toJavaRDD()
                .map(r -> RowFactory.create(ClaimJsonLines.line(r), r.getAs("year"), r.getAs("type")));
        spark.createDataFrame(lines, LINE_SCHEMA)
                .write().partitionBy("year", "type").text(new Path(out, JSONL_DIR).toString());
        // Spark names text parts .txt and JSON parts .json; they are JSON Lines, and named so
        jsonLinesNames(outFs, new Path(out, JSONL_DIR), ".txt");
        jsonLinesNames(outFs, new Path(out, DOCUMENTS_DIR), ".json");

        Map<String, RunReport.Failures> failures = new TreeMap<>();
        counters.failures.value().forEach((reason, count) ->
                failures.put(reason.code(), new RunReport.Failures(count.count(), count.example())));
        RunReport report = new RunReport(options.inputs(), options.output(), spark.sparkContext().master(),
                extractor.version(), files.fileCount() + files.failures().size(), files.totalBytes(),
                counters.documentsRead.value(), counters.prefiltered.value(), counters.extracted.value(),
                counters.claims.value(), counters.textChars.value(), failures,
                (System.nanoTime() - started) / 1e9, counters.cpuNanos.value() / 1e9);
        try (OutputStream o = outFs.create(new Path(out, REPORT_FILE), true)) {
            o.write(report.toJson().getBytes(StandardCharsets.UTF_8));
        }
        return report;
    }

    /** Renames every {@code part-*SUFFIX} under {@code dir} to {@code part-*.jsonl}. */
    private static void jsonLinesNames(org.apache.hadoop.fs.FileSystem fs, Path dir, String suffix) throws java.io.IOException {
        var files = fs.listFiles(dir, true);
        List<Path> parts = new java.util.ArrayList<>();
        while (files.hasNext()) {
            Path p = files.next().getPath();
            if (p.getName().startsWith("part-") && p.getName().endsWith(suffix)) {
                parts.add(p);
            }
        }
        for (Path p : parts) {
            String name = p.getName();
            fs.rename(p, new Path(p.getParent(), name.substring(0, name.length() - suffix.length()) + ".jsonl"));
        }
    }

    private static JavaRDD<Document> documents(SparkSession spark, InputFiles files, RunCounters counters,
            BatchOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<Document>> parts = new ArrayList<>();
        List<String> warc = files.files(SourceFormat.WARC);
        if (!warc.isEmpty()) {
            parts.add(jsc.binaryFiles(String.join(",", warc), warc.size())
                    .flatMap(new WarcDocuments(counters, options.maxDocumentBytes())));
        }
        List<String> jsonl = files.files(SourceFormat.JSONL);
        if (!jsonl.isEmpty()) {
            parts.add(jsc.binaryFiles(String.join(",", jsonl), jsonl.size())
                    .flatMap(new JsonLinesDocuments(counters, options.maxDocumentBytes())));
        }
        List<String> parquet = files.files(SourceFormat.PARQUET);
        if (!parquet.isEmpty()) {
            parts.add(ParquetDocuments.read(spark, parquet, counters));
        }
        if (parts.isEmpty()) {
            return jsc.emptyRDD();
        }
        JavaRDD<Document> all = parts.getFirst();
        for (JavaRDD<Document> part : parts.subList(1, parts.size())) {
            all = all.union(part);
        }
        return all;
    }
}
