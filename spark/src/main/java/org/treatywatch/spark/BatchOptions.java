package org.treatywatch.spark;

import java.util.List;
import java.util.Objects;

/**
 * What one run reads and where it writes.
 *
 * @param inputs       files, directories or glob patterns, in any file system Spark reads
 * @param output       the output directory (must not exist unless {@code overwrite})
 * @param extractor    {@link ExtractorHolder} name of the extractor
 * @param maxDocumentBytes HTML pages and JSON lines above this size are skipped and counted
 */
public record BatchOptions(List<String> inputs, String output, String extractor, boolean overwrite, long maxDocumentBytes) {
    public BatchOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(extractor, "extractor");
        if (maxDocumentBytes <= 0 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the document size limit must be between 1 byte and 2 GB, got " + maxDocumentBytes);
        }
    }
}
