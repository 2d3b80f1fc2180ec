package org.treatywatch.store.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.store.ReviewState;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.store.Times;

/** Reads the reports of events: each claim with its document, story and review. */
public final class EventReports {
    private static final String REPORTS = """
            SELECT ec.event_id, c.id, c.document_id, ds.story_id, ec.reported, c.modality, c.stage, c.review_state,
                   c.speaker_name, c.speaker_role, c.speaker_actor, c.evidence_text, d.title, d.url, d.outlet, c.weapon,
                   d.external_id, c.evidence_start, c.evidence_end
            FROM event_claims ec JOIN claims c ON c.id = ec.claim_id JOIN documents d ON d.id = c.document_id
            LEFT JOIN document_stories ds ON ds.document_id = c.document_id
            """;
    private static final String OF_EVENTS = REPORTS + " WHERE ec.event_id IN (<ids>)";
    /**
     * The reports of one event in the order an event lists them, a page at a time. Ordered by
     * {@code ec.claim_id}, not its equal {@code c.id}, so that the index event_claims_order gives the
     * order and only the page's rows are joined: by {@code c.id}, SQLite joined and sorted every
     * report of the event for each page (0.44 ms against 0.13 for 210 reports, growing with them).
     */
    private static final String PAGE = REPORTS
            + " WHERE ec.event_id = :e ORDER BY ec.reported, ec.claim_id LIMIT :limit OFFSET :offset";

    private EventReports() {}

    /** The reports of each of the events, by event id (an event without reports maps to an empty list). */
    public static Map<Long, List<EventReport>> load(Handle h, Collection<Long> eventIds) {
        return load(h, eventIds, null);
    }

    /** As {@link #load(Handle, Collection)}, keeping only the claims stored before {@code knownBy} (null: all). */
    public static Map<Long, List<EventReport>> load(Handle h, Collection<Long> eventIds, java.time.Instant knownBy) {
        Map<Long, List<EventReport>> reports = new LinkedHashMap<>();
        eventIds.forEach(id -> reports.put(id, new ArrayList<>()));
        if (eventIds.isEmpty()) {
            return reports;
        }
        var query = h.createQuery(knownBy == null ? OF_EVENTS : OF_EVENTS + " AND c.created_at < :knownBy")
                .bindList("ids", List.copyOf(reports.keySet()));
        if (knownBy != null) {
            query.bind("knownBy", Times.format(knownBy));
        }
        query.map((rs, ctx) -> reports.get(rs.getLong(1)).add(report(rs)))
                .list();
        return reports;
    }

    /** The report of one claim that is in an event. */
    static Optional<EventReport> ofClaim(Handle h, long claimId) {
        return h.createQuery(REPORTS + "WHERE ec.claim_id = :c").bind("c", claimId).map((rs, ctx) -> report(rs)).findOne();
    }

    /** One page of an event's reports, oldest first (then by claim), from {@code offset}. */
    public static List<EventReport> page(Handle h, long eventId, long offset, int limit) {
        return h.createQuery(PAGE).bind("e", eventId).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> report(rs)).list();
    }

    private static Speaker speaker(String name, String role, String actor) {
        return name == null && role == null ? null : new Speaker(name, role, actor);
    }

    private static EventReport report(java.sql.ResultSet rs) throws java.sql.SQLException {
        long document = rs.getLong(3);
        long storyId = rs.getLong(4);
        long story = rs.wasNull() ? -document : storyId; // not yet indexed: a story of its own
        String stage = rs.getString(7);
        String weapon = rs.getString(16);
        return new EventReport(rs.getLong(2), document, rs.getString(17), story,
                Times.parseDate(rs.getString(5)), Modality.valueOf(rs.getString(6)),
                stage == null ? null : Stage.valueOf(stage), weapon == null ? null : Weapon.valueOf(weapon),
                ReviewState.valueOf(rs.getString(8)), speaker(rs.getString(9), rs.getString(10), rs.getString(11)),
                new Evidence(rs.getInt(18), rs.getInt(19), rs.getString(12)),
                new StoredClaim.Source(rs.getString(13), rs.getString(14), rs.getString(15)));
    }
}
