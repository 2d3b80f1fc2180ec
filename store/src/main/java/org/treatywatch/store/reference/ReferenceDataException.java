package org.treatywatch.store.reference;

import org.treatywatch.store.StoreException;

/**
 * A row of the store's reference tables that the status engine cannot use (dates out of order, an
 * unknown instrument, a malformed code), typically edited by hand in the database. The message
 * names the row and says how to mend it; commands show it as an input error (exit 2) and the web
 * app keeps answering from the last good data.
 */
public class ReferenceDataException extends StoreException {
    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
