package org.treatywatch.spark;

/** A run that cannot start as asked (no such input, output exists, unknown extractor): exit code 2. */
public final class BatchUsageException extends RuntimeException {
    public BatchUsageException(String message, Throwable cause) {
        super(message, cause);
    }

    public BatchUsageException(String message) {
        super(message);
    }
}
