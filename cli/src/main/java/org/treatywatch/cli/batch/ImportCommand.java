package org.treatywatch.cli.batch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.StoreOption;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.DuplicateDocumentException;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code treatywatch import DIR}: loads the output of a {@code treatywatch batch} run (the Spark
 * job, spark/README.md) into the store, document by document, with the rule the store's own
 * ingest follows, so that importing is idempotent and never undoes an analyst's work:
 * <ul>
 *   <li>a text the store does not have (identity: the SHA-256 of the text) is added with its
 *       claims, in one transaction;</li>
 *   <li>a text it has, whose claims came from the same extractor version, is left as it is: the
 *       same run imported twice changes nothing;</li>
 *   <li>a text it has from another extractor version gets the new machine claims in place of its
 *       pending ones, keeping every claim an analyst accepted, rejected, edited or added
 *       ({@link Store#replaceMachineClaims}); the claims are renamed to the stored document's id.</li>
 * </ul>
 * A document and its claims are one unit: a document of which fewer claims were read than its
 * line in {@code documents-jsonl} says it has (a claims file truncated, damaged or missing) is not
 * imported at all, so that importing the repaired output later adds it whole. Output without
 * those counts (from before they were written) is imported only when every claims file reads
 * cleanly. A bad line, a claim whose evidence does not match its document's text, or a claim
 * without its document is reported and skipped; the exit code is then 1 (STYLE.md).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Load the output of 'treatywatch batch' (claims and the documents that hold them) into"
                    + " the store. Importing the same output again changes nothing; analysts' reviews are kept."
        })
public final class ImportCommand implements Callable<Integer> {
    private static final int MAX_PROBLEMS_SHOWN = 20;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "DIR", description = "The output directory of a batch run (with documents-jsonl/ and claims-jsonl/).")
    Path dir;

    @Spec
    CommandSpec spec;

    /** How one document went. */
    enum Outcome { ADDED, UPDATED, UNCHANGED, HELD_BACK }

    /** How one document went and how many claims were stored for it. */
    record Result(Outcome outcome, int claimsStored) {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        BatchOutput output = BatchOutput.open(dir, problems::add);
        int[] counts = new int[Outcome.values().length];
        long claimsStored;
        try (Store s = store.openOrCreate(err)) {
            claimsStored = importAll(s, output, counts, problems);
        }
        for (Map.Entry<String, List<BatchOutput.VersionedClaim>> orphan : output.remainingClaims().entrySet()) {
            problems.add(orphan.getKey() + ": " + orphan.getValue().size()
                    + " claim(s) without their document in " + BatchOutput.DOCUMENTS_DIR + "/");
        }
        int heldBack = counts[Outcome.HELD_BACK.ordinal()];
        err.println("treatywatch import: " + dir + ": " + counts[Outcome.ADDED.ordinal()] + " documents added, "
                + counts[Outcome.UPDATED.ordinal()] + " updated, " + counts[Outcome.UNCHANGED.ordinal()] + " unchanged"
                + (heldBack == 0 ? "" : ", " + heldBack + " not imported (claims incomplete)")
                + "; " + claimsStored + " claims stored" + (problems.isEmpty() ? "" : "; " + problems.size() + " problems"));
        problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> err.println("treatywatch import: " + p));
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            err.println("treatywatch import: ... and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more");
        }
        err.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** Imports every whole document of {@code output}, counting outcomes; returns the claims stored. */
    private static long importAll(Store s, BatchOutput output, int[] counts, List<String> problems) {
        long[] claimsStored = {0};
        int[] uncounted = {0};
        output.forEachDocument(document -> {
            List<BatchOutput.VersionedClaim> claims = output.takeClaims(document.id());
            Integer expected = output.expectedClaims(document.id());
            if (expected == null ? output.claimsDamaged() : claims.size() != expected) {
                counts[Outcome.HELD_BACK.ordinal()]++;
                if (expected == null) {
                    uncounted[0]++;
                } else {
                    problems.add(document.id() + ": " + claims.size() + " of its " + expected + " claims were read"
                            + " (a claims file is damaged or missing); not imported, import again once the output is whole");
                }
                return;
            }
            if (claims.isEmpty()) {
                return; // a document with no claims left: nothing to import
            }
            try {
                Result r = importDocument(s, document, claims);
                counts[r.outcome().ordinal()]++;
                claimsStored[0] += r.claimsStored();
            } catch (IllegalArgumentException e) {
                problems.add(document.id() + ": " + e.getMessage());
            }
        }, problems::add);
        if (uncounted[0] > 0) {
            problems.add(uncounted[0] + " documents not imported: this output (from an older treatywatch batch) does not"
                    + " say how many claims each document has, so with a claims file damaged none is known to be whole;"
                    + " repair the files or run the batch again, then import again");
        }
        return claimsStored[0];
    }

    /** Stores one document's claims by the rule in the class comment. */
    static Result importDocument(Store store, Document document, List<BatchOutput.VersionedClaim> claims) {
        String version = claims.getFirst().version();
        for (BatchOutput.VersionedClaim c : claims) {
            if (!c.version().equals(version)) {
                throw new IllegalArgumentException("claims from two extractor versions (" + version + ", "
                        + c.version() + "); import each batch run's output on its own");
            }
        }
        Optional<StoredDocument> known = store.documentByHash(ContentHash.of(document.text()));
        if (known.isEmpty()) {
            try {
                store.addDocument(document, claims.stream().map(BatchOutput.VersionedClaim::claim).toList(), version);
                return new Result(Outcome.ADDED, claims.size());
            } catch (DuplicateDocumentException raced) {
                known = store.document(raced.existingId());
            }
        }
        StoredDocument stored = known.orElseThrow();
        if (version.equals(stored.extractorVersion())) {
            return new Result(Outcome.UNCHANGED, 0);
        }
        List<Claim> renamed = claims.stream().map(c -> renamed(c.claim(), stored.externalId())).toList();
        return new Result(Outcome.UPDATED, store.replaceMachineClaims(stored.id(), renamed, version));
    }

    private static Claim renamed(Claim c, String doc) {
        return new Claim(doc, c.type(), c.actor(), c.modality(), c.treaty(), c.stage(), c.weapon(), c.recipient(),
                c.allegedBy(), c.quantity(), c.amount(), c.when(), c.speaker(), c.evidence());
    }
}
