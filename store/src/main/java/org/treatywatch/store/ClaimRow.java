package org.treatywatch.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One claim as the claims list shows it, flat, as its columns are stored: what
 * {@link Store#claimRows} hands out one row at a time, so that a page can be written out as it is
 * read, without a {@link StoredClaim} and its parts for every row. Null where the column is NULL;
 * the quantity's, amount's and speaker's columns are all null when the claim has none.
 */
public record ClaimRow(
        long id,
        long documentId,
        String doc,
        String type,
        String actor,
        String modality,
        String treaty,
        String stage,
        String weapon,
        String recipient,
        String allegedBy,
        Long quantityMin,
        Long quantityMax,
        String quantityUnit,
        Double amountMin,
        Double amountMax,
        String amountCurrency,
        String when,
        String speakerName,
        String speakerRole,
        String speakerActor,
        int evidenceStart,
        int evidenceEnd,
        String evidenceText,
        String origin,
        String reviewState,
        String reviewedBy,
        Instant reviewedAt,
        String extractorVersion,
        LocalDate published,
        String title,
        String url,
        String outlet) {

    /** Receives the rows of a page in order. */
    @FunctionalInterface
    public interface Sink {
        void accept(ClaimRow row);
    }
}
