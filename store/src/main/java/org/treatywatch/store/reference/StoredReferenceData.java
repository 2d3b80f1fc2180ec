package org.treatywatch.store.reference;

import java.util.List;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.state.State;
import org.treatywatch.store.Store;

/**
 * The status engine's {@link ReferenceData} with the store's copy of the editable tables: treaty
 * participation and armed conflicts come from the store (seeded once from
 * {@link ReferenceData#defaults()}, then an analyst's edits), states, treaties, declarations and
 * obligation extensions from the shipped defaults.
 */
public final class StoredReferenceData {
    private StoredReferenceData() {}

    /** Seeds the store from the shipped tables unless it was seeded before; true when it seeded. */
    public static boolean seedDefaults(Store store) {
        ReferenceData d = ReferenceData.defaults();
        List<ParticipationRow> participation = d.participation().stream()
                .map(p -> new ParticipationRow(p.treaty(), p.state(),
                        d.states().byAlpha3(p.state()).map(State::name).orElse(null), p.signed(),
                        p.instrument() == null ? null : p.instrument().word(), p.deposited(),
                        p.withdrawalDeposited(), p.withdrawalEffective(), p.note()))
                .toList();
        List<ConflictRow> conflicts = d.conflicts().stream()
                .map(c -> new ConflictRow(0, c.state(), c.start(), c.end(), c.note()))
                .toList();
        return store.seedReferenceData(participation, conflicts);
    }

    /** The reference data as stored now. */
    public static ReferenceData load(Store store) {
        ReferenceData d = ReferenceData.defaults();
        List<Participation> participation = store.participation().stream().map(StoredReferenceData::participation).toList();
        List<ArmedConflict> conflicts = store.conflicts().stream()
                .map(c -> new ArmedConflict(c.state(), c.started(), c.ended(), c.description()))
                .toList();
        return d.withParticipation(participation).withConflicts(conflicts);
    }

    /** The core record of a stored row; throws {@link IllegalArgumentException} for an inconsistent row. */
    public static Participation participation(ParticipationRow r) {
        return new Participation(r.treaty(), r.state(), r.signed(),
                r.instrument() == null || r.instrument().isBlank() ? null : Instrument.parse(r.instrument()),
                r.deposited(), r.withdrawalDeposited(), r.withdrawalEffective(), r.note());
    }
}
