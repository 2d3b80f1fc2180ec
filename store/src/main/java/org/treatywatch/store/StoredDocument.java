package org.treatywatch.store;

import java.time.Instant;
import java.time.LocalDate;
import org.treatywatch.core.document.Document;

/**
 * A document as kept in the store: the {@link Document} and what the store knows about it.
 *
 * @param id               the store's number for it, stable for the life of the store
 * @param contentHash      SHA-256 of the text (UTF-8), hex; unique in the store
 * @param extractorVersion the version of the extractor whose machine claims are stored
 */
public record StoredDocument(
        long id,
        String externalId,
        String title,
        String url,
        String outlet,
        LocalDate published,
        String text,
        String contentHash,
        Instant ingestedAt,
        String extractorVersion) {

    /** The core document; its id is the external id, the one its claims name in {@code doc}. */
    public Document document() {
        return new Document(externalId, text, title, published, url, outlet);
    }
}
