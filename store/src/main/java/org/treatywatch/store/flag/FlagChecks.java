package org.treatywatch.store.flag;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.treatywatch.core.check.TreatyChecks;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.store.Store;
import org.treatywatch.store.reference.StoredReferenceData;

/**
 * Runs the checks of a store's events against the store's own treaty record: the events whose
 * claims changed since their last check, or every event when the record (its release and version)
 * or the day changed, since a withdrawal announced long ago becomes overdue with time. The status
 * engine is built once per record version. Thread-safe.
 */
public final class FlagChecks {
    private final Store store;
    private volatile Cached cached;
    private volatile boolean synced;
    /** The fingerprint (record and day) of this object's last complete {@link #run}, or null. */
    private volatile String swept;

    private record Cached(String record, TreatyChecks checks) {}

    public FlagChecks(Store store) {
        this.store = store;
    }

    /**
     * @return how many events were checked
     * @throws org.treatywatch.store.reference.ReferenceDataException when the stored record is not usable
     */
    public int run() {
        if (!synced) {
            StoredReferenceData.sync(store); // a store that ingest made has the shipped record too
            synced = true;
        }
        String fingerprint = fingerprint();
        Cached c = cached;
        if (c == null || !c.record().equals(record(fingerprint))) {
            c = new Cached(record(fingerprint), TreatyChecks.of(StatusEngine.of(StoredReferenceData.load(store))));
            cached = c;
        }
        int n = store.flags().recheck(c.checks(), fingerprint, day(fingerprint));
        swept = fingerprint;
        return n;
    }

    /**
     * After a document was stored: once the checks have run (on this record and day), the store
     * has checked the document's events in its own transaction ({@code Store#addDocument},
     * {@code Store#replaceMachineClaims}), so nothing else is read; else {@link #run}.
     *
     * @return how many events were checked here (0 when the document's transaction did it)
     */
    public int afterDocument() {
        return fingerprint().equals(swept) ? 0 : run();
    }

    /** The treaty record's release and version and today's date (UTC): what the checks' answers depend on. */
    private String fingerprint() {
        return store.referenceRelease().orElse("-") + "/" + store.referenceDataVersion() + "/"
                + LocalDate.now(ZoneOffset.UTC);
    }

    private static String record(String fingerprint) {
        return fingerprint.substring(0, fingerprint.lastIndexOf('/'));
    }

    private static LocalDate day(String fingerprint) {
        return LocalDate.parse(fingerprint.substring(fingerprint.lastIndexOf('/') + 1));
    }
}
