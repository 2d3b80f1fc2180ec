package org.treatywatch.spark.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.treatywatch.core.document.Document;
import org.treatywatch.spark.FailureReason;
import org.treatywatch.spark.RunCounters;

/**
 * Documents from Parquet files with the JSON Lines columns ({@code id}, {@code text}, optional
 * {@code title}, {@code published} as date, timestamp or string, {@code url}, {@code outlet}). Only
 * these columns are read, so wide tables (a newsroom's full export) cost no more than narrow ones.
 */
public final class ParquetDocuments {
    private static final List<String> COLUMNS = List.of("id", "text", "title", "published", "url", "outlet");

    private ParquetDocuments() {}

    public static JavaRDD<Document> read(SparkSession spark, List<String> files, RunCounters counters) {
        Dataset<Row> table = spark.read().parquet(files.toArray(String[]::new));
        List<String> present = Arrays.asList(table.columns());
        List<Column> columns = new ArrayList<>();
        for (String name : COLUMNS) {
            columns.add(present.contains(name)
                    ? functions.col(name).cast("string").as(name)
                    : functions.lit(null).cast("string").as(name));
        }
        return table.select(columns.toArray(Column[]::new)).toJavaRDD().flatMap(r -> {
            String id = r.getString(0);
            String text = r.getString(1);
            if (id == null || text == null) {
                counters.fail(FailureReason.MISSING_ID_OR_TEXT, "parquet row " + (id == null ? "without id" : id));
                return Collections.emptyIterator();
            }
            return List.of(new Document(id, text, r.getString(2), Dates.parseLeniently(r.getString(3)),
                    r.getString(4), r.getString(5))).iterator();
        });
    }
}
