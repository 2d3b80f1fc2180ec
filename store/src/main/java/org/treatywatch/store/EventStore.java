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
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.store.event.Event;
import org.treatywatch.store.event.EventFigures;
import org.treatywatch.store.event.EventQuery;
import org.treatywatch.store.event.EventReport;
import org.treatywatch.store.event.EventReportPage;
import org.treatywatch.store.event.EventReports;
import org.treatywatch.store.event.EventSummary;
import org.treatywatch.store.event.KeptFigures;
import org.treatywatch.store.event.Story;

/**
 * Reads events and stories ({@link Store#events()}). They are written in the documents' and
 * reviews' own transactions ({@code event.EventIndex}, {@code story.StoryIndex}); what an event
 * shows (dates, modality, sources) is worked out here from its claims as they are now, so a review
 * is seen at once.
 */
public final class EventStore {
    private static final String SUMMARY_COLUMNS = """
            id, type, actor, treaty, recipient, weapon, first_counted, latest_counted, modality, reports_counted,
            documents, stories, sources, outlets""";

    private final Jdbi jdbi;

    EventStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Events newest first (by id), filtered and keyset-paged: one row each, from the sums the events
     * table keeps; with {@link EventQuery#knownBy()}, only events with a claim stored by then, their
     * sums worked out from those claims (reviews as they are now).
     */
    public Page<EventSummary> events(EventQuery q) {
        Long after = JdbiStore.Cursors.decode(q.cursor());
        StringBuilder sql = new StringBuilder("SELECT ").append(SUMMARY_COLUMNS).append(" FROM events WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(sql, params, "actor = :actor", "actor", q.actor());
        condition(sql, params, "type = :type", "type", q.type() == null ? null : q.type().name());
        condition(sql, params, "treaty = :treaty", "treaty", q.treaty());
        condition(sql, params, "last_reported >= :from", "from", Times.format(q.from()));
        condition(sql, params, "first_reported <= :to", "to", Times.format(q.to()));
        condition(sql, params, "id < :after", "after", after);
        condition(sql, params, "EXISTS (SELECT 1 FROM event_claims ec JOIN claims c ON c.id = ec.claim_id"
                + " WHERE ec.event_id = events.id AND c.created_at < :knownBy)", "knownBy", Times.format(q.knownBy()));
        sql.append(" ORDER BY id DESC LIMIT :limit");
        params.put("limit", q.limit() + 1);
        List<EventSummary> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString());
            params.forEach(query::bind);
            List<EventSummary> found = query.map((rs, ctx) -> summary(rs)).list();
            return q.knownBy() == null ? found : asKnownBy(h, found, q.knownBy());
        });
        if (rows.size() <= q.limit()) {
            return new Page<>(rows, null);
        }
        List<EventSummary> items = rows.subList(0, q.limit());
        return new Page<>(items, JdbiStore.Cursors.encode(items.get(items.size() - 1).id()));
    }

    /** The events worked out again from the reports stored before {@code knownBy}. */
    private static List<EventSummary> asKnownBy(Handle h, List<EventSummary> found, java.time.Instant knownBy) {
        Map<Long, List<EventReport>> reports = EventReports.load(h, found.stream().map(EventSummary::id).toList(), knownBy);
        return found.stream().map(e -> EventSummary.of(Event.of(e.id(), e.type(), e.actor(), e.treaty(), e.recipient(),
                reports.get(e.id())))).toList();
    }

    /** An event with every report. */
    public Optional<Event> event(long id) {
        return details(List.of(id)).stream().findFirst();
    }

    /**
     * An event with its figures as the store keeps them ({@link KeptFigures}, equal to summing up all
     * its reports as {@link #event} does) and one page of its reports: {@code limit} of them, oldest
     * first, after the {@code cursor} of the page before (null: the first page). Nothing reads every
     * report but a count, so an event of thousands of reports costs what a small one does.
     *
     * @throws IllegalArgumentException for a cursor this store did not hand out
     */
    public Optional<EventReportPage> eventPage(long id, String cursor, int limit) {
        if (limit < 1 || limit > EventReportPage.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + EventReportPage.MAX_LIMIT + ", got " + limit);
        }
        Long decoded = JdbiStore.Cursors.decode(cursor);
        long offset = decoded == null ? 0 : decoded;
        return jdbi.withHandle(h -> {
            Optional<EventFigures> figures = KeptFigures.load(h, id);
            if (figures.isEmpty()) {
                return Optional.<EventReportPage>empty();
            }
            List<EventReport> page = EventReports.page(h, id, offset, limit);
            int total = h.createQuery("SELECT COUNT(*) FROM event_claims WHERE event_id = :e").bind("e", id)
                    .mapTo(Integer.class).one();
            String next = offset + page.size() < total ? JdbiStore.Cursors.encode(offset + page.size()) : null;
            return Optional.of(new EventReportPage(figures.get(), page, offset, total, next));
        });
    }

    /** Events with every report, in the order of {@code ids} (unknown ids left out). */
    public List<Event> details(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> load(h, ids));
    }

    /** An event with every report, read in the caller's handle. */
    static Optional<Event> load(Handle h, long id) {
        return load(h, List.of(id)).stream().findFirst();
    }

    private static List<Event> load(Handle h, List<Long> ids) {
        {
            Map<Long, Head> heads = new LinkedHashMap<>();
            h.createQuery("SELECT id, type, actor, treaty, recipient FROM events WHERE id IN (<ids>)")
                    .bindList("ids", ids).map((rs, ctx) -> head(rs)).forEach(e -> heads.put(e.id(), e));
            Map<Long, List<EventReport>> reports = EventReports.load(h, heads.keySet());
            List<Event> out = new ArrayList<>();
            for (long id : ids) {
                Head e = heads.get(id);
                if (e != null) {
                    out.add(Event.of(e.id(), e.type(), e.actor(), e.treaty(), e.recipient(), reports.get(id)));
                }
            }
            return out;
        }
    }
    /** An event's figures as the store keeps them (without reading its reports). */
    public Optional<EventFigures> figures(long id) {
        return jdbi.withHandle(h -> KeptFigures.load(h, id));
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

    private static EventSummary summary(ResultSet rs) throws SQLException {
        String weapon = rs.getString(6);
        String modality = rs.getString(9);
        return new EventSummary(rs.getLong(1), ClaimType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), weapon == null ? null : Weapon.valueOf(weapon), Times.parseDate(rs.getString(7)),
                Times.parseDate(rs.getString(8)), modality == null ? null : Modality.valueOf(modality), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14));
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong(1), ClaimType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    /** Appends {@code AND clause} and binds {@code value} as {@code name} when the value is not null. */
    static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }
}
