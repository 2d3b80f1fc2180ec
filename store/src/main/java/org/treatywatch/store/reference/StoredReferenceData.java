package org.treatywatch.store.reference;

import java.time.LocalDate;
import java.util.List;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.record.RecordHistory;
import org.treatywatch.core.record.RecordKind;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.state.State;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Store;

/**
 * The status engine's {@link ReferenceData} with the store's copy of the editable tables: treaty
 * participation and armed conflicts from the store's tables, declarations and obligation
 * extensions from the store's record history ({@link org.treatywatch.store.RecordStore}), states
 * and treaties from the shipped defaults. {@link #asKnownOn} gives the record as it stood on a day.
 *
 * <p>One source of truth: the shipped tables of this release. {@link #sync} brings a store up to
 * them whenever it is opened for status ({@code serve}, {@code export status}, {@code status
 * --db}): a release whose rows differ (its fingerprint, a SHA-256 of the rows, is recorded in
 * the store) replaces the shipped rows and keeps every row an analyst saved. So a newer release's
 * data reaches an existing database, and the store differs from the shipped files only where an
 * analyst changed it.
 */
public final class StoredReferenceData {
    private StoredReferenceData() {}

    /** Syncs the store to the shipped tables of this release; true when it changed anything. */
    public static boolean sync(Store store) {
        return sync(store, ReferenceData.defaults());
    }

    /** Syncs the store to the tables of {@code release} (a test gives an older or newer one). */
    public static boolean sync(Store store, ReferenceData release) {
        List<ParticipationRow> participation = release.participation().stream()
                .map(p -> new ParticipationRow(p.treaty(), p.state(),
                        release.states().byAlpha3(p.state()).map(State::name).orElse(null), p.signed(),
                        p.instrument() == null ? null : p.instrument().word(), p.deposited(),
                        p.withdrawalDeposited(), p.withdrawalEffective(), p.note()))
                .toList();
        List<ConflictRow> conflicts = release.conflicts().stream()
                .map(c -> new ConflictRow(0, c.state(), c.start(), c.end(), c.note()))
                .toList();
        boolean tables = store.syncReferenceData(fingerprint(participation, conflicts), participation, conflicts);
        boolean history = store.records().syncShipped(release);
        return tables || history;
    }

    /** The release's fingerprint: the SHA-256 of its rows, so any change of the shipped data is a new release. */
    static String fingerprint(List<ParticipationRow> participation, List<ConflictRow> conflicts) {
        StringBuilder sb = new StringBuilder();
        participation.forEach(r -> sb.append(r).append('\n'));
        conflicts.forEach(c -> sb.append(c.state()).append('|').append(c.started()).append('|').append(c.ended())
                .append('|').append(c.description()).append('\n'));
        return "sha256:" + ContentHash.sha256Hex(sb.toString());
    }

    /**
     * The reference data as stored now.
     *
     * @throws ReferenceDataException naming a row the engine cannot use, and how to mend it
     */
    public static ReferenceData load(Store store) {
        ReferenceData d = ReferenceData.defaults();
        List<Participation> participation = store.participation().stream().map(StoredReferenceData::participation).toList();
        List<ArmedConflict> conflicts = store.conflicts().stream().map(StoredReferenceData::conflict).toList();
        List<Declaration> declarations = store.records().current(RecordKind.DECLARATION).stream().map(Declaration.class::cast).toList();
        List<ObligationExtension> extensions = store.records().current(RecordKind.OBLIGATION_EXTENSION).stream()
                .map(ObligationExtension.class::cast).toList();
        try {
            return new ReferenceData(d.states(), d.treaties(), participation, conflicts, declarations, extensions);
        } catch (RuntimeException e) {
            throw new ReferenceDataException("the store's reference tables are not usable together: " + e.getMessage()
                    + "; correct or delete the rows it names", e);
        }
    }

    /**
     * The reference data as the store's record stood at the end of day {@code k} (UTC): per row,
     * the last version recorded by then ({@link RecordHistory#asKnownOn}).
     *
     * @throws ReferenceDataException when the rows known then are not usable together
     */
    public static ReferenceData asKnownOn(Store store, LocalDate k) {
        try {
            return store.records().history().asKnownOn(ReferenceData.defaults(), k);
        } catch (RuntimeException e) {
            throw new ReferenceDataException("the store's record as known on " + k + " is not usable: " + e.getMessage(), e);
        }
    }

    private static ArmedConflict conflict(ConflictRow c) {
        try {
            return new ArmedConflict(c.state(), c.started(), c.ended(), c.description());
        } catch (RuntimeException e) {
            throw new ReferenceDataException("the store's armed-conflict row #" + c.id() + " (" + c.state() + ") is not usable: "
                    + e.getMessage() + "; correct the row in the armed_conflicts table, or delete it", e);
        }
    }

    /** The core record of a stored row; throws {@link IllegalArgumentException} for an inconsistent row. */
    public static Participation participation(ParticipationRow r) {
        return new Participation(r.treaty(), r.state(), r.signed(),
                r.instrument() == null || r.instrument().isBlank() ? null : Instrument.parse(r.instrument()),
                r.deposited(), r.withdrawalDeposited(), r.withdrawalEffective(), r.note());
    }
}
