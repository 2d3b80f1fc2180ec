package org.treatywatch.cli;

/**
 * Bad input from the user: an unknown state, a malformed date, a file that cannot be read. Its
 * message is shown as one line on stderr and the command exits with {@link ExitCodes#USAGE}.
 */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
