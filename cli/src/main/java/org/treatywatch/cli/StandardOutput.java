package org.treatywatch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output as a stream that throws, unlike {@link System#out}, whose
 * {@code PrintStream} swallows write errors: a full disk or a closed stdout would otherwise end in
 * exit 0 with nothing written. It remembers the first error, so that {@link Main} can report it
 * as one line on stderr with exit 1 when the command itself did not.
 */
public final class StandardOutput extends OutputStream {
    private static final StandardOutput INSTANCE = new StandardOutput(new FileOutputStream(FileDescriptor.out));

    private final OutputStream out;
    private volatile IOException failure;
    private volatile boolean reported;

    private StandardOutput(OutputStream out) {
        this.out = out;
    }

    public static StandardOutput get() {
        return INSTANCE;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        check();
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Never closes the process's stdout. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void check() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw new IOException(f.getMessage(), f);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Why writing failed, for a message ("No space left on device"), or null when it has not. */
    public String reason() {
        IOException f = failure;
        return f == null ? null : f.getMessage() == null ? f.toString() : f.getMessage();
    }

    /** The reason, once: null when writing has not failed or the failure was already reported. */
    synchronized String unreported() {
        if (failure == null || reported) {
            return null;
        }
        reported = true;
        return reason();
    }

    /** Records that a command has reported the failure itself. */
    synchronized void markReported() {
        reported = true;
    }
}
