package org.treatywatch.store.event;

import java.time.LocalDate;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;

/**
 * An event as lists show it: its key and the sums of {@link Event}, kept in the events table and
 * brought up to date in the transaction that changes one of its claims (a document, a review), so a
 * list reads one row per event however many reports it has.
 *
 * @param first  the first counted report's date (null when none counts)
 * @param outlets how many outlets the counted documents name
 */
public record EventSummary(long id, ClaimType type, String actor, String treaty, String recipient, Weapon weapon,
        LocalDate first, LocalDate latest, Modality modality, int counted, int documents, int stories, int sources,
        int outlets) {

    public static EventSummary of(EventFigures e) {
        return new EventSummary(e.id(), e.type(), e.actor(), e.treaty(), e.recipient(), e.weapon(), e.first(), e.latest(),
                e.modality(), e.counted(), e.documents(), e.stories(), e.sources(), e.outlets().size());
    }

    public static EventSummary of(Event e) {
        return new EventSummary(e.id(), e.type(), e.actor(), e.treaty(), e.recipient(), e.weapon(), e.first(), e.latest(),
                e.modality(), e.counted(), e.documents(), e.stories(), e.sources(), e.outlets().size());
    }
}
