package org.treatywatch.web.pages;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.store.Store;

/**
 * The status engine over the reference data as the store holds it (participation and armed
 * conflicts, which analysts may edit), rebuilt only when {@link Store#referenceDataVersion()}
 * changes. A store that has not been seeded yet gives the shipped defaults.
 */
public final class StoredReference implements Supplier<StatusEngine> {
    private static final Logger LOG = LoggerFactory.getLogger(StoredReference.class);

    private final Store store;
    private volatile long version = Long.MIN_VALUE;
    private volatile StatusEngine engine;

    public StoredReference(Store store) {
        this.store = store;
    }

    @Override
    public StatusEngine get() {
        long now = store.referenceDataVersion();
        StatusEngine current = engine;
        if (current != null && now == version) {
            return current;
        }
        synchronized (this) {
            if (engine == null || version != now) {
                engine = build();
                version = now;
            }
            return engine;
        }
    }

    private StatusEngine build() {
        ReferenceData defaults = ReferenceData.defaults();
        var rows = store.participation();
        if (rows.isEmpty()) {
            return StatusEngine.defaults();
        }
        try {
            List<Participation> participation = rows.stream().map(r -> new Participation(r.treaty(), r.state(), r.signed(),
                    r.instrument() == null || r.instrument().isBlank() ? null : Instrument.parse(r.instrument()),
                    r.deposited(), r.withdrawalDeposited(), r.withdrawalEffective(), r.note())).toList();
            List<ArmedConflict> conflicts = store.conflicts().stream()
                    .map(c -> new ArmedConflict(c.state(), c.started(), c.ended(), c.description())).toList();
            return StatusEngine.of(defaults.withParticipation(participation).withConflicts(conflicts));
        } catch (RuntimeException e) {
            LOG.warn("the store's reference data is not usable ({}); showing the shipped data", e.getMessage());
            return StatusEngine.defaults();
        }
    }
}
