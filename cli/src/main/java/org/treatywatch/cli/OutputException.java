package org.treatywatch.cli;

import java.io.IOException;

/**
 * The command's output could not be written (disk full, closed or broken stdout): one line on
 * stderr and exit code 1, the command having stopped where the writing failed.
 */
public final class OutputException extends RuntimeException {
    public OutputException(String target, IOException cause) {
        super("cannot write to " + target + ": " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()),
                cause);
    }

    private OutputException(String message) {
        super(message);
    }

    /** Writing to standard output failed; the reason comes from {@link StandardOutput} when it knows it. */
    public static OutputException stdout() {
        return stdout(null);
    }

    /** As {@link #stdout()}, with what it means for the user ({@code note}, may be null) after the reason. */
    public static OutputException stdout(String note) {
        StandardOutput stdout = StandardOutput.get();
        String reason = stdout.reason();
        stdout.markReported();
        return new OutputException("cannot write to standard output: " + (reason == null ? "write error" : reason)
                + (note == null ? "" : "; " + note));
    }
}
