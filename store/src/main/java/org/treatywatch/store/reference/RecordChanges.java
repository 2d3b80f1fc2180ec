package org.treatywatch.store.reference;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.record.ProposedChange;
import org.treatywatch.store.NotFoundException;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredChange;

/**
 * Depositary notifications into the record: a notice becomes a proposed change worked out against
 * the store's record of now, shown with the engine's answer before and after; an analyst confirms
 * it (applied at once, the engines rebuilding from the store) or rejects it. The CLI's
 * {@code notices --db} and the web app's upload page both come here.
 */
public final class RecordChanges {
    private RecordChanges() {}

    /**
     * What became of one notice: the change proposed, or why none was.
     *
     * @param change  the proposal, or null when nothing was proposed
     * @param message for people: the summary of the change, or why there is none
     */
    public record Outcome(Notice notice, StoredChange change, String message) {
        public boolean proposed() {
            return change != null;
        }
    }

    /**
     * Proposes the change {@code notice} makes, unless its reference was seen before or the record
     * already holds what it says. A notice that cannot apply (a treaty not followed, a withdrawal
     * by a state with no instrument in the record) proposes nothing and says why.
     *
     * @throws ReferenceDataException when the store's record is not usable
     */
    public static Outcome propose(Store store, Notice notice, String analyst, Instant at) {
        Optional<StoredChange> seen = store.records().byReference(notice.reference());
        if (seen.isPresent()) {
            StoredChange c = seen.get();
            return new Outcome(notice, null, notice.reference() + ": seen before (change #" + c.id() + ", "
                    + c.status().name().toLowerCase(Locale.ROOT) + "); nothing proposed");
        }
        ProposedChange change;
        try {
            change = ProposedChange.of(notice, StoredReferenceData.load(store));
        } catch (IllegalArgumentException e) {
            return new Outcome(notice, null, e.getMessage() + "; nothing proposed");
        }
        if (change.changesNothing()) {
            return new Outcome(notice, null, notice.reference() + ": the record already says this (" + change.summary()
                    + "); nothing proposed");
        }
        return store.records().propose(change, analyst, at)
                .map(c -> new Outcome(notice, c, notice.reference() + ": proposed #" + c.id() + ": " + c.summary()))
                .orElseGet(() -> new Outcome(notice, null, notice.reference() + ": seen before; nothing proposed"));
    }

    /**
     * Confirms proposal {@code id}: its notice is applied to the record as it stands now, recorded
     * at {@code at} by {@code analyst}.
     *
     * @throws NotFoundException when there is no such proposal
     * @throws org.treatywatch.store.StoreException when it was already decided, or no longer applies
     */
    public static StoredChange confirm(Store store, long id, String analyst, Instant at, String reason) {
        StoredChange proposed = store.records().change(id).orElseThrow(() -> new NotFoundException("no proposed change #" + id));
        ProposedChange now;
        try {
            now = ProposedChange.of(proposed.notice(), StoredReferenceData.load(store));
        } catch (IllegalArgumentException e) {
            throw new org.treatywatch.store.StoreException(e.getMessage() + " (the record changed since it was proposed)");
        }
        return store.records().confirm(id, now, analyst, at, reason);
    }

    /** Rejects proposal {@code id}, the record left as it is. */
    public static StoredChange reject(Store store, long id, String analyst, Instant at, String reason) {
        return store.records().reject(id, analyst, at, reason);
    }
}
