package org.treatywatch.extract.input;

/**
 * An input that cannot be read as documents: too large, binary, malformed, unsafe. The message is
 * one line for a person: it names the source (file, file and line, or feed item) and says what to
 * do, e.g. {@code big.html: the document is larger than the 5 MB limit; split it or raise
 * --max-doc-size}. Commands print it as it is, without a stack trace.
 *
 * <p>Unchecked, because callers mostly report it and go on with the next input; {@link #source()}
 * lets a caller group messages by input.
 */
public class InputException extends RuntimeException {
    private final String source;

    public InputException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public InputException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The file (or {@code file:line}, {@code file#item}) the problem is in, as the caller named it. */
    public String source() {
        return source;
    }
}
