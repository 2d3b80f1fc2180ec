package org.treatywatch.extract.eval;

/**
 * A corpus directory, text, gold or metadata file that cannot be used. The message is one line
 * that names the file (and line) and says what to fix, ready to be shown to the user.
 */
public final class EvalInputException extends RuntimeException {
    public EvalInputException(String message) {
        super(message);
    }

    public EvalInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
