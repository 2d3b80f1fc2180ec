package org.treatywatch.store.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.ExtractionException;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.DuplicateDocumentException;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoreException;
import org.treatywatch.store.StoreLockedException;
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
        Prepared p = prepare(document);
        if (p.outcome() != null) {
            return p.outcome();
        }
        Outcome o = p.known() != null ? reextract(p) : addOne(p);
        checkFlags();
        return o;
    }

    /** What happened to one document of {@link #ingestAll}: its outcome, or why it failed. */
    public record Result(Document document, Outcome outcome, RuntimeException failure) {}

    /**
     * Ingests documents as {@link #ingest} does each, with two differences that make a bulk run
     * fast: the extraction runs on {@code extraction} (documents in parallel), and the new
     * documents are stored in one transaction ({@link Store#addDocuments}). When that transaction
     * fails, each is stored in its own, so a bad document costs only itself; a rerun after a crash
     * finds what was committed, as with single documents.
     *
     * @return one result per document, in order; a failure is an {@link ExtractionException}, an
     *     {@link IllegalArgumentException} or a {@link StoreException}
     * @throws StoreLockedException when another writer holds the store: the run should stop
     */
    public List<Result> ingestAll(List<Document> documents, Executor extraction) {
        List<CompletableFuture<Prepared>> futures = new ArrayList<>(documents.size());
        for (Document d : documents) {
            futures.add(CompletableFuture.supplyAsync(() -> prepareOrFail(d), extraction));
        }
        List<Prepared> prepared = futures.stream().map(Ingestor::joined).toList();
        Result[] results = new Result[prepared.size()];
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            if (p.failure() != null || p.outcome() != null) {
                results[i] = new Result(p.document(), p.outcome(), p.failure());
            } else if (p.known() != null) {
                results[i] = storeOne(p, this::reextract);
            } else {
                fresh.add(i);
            }
        }
        addAll(prepared, fresh, results);
        checkFlags();
        return List.of(results);
    }

    /** Stores the new documents at {@code fresh} in one transaction, else one by one. */
    private void addAll(List<Prepared> prepared, List<Integer> fresh, Result[] results) {
        if (fresh.isEmpty()) {
            return;
        }
        List<Store.NewDocument> batch = fresh.stream()
                .map(i -> new Store.NewDocument(prepared.get(i).document(), prepared.get(i).claims(), extractor.version()))
                .toList();
        List<Store.Added> added;
        try {
            added = store.addDocuments(batch);
        } catch (StoreLockedException e) {
            throw e;
        } catch (RuntimeException e) {
            fresh.forEach(i -> results[i] = storeOne(prepared.get(i), this::addOne)); // find the bad one
            return;
        }
        for (int k = 0; k < fresh.size(); k++) {
            Store.Added a = added.get(k);
            Prepared p = prepared.get(fresh.get(k));
            results[fresh.get(k)] = new Result(p.document(),
                    new Outcome(a.isNew() ? Status.NEW : Status.UNCHANGED, a.id(), a.isNew() ? p.claims().size() : 0), null);
        }
    }

    private static Prepared joined(CompletableFuture<Prepared> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a locked store: the run stops
            }
            throw e;
        }
    }

    private static Result storeOne(Prepared p, java.util.function.Function<Prepared, Outcome> write) {
        try {
            return new Result(p.document(), write.apply(p), null);
        } catch (StoreLockedException e) {
            throw e;
        } catch (IllegalArgumentException | StoreException e) {
            return new Result(p.document(), null, e);
        }
    }

    /**
     * A document read and extracted, not yet written: {@code outcome} when nothing is to be
     * written (known text, same extractor), {@code known} when it is to be re-extracted, else new.
     */
    private record Prepared(Document document, Outcome outcome, StoredDocument known, List<Claim> claims,
            RuntimeException failure) {}

    private Prepared prepare(Document document) {
        if (document.text().isBlank()) {
            throw new IllegalArgumentException("the document has no text");
        }
        Optional<StoredDocument> existing = store.documentByHash(ContentHash.of(document.text()));
        if (existing.isPresent()) {
            StoredDocument known = existing.get();
            if (extractor.version().equals(known.extractorVersion())) {
                return new Prepared(document, new Outcome(Status.UNCHANGED, known.id(), 0), null, null, null);
            }
            // the claims must name the stored document, not this copy's path
            return new Prepared(document, null, known, extract(known.document()), null);
        }
        return new Prepared(document, null, null, extract(document), null);
    }

    private Prepared prepareOrFail(Document document) {
        try {
            return prepare(document);
        } catch (StoreLockedException e) {
            throw e;
        } catch (IllegalArgumentException | StoreException | ExtractionException e) {
            return new Prepared(document, null, null, null, e);
        }
    }

    private Outcome reextract(Prepared p) {
        int inserted = store.replaceMachineClaims(p.known().id(), p.claims(), extractor.version());
        return new Outcome(Status.REEXTRACTED, p.known().id(), inserted);
    }

    private Outcome addOne(Prepared p) {
        try {
            long id = store.addDocument(p.document(), p.claims(), extractor.version());
            return new Outcome(Status.NEW, id, p.claims().size());
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
