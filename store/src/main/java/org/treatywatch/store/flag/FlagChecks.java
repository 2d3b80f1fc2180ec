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
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String record = store.referenceRelease().orElse("-") + "/" + store.referenceDataVersion();
        Cached c = cached;
        if (c == null || !c.record().equals(record)) {
            c = new Cached(record, TreatyChecks.of(StatusEngine.of(StoredReferenceData.load(store))));
            cached = c;
        }
        return store.flags().recheck(c.checks(), record + "/" + today, today);
    }
}
