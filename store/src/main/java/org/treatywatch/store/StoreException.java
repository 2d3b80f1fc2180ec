package org.treatywatch.store;

/**
 * The store cannot do what was asked: the database is unreachable, its schema is newer than this
 * program, or a request broke a rule (an unknown claim id). The message says which and what to do.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
