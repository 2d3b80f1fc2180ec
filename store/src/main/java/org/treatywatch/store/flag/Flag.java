package org.treatywatch.store.flag;

import java.time.Instant;
import org.treatywatch.core.check.FindingKind;

/**
 * A flag on an event: a check against the treaty record found something ({@link FindingKind}),
 * with the reason, the treaty article and the status engine's answer. Analysts confirm or dismiss
 * it ({@link FlagState}); a re-run that no longer finds it resolves it, one that finds it again
 * keeps the analyst's decision.
 *
 * @param actor        the event's state
 * @param engineAnswer the status engine's answer on the act's date, e.g. "PARTY since 2006-06-01 (APMBC Art. 17(2))"
 * @param claimId      the report whose evidence raised it
 * @param treaty       the treaty its article cites ("APMBC" of "APMBC Art. 1")
 * @param evidence     that report's evidence, as stored (null without a report)
 */
public record Flag(long id, long eventId, String actor, FindingKind kind, FlagState state, String reason, String article,
        String engineAnswer, Long claimId, Instant raisedAt, Instant checkedAt, String decidedBy, Instant decidedAt,
        String treaty, String evidence) {}
