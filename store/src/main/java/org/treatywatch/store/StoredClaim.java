package org.treatywatch.store;

import java.time.Instant;
import java.time.LocalDate;
import org.treatywatch.core.claim.Claim;

/**
 * A claim as kept in the store: the codebook {@link Claim} (whose {@code doc} is its document's
 * external id) with the store's id, its document, where it came from and its review.
 *
 * @param published the document's publication date, copied for filtering, may be null
 * @param source    how to cite the document: its title, URL and outlet, each may be null
 */
public record StoredClaim(
        long id,
        long documentId,
        Claim claim,
        Origin origin,
        ReviewState reviewState,
        String reviewedBy,
        Instant reviewedAt,
        String extractorVersion,
        LocalDate published,
        Instant createdAt,
        Source source) {

    /** The citation of a claim's document, beside its {@link #published} date. */
    public record Source(String title, String url, String outlet) {
        public static final Source NONE = new Source(null, null, null);
    }

    public StoredClaim {
        source = source == null ? Source.NONE : source;
    }
}
