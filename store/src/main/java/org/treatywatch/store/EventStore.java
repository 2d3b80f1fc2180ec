package org.treatywatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.store.event.Event;
import org.treatywatch.store.event.EventQuery;
import org.treatywatch.store.event.EventReport;
import org.treatywatch.store.event.Story;

/**
 * Reads events and stories ({@link Store#events()}). They are written in the documents' and
 * reviews' own transactions ({@code event.EventIndex}, {@code story.StoryIndex}); what an event
 * shows (dates, modality, sources) is worked out here from its claims as they are now, so a review
 * is seen at once.
 */
public final class EventStore {
    private static final String REPORTS = """
            SELECT ec.event_id, c.id, c.document_id, ds.story_id, ec.reported, c.modality, c.stage, c.review_state,
                   c.speaker_name, c.speaker_role, c.speaker_actor, c.evidence_text, d.title, d.url, d.outlet, c.weapon
            FROM event_claims ec JOIN claims c ON c.id = ec.claim_id JOIN documents d ON d.id = c.document_id
            LEFT JOIN document_stories ds ON ds.document_id = c.document_id
            WHERE ec.event_id IN (<ids>)""";

    private final Jdbi jdbi;

    EventStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Events newest first (by id), filtered and keyset-paged. */
    public Page<Event> events(EventQuery q) {
        Long after = JdbiStore.Cursors.decode(q.cursor());
        StringBuilder sql = new StringBuilder("SELECT id, type, actor, treaty, recipient FROM events WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(sql, params, "actor = :actor", "actor", q.actor());
        condition(sql, params, "type = :type", "type", q.type() == null ? null : q.type().name());
        condition(sql, params, "treaty = :treaty", "treaty", q.treaty());
        condition(sql, params, "last_reported >= :from", "from", Times.format(q.from()));
        condition(sql, params, "first_reported <= :to", "to", Times.format(q.to()));
        condition(sql, params, "id < :after", "after", after);
        sql.append(" ORDER BY id DESC LIMIT :limit");
        params.put("limit", q.limit() + 1);
        List<Event> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString());
            params.forEach(query::bind);
            return withReports(h, query.map((rs, ctx) -> head(rs)).list());
        });
        if (rows.size() <= q.limit()) {
            return new Page<>(rows, null);
        }
        List<Event> items = rows.subList(0, q.limit());
        return new Page<>(items, JdbiStore.Cursors.encode(items.get(items.size() - 1).id()));
    }

    public Optional<Event> event(long id) {
        return jdbi.withHandle(h -> withReports(h, h.createQuery(
                        "SELECT id, type, actor, treaty, recipient FROM events WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> head(rs)).list())).stream().findFirst();
    }

    /** The event a claim is reported in. */
    public Optional<Long> eventOfClaim(long claimId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT event_id FROM event_claims WHERE claim_id = :c")
                .bind("c", claimId).mapTo(Long.class).findOne());
    }

    public long countEvents() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM events").mapTo(Long.class).one());
    }

    public long countStories() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM stories").mapTo(Long.class).one());
    }

    /** Stories newest first; with {@code copiesOnly}, only those of two documents or more. */
    public Page<Story> stories(String cursor, int limit, boolean copiesOnly) {
        if (limit < 1 || limit > EventQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + EventQuery.MAX_LIMIT + ", got " + limit);
        }
        Long after = JdbiStore.Cursors.decode(cursor);
        String sql = "SELECT s.id FROM stories s WHERE 1 = 1" + (after == null ? "" : " AND s.id < :after")
                + (copiesOnly ? " AND (SELECT COUNT(*) FROM document_stories x WHERE x.story_id = s.id) > 1" : "")
                + " ORDER BY s.id DESC LIMIT :limit";
        List<Story> rows = jdbi.withHandle(h -> {
            Query q = h.createQuery(sql).bind("limit", limit + 1);
            if (after != null) {
                q.bind("after", after);
            }
            return stories(h, q.mapTo(Long.class).list());
        });
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Story> items = rows.subList(0, limit);
        return new Page<>(items, JdbiStore.Cursors.encode(items.get(items.size() - 1).id()));
    }

    public Optional<Story> story(long id) {
        return jdbi.withHandle(h -> stories(h, List.of(id))).stream().findFirst();
    }

    /** The story of a document (none until it is indexed). */
    public Optional<Long> storyOfDocument(long documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT story_id FROM document_stories WHERE document_id = :d")
                .bind("d", documentId).mapTo(Long.class).findOne());
    }

    private static List<Story> stories(Handle h, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Story.Copy>> byStory = new LinkedHashMap<>();
        ids.forEach(id -> byStory.put(id, new ArrayList<>()));
        h.createQuery("""
                        SELECT ds.story_id, d.id, d.external_id, d.title, d.outlet, d.published, ds.copy_of, ds.similarity
                        FROM document_stories ds JOIN documents d ON d.id = ds.document_id
                        WHERE ds.story_id IN (<ids>) ORDER BY ds.story_id, d.id""")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    long copyOf = rs.getLong(7);
                    Long copy = rs.wasNull() ? null : copyOf;
                    double sim = rs.getDouble(8);
                    Double similarity = rs.wasNull() ? null : sim;
                    byStory.get(rs.getLong(1)).add(new Story.Copy(rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Times.parseDate(rs.getString(6)), copy, similarity));
                    return null;
                })
                .list();
        List<Story> out = new ArrayList<>();
        byStory.forEach((id, docs) -> {
            if (!docs.isEmpty()) {
                out.add(new Story(id, List.copyOf(docs)));
            }
        });
        return out;
    }

    private record Head(long id, ClaimType type, String actor, String treaty, String recipient) {}

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong(1), ClaimType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static List<Event> withReports(Handle h, List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EventReport>> reports = new LinkedHashMap<>();
        heads.forEach(e -> reports.put(e.id(), new ArrayList<>()));
        h.createQuery(REPORTS).bindList("ids", List.copyOf(reports.keySet()))
                .map((rs, ctx) -> {
                    long document = rs.getLong(3);
                    long storyId = rs.getLong(4);
                    long story = rs.wasNull() ? -document : storyId; // not yet indexed: a story of its own
                    String name = rs.getString(9);
                    String role = rs.getString(10);
                    Speaker speaker = name == null && role == null ? null : new Speaker(name, role, rs.getString(11));
                    String stage = rs.getString(7);
                    String weapon = rs.getString(16);
                    reports.get(rs.getLong(1)).add(new EventReport(rs.getLong(2), document, story,
                            Times.parseDate(rs.getString(5)), Modality.valueOf(rs.getString(6)),
                            stage == null ? null : Stage.valueOf(stage), weapon == null ? null : Weapon.valueOf(weapon),
                            ReviewState.valueOf(rs.getString(8)), speaker,
                            rs.getString(12), new StoredClaim.Source(rs.getString(13), rs.getString(14), rs.getString(15))));
                    return null;
                })
                .list();
        return heads.stream()
                .map(e -> Event.of(e.id(), e.type(), e.actor(), e.treaty(), e.recipient(), reports.get(e.id())))
                .toList();
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }
}
