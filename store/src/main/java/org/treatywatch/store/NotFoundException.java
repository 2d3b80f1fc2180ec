package org.treatywatch.store;

/** A row asked for by id does not exist (web answers 404). */
public class NotFoundException extends StoreException {
    public NotFoundException(String message) {
        super(message);
    }
}
