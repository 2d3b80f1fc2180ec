package org.treatywatch.extract.json;

/** A line that is not a claim as CODEBOOK.md writes it; the message names the line and the field. */
public class ClaimJsonException extends RuntimeException {
    public ClaimJsonException(String message) {
        super(message);
    }

    public ClaimJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
