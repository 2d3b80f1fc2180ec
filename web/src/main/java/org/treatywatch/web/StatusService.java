package org.treatywatch.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.store.Store;
import org.treatywatch.store.reference.ReferenceDataException;
import org.treatywatch.store.reference.StoredReferenceData;

/**
 * The status engine over the store's reference data, rebuilt when an analyst changes that data.
 * The store bumps a version number with every change ({@link Store#referenceDataVersion()}); this
 * looks at it at most every {@value #CHECK_MILLIS} ms, so a busy server asks the database about
 * once a second and another server sharing a PostgreSQL database sees an edit within a second.
 */
public final class StatusService {
    static final long CHECK_MILLIS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(StatusService.class);
    private final Store store;
    private volatile Snapshot snapshot;

    /** The engine and the data version it was built from. */
    public record Snapshot(long version, StatusEngine engine, long checkedAtMillis) {}

    /**
     * Syncs the store to this release's reference data and builds the engine.
     *
     * @throws ReferenceDataException when a stored row is not usable (the message names it)
     */
    public StatusService(Store store) {
        this.store = store;
        StoredReferenceData.sync(store);
        long version = store.referenceDataVersion();
        this.snapshot = new Snapshot(version, StatusEngine.of(StoredReferenceData.load(store)), System.currentTimeMillis());
    }

    /**
     * The engine this request asks for: over the record of now, or over the record as known on the
     * request's {@link AsKnownOn} day.
     */
    public StatusEngine engine() {
        LocalDate k = AsKnownOn.current();
        return k == null ? snapshot().engine() : asKnownOn(k);
    }

    /**
     * The engine over the record as it stood at the end of day {@code k} (UTC), built from the
     * store's history and kept for the last few days asked while the data version stays.
     */
    public StatusEngine asKnownOn(LocalDate k) {
        long version = snapshot().version();
        String key = version + "|" + k;
        synchronized (known) {
            StatusEngine e = known.get(key);
            if (e != null) {
                return e;
            }
        }
        StatusEngine e;
        try {
            e = StatusEngine.of(StoredReferenceData.asKnownOn(store, k));
        } catch (ReferenceDataException ex) {
            throw new ApiException(503, "reference_data_invalid", ex.getMessage());
        }
        synchronized (known) {
            known.put(key, e);
        }
        return e;
    }

    /** Engines over the record as known on a day, by "version|day", the least recently used dropped. */
    private final Map<String, StatusEngine> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StatusEngine> eldest) {
            return size() > KNOWN_ENGINES;
        }
    };
    static final int KNOWN_ENGINES = 8;

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
                s = reload(s, version, now);
            }
            snapshot = s;
            return s;
        }
    }

    /**
     * The engine over the store's data of {@code version}. When a row has become unusable (edited
     * by hand in the database), the last good engine goes on answering and the error is logged
     * once per version: a status call never fails for a row it may not even need.
     */
    private Snapshot reload(Snapshot last, long version, long now) {
        try {
            return new Snapshot(version, StatusEngine.of(StoredReferenceData.load(store)), now);
        } catch (ReferenceDataException e) {
            if (last == null) {
                throw new ApiException(503, "reference_data_invalid", e.getMessage());
            }
            LOG.error("reference data version {} not used, still answering from version {}: {}", version, last.version(), e.getMessage());
            return new Snapshot(version, last.engine(), now);
        }
    }

    /** Forgets the cached engine, so the next call reads the store (after an edit in this process). */
    public void invalidate() {
        Snapshot s = snapshot;
        if (s != null) {
            snapshot = new Snapshot(-1, s.engine(), 0);
        }
    }
}
