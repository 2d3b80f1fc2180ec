package org.treatywatch.store;

/** A document with the same text (content hash) is already stored: ingestion treats it as unchanged. */
public class DuplicateDocumentException extends StoreException {
    private final long existingId;

    public DuplicateDocumentException(long existingId) {
        super("a document with the same text is already stored as #" + existingId);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
