package org.treatywatch.web;

import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.store.Store;
import org.treatywatch.store.reference.StoredReferenceData;

/**
 * The status engine over the store's reference data, rebuilt when an analyst changes that data.
 * The store bumps a version number with every change ({@link Store#referenceDataVersion()}); this
 * looks at it at most every {@value #CHECK_MILLIS} ms, so a busy server asks the database about
 * once a second and another server sharing a PostgreSQL database sees an edit within a second.
 */
public final class StatusService {
    static final long CHECK_MILLIS = 1000;

    private final Store store;
    private volatile Snapshot snapshot;

    /** The engine and the data version it was built from. */
    public record Snapshot(long version, StatusEngine engine, long checkedAtMillis) {}

    public StatusService(Store store) {
        this.store = store;
        StoredReferenceData.seedDefaults(store);
    }

    /** The current engine. */
    public StatusEngine engine() {
        return snapshot().engine();
    }

    /** The current engine with its data version (for caches keyed on it). */
    public Snapshot snapshot() {
        Snapshot s = snapshot;
        long now = System.currentTimeMillis();
        if (s != null && now - s.checkedAtMillis() < CHECK_MILLIS) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && now - s.checkedAtMillis() < CHECK_MILLIS) {
                return s;
            }
            long version = store.referenceDataVersion();
            if (s != null && s.version() == version) {
                s = new Snapshot(version, s.engine(), now);
            } else {
                ReferenceData data = StoredReferenceData.load(store);
                s = new Snapshot(version, StatusEngine.of(data), now);
            }
            snapshot = s;
            return s;
        }
    }

    /** Forgets the cached engine, so the next call reads the store (after an edit in this process). */
    public void invalidate() {
        snapshot = null;
    }
}
