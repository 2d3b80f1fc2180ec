package org.treatywatch.spark.input;

import java.util.Locale;
import java.util.Optional;

/** The input formats the batch job reads, recognised by file name. */
public enum SourceFormat {
    /** Web archives ({@code .warc}, {@code .warc.gz}): the HTML responses in them. */
    WARC,
    /** JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}, optionally {@code .gz}): {@code {id, text, title?, published?, url?, outlet?}}. */
    JSONL,
    /** Parquet files with the same columns as JSON Lines. */
    PARQUET;

    /** The format of a file called {@code name}, or empty when the name says none. */
    public static Optional<SourceFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".warc")) {
            return Optional.of(WARC);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".parquet")) {
            return Optional.of(PARQUET);
        }
        return Optional.empty();
    }
}
