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
        int limit) {

    public static final int MAX_LIMIT = 500;

    public ClaimQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** All claims, 50 a page. */
    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, null, null, null, null, null, 50);
    }

    public ClaimQuery withActor(String value) {
        return new ClaimQuery(value, type, modality, review, treaty, documentId, from, to, text, cursor, limit);
    }

    public ClaimQuery withType(ClaimType value) {
        return new ClaimQuery(actor, value, modality, review, treaty, documentId, from, to, text, cursor, limit);
    }

    public ClaimQuery withModality(Modality value) {
        return new ClaimQuery(actor, type, value, review, treaty, documentId, from, to, text, cursor, limit);
    }

    public ClaimQuery withReview(ReviewState value) {
        return new ClaimQuery(actor, type, modality, value, treaty, documentId, from, to, text, cursor, limit);
    }

    public ClaimQuery withTreaty(String value) {
        return new ClaimQuery(actor, type, modality, review, value, documentId, from, to, text, cursor, limit);
    }

    public ClaimQuery withDocument(Long value) {
        return new ClaimQuery(actor, type, modality, review, treaty, value, from, to, text, cursor, limit);
    }

    public ClaimQuery withDates(LocalDate fromDate, LocalDate toDate) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, fromDate, toDate, text, cursor, limit);
    }

    public ClaimQuery withText(String value) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, from, to, value, cursor, limit);
    }

    public ClaimQuery withCursor(String value) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, from, to, text, value, limit);
    }

    public ClaimQuery withLimit(int value) {
        return new ClaimQuery(actor, type, modality, review, treaty, documentId, from, to, text, cursor, value);
    }
}
