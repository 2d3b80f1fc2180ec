package org.treatywatch.store.event;

import java.time.LocalDate;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.store.ReviewState;
import org.treatywatch.store.StoredClaim;

/**
 * One report of an event: a claim, with its document, its story and its review. A rejected claim
 * is listed but does not count ({@link #counted}).
 *
 * @param reported the document's date, else the day it was stored
 * @param doc      the document's external id (a path as given, a feed item's id)
 * @param storyId  the story (an article and its copies) of the claim's document
 */
public record EventReport(
        long claimId,
        long documentId,
        String doc,
        long storyId,
        LocalDate reported,
        Modality modality,
        Stage stage,
        Weapon weapon,
        ReviewState reviewState,
        Speaker speaker,
        Evidence evidence,
        StoredClaim.Source source) {

    /** Whether the report counts: every review state but REJECTED. */
    public boolean counted() {
        return reviewState != ReviewState.REJECTED;
    }
}
