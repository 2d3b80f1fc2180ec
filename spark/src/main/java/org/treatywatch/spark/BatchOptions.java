package org.treatywatch.spark;

import java.util.List;
import java.util.Objects;

/**
 * What one run reads and where it writes.
 *
 * @param inputs       files, directories or glob patterns, in any file system Spark reads
 * @param output       the output directory (must not exist unless {@code overwrite})
 * @param extractor    {@link ExtractorHolder} name of the extractor
 * @param maxPageBytes HTML pages above this size are skipped as {@link FailureReason#PAGE_TOO_LARGE}
 */
public record BatchOptions(List<String> inputs, String output, String extractor, boolean overwrite, int maxPageBytes) {
    public BatchOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(extractor, "extractor");
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
        }
    }
}
