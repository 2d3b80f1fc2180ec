package org.treatywatch.store;

import java.time.Instant;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.record.RecordKind;

/**
 * A depositary notification proposed as a change to the record, and what became of it.
 *
 * @param before    the row it replaces, null when there was none
 * @param after     the row the record holds once it is confirmed
 * @param summary   the engine's answer before and after, in words
 * @param decidedBy the analyst who confirmed or rejected it, null while it is proposed
 */
public record StoredChange(
        long id,
        Notice notice,
        RecordKind kind,
        String key,
        String summary,
        Object before,
        Object after,
        Status status,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt) {

    /** Where a proposed change stands. */
    public enum Status { PROPOSED, CONFIRMED, REJECTED }
}
