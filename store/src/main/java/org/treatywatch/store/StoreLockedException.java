package org.treatywatch.store;

/**
 * Another process held the SQLite store's write lock for longer than the store waits (its busy
 * timeout, a few times over): the write did not happen, and can be run again once it is free.
 */
public final class StoreLockedException extends StoreException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
