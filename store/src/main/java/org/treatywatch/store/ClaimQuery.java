package org.treatywatch.store;

import java.time.LocalDate;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;

/**
 * Which claims to list; null means "any". Claims come newest first (by id, descending) in pages of
 * {@code limit}, after {@code cursor} when given.
 *
 * @param from  first publication date of the claim's document (inclusive)
 * @param to    last publication date (inclusive)
 * @param text  free text: every word must occur in the claim's evidence (see {@code search.Terms})
 * @param knownBy only claims stored before this instant: the claims list as known on a day
 *                (claims keep when they were ingested), or null for all
 */
public record ClaimQuery(
        String actor,
        ClaimType type,
        Modality modality,
        ReviewState review,
        String treaty,
        Long documentId,
        LocalDate from,
        LocalDate to,
        String text,
        String cursor,
        int limit,
        java.time.Instant knownBy) {

    public static final int MAX_LIMIT = 500;

    public ClaimQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** A query of claims stored at any time. */
    public ClaimQuery(String actor, ClaimType type, Modality modality, ReviewState review, String treaty, Long documentId,
            LocalDate from, LocalDate to, String text, String cursor, int limit) {
        this(actor, type, modality, review, treaty, documentId, from, to, text, cursor, limit, null);
    }

    /** The same query, of the claims stored before {@code value} only (null: any). */
    public ClaimQuery withKnownBy(java.time.Instant value) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, from, to, text, cursor, limit, value);
    }

    /** All claims, 50 a page. */
    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, null, null, null, null, null, 50, null);
    }

    public ClaimQuery withActor(String value) {
        return new ClaimQuery(value, type, modality, review, treaty, documentId, from, to, text, cursor, limit, knownBy);
    }

    public ClaimQuery withType(ClaimType value) {
        return new ClaimQuery(actor, value, modality, review, treaty, documentId, from, to, text, cursor, limit, knownBy);
    }

    public ClaimQuery withModality(Modality value) {
        return new ClaimQuery(actor, type, value, review, treaty, documentId, from, to, text, cursor, limit, knownBy);
    }

    public ClaimQuery withReview(ReviewState value) {
        return new ClaimQuery(actor, type, modality, value, treaty, documentId, from, to, text, cursor, limit, knownBy);
    }

    public ClaimQuery withTreaty(String value) {
        return new ClaimQuery(actor, type, modality, review, value, documentId, from, to, text, cursor, limit, knownBy);
    }

    public ClaimQuery withDocument(Long value) {
        return new ClaimQuery(actor, type, modality, review, treaty, value, from, to, text, cursor, limit, knownBy);
    }

    public ClaimQuery withDates(LocalDate fromDate, LocalDate toDate) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, fromDate, toDate, text, cursor, limit, knownBy);
    }

    public ClaimQuery withText(String value) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, from, to, value, cursor, limit, knownBy);
    }

    public ClaimQuery withCursor(String value) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, from, to, text, value, limit, knownBy);
    }

    public ClaimQuery withLimit(int value) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, from, to, text, cursor, value, knownBy);
    }
}
