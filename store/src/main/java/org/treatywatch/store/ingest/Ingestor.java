package org.treatywatch.store.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.ExtractionException;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.DuplicateDocumentException;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredDocument;
import org.treatywatch.store.flag.FlagChecks;
import org.treatywatch.store.reference.ReferenceDataException;

/**
 * Puts documents into a {@link Store} with their claims, idempotently. A document is identified by
 * its content hash (SHA-256 of its text), not by its path or URL, so the same article fetched twice
 * or saved under two names is one document.
 *
 * <ul>
 *   <li>new text: extracted and stored with its claims in one transaction ({@link Status#NEW});</li>
 *   <li>known text, same extractor version: nothing to do ({@link Status#UNCHANGED}) and no
 *       extraction is run, which is what makes a rerun after a crash cheap;</li>
 *   <li>known text, other extractor version: re-extracted; pending machine claims are replaced and
 *       analysts' reviews kept ({@link Status#REEXTRACTED}, rule in
 *       {@link Store#replaceMachineClaims}).</li>
 * </ul>
 *
 * <p>A document the extractor fails on is not stored (not even without claims): {@link #ingest}
 * throws the {@link ExtractionException}, and the caller counts a failed document.
 *
 * <p>Thread-safe when the extractor is (every {@link ClaimExtractor} is).
 */
public final class Ingestor {
    private final Store store;
    private final ClaimExtractor extractor;
    private final FlagChecks flags;

    public Ingestor(Store store, ClaimExtractor extractor) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.flags = new FlagChecks(store);
    }

    /** What happened to one document. */
    public enum Status { NEW, UNCHANGED, REEXTRACTED }

    /**
     * @param claims how many claims were stored by this call (0 when unchanged)
     */
    public record Outcome(Status status, long documentId, int claims) {}

    public Outcome ingest(Document document) {
        if (document.text().isBlank()) {
            throw new IllegalArgumentException("the document has no text");
        }
        Optional<StoredDocument> existing = store.documentByHash(ContentHash.of(document.text()));
        if (existing.isPresent()) {
            StoredDocument known = existing.get();
            if (extractor.version().equals(known.extractorVersion())) {
                return new Outcome(Status.UNCHANGED, known.id(), 0);
            }
            // the claims must name the stored document, not this copy's path
            List<Claim> claims = extract(known.document());
            int inserted = store.replaceMachineClaims(known.id(), claims, extractor.version());
            checkFlags();
            return new Outcome(Status.REEXTRACTED, known.id(), inserted);
        }
        List<Claim> claims = extract(document);
        try {
            long id = store.addDocument(document, claims, extractor.version());
            checkFlags();
            return new Outcome(Status.NEW, id, claims.size());
        } catch (DuplicateDocumentException raced) {
            return new Outcome(Status.UNCHANGED, raced.existingId(), 0);
        }
    }

    /**
     * Works out the flags of the events the document changed (issue 11): the store did in the
     * document's transaction, unless the checks have not run yet on this record and day. A record the engine cannot
     * use leaves them to be checked later (they stay marked), never failing the document, which is
     * stored already.
     */
    private void checkFlags() {
        try {
            flags.afterDocument();
        } catch (ReferenceDataException e) {
            // the events stay marked as changed; serve reports the record's problem
        }
    }

    /** @throws ExtractionException when the extractor fails: nothing is stored for the document */
    private List<Claim> extract(Document document) {
        if (!extractor.mightHoldClaims(document.text())) {
            return List.of();
        }
        try {
            return extractor.extract(document);
        } catch (RuntimeException | StackOverflowError e) {
            throw ExtractionException.of(document.id(), e);
        }
    }

    public ClaimExtractor extractor() {
        return extractor;
    }
}
