package org.treatywatch.store.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.treatywatch.store.Times;

/**
 * Puts claims into events, in the caller's transaction (the document's, the review's). The rule:
 * claims with the same codebook key (type, actor, treaty, recipient) are one event when each is
 * reported within {@link #GAP_DAYS} days of another of them (single linkage over report dates: the
 * document's date, else the day it was stored). A report more than a year after the last one of an
 * event (a second withdrawal years later, a new allegation of use after a quiet year) begins a new
 * event; a report that falls within a year of two events of one key joins them into one (the older
 * id is kept), so the events do not depend on the order documents arrive in. Only the new or edited
 * claim's events are touched, never the whole table.
 */
public final class EventIndex {
    /** Reports of one key further apart than this are two events. */
    public static final int GAP_DAYS = 365;

    private EventIndex() {}

    /**
     * Assigns every claim of the document that has no event yet and brings the figures of each
     * event it touched up to date ({@link KeptFigures}); returns those events (some may since have
     * joined another).
     */
    public static Set<Long> assignDocument(Handle h, long documentId) {
        List<Long> claims = h.createQuery("""
                        SELECT c.id FROM claims c WHERE c.document_id = :d
                        AND NOT EXISTS (SELECT 1 FROM event_claims ec WHERE ec.claim_id = c.id) ORDER BY c.id""")
                .bind("d", documentId).mapTo(Long.class).list();
        return placeAll(h, claims);
    }

    /** Assigns one claim (which has no event) to its event, making or joining events as the rule says. */
    public static long assign(Handle h, long claimId) {
        return placeAll(h, List.of(claimId)).iterator().next();
    }

    /**
     * Places the claims: a report added to one event adds to its figures; events joined by a report
     * are summed up again from all their reports, once, after the last claim.
     */
    private static Set<Long> placeAll(Handle h, List<Long> claims) {
        Set<Long> touched = new LinkedHashSet<>();
        Set<Long> joined = new LinkedHashSet<>();
        for (long claim : claims) {
            Placed p = place(h, claim);
            touched.add(p.event());
            if (p.joined()) {
                joined.add(p.event());
            } else if (!joined.contains(p.event())) {
                KeptFigures.add(h, p.event(), claim);
            }
        }
        KeptFigures.sumUp(h, joined);
        KeptFigures.touch(h, touched);
        return touched;
    }

    /** A claim's review changed: its event's figures are worked out again (a rejected claim no longer counts). */
    public static void reviewed(Handle h, long claimId) {
        summarize(h, h.createQuery("SELECT event_id FROM event_claims WHERE claim_id = :c")
                .bind("c", claimId).mapTo(Long.class).list());
    }

    /**
     * Works the figures of events out again from all their claims ({@link Event#of}), and marks
     * them changed ({@code updated_at}) so that their flags are worked out again. Returns the events
     * summed up (those still there).
     */
    public static List<Event> summarize(Handle h, Collection<Long> eventIds) {
        List<Event> out = KeptFigures.sumUp(h, eventIds);
        KeptFigures.touch(h, eventIds);
        return out;
    }

    private record Placed(long event, boolean joined) {}

    private static Placed place(Handle h, long claimId) {
        record Row(String type, String actor, String treaty, String recipient, String reported) {}
        Row c = h.createQuery("""
                        SELECT type, actor, treaty, recipient, COALESCE(published, SUBSTR(created_at, 1, 10)) AS reported
                        FROM claims WHERE id = :id""")
                .bind("id", claimId)
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .one();
        String key = key(c.type(), c.actor(), c.treaty(), c.recipient());
        LocalDate day = Times.parseDate(c.reported());
        record Span(long id, String first, String last) {}
        List<Span> near = h.createQuery("""
                        SELECT id, first_reported, last_reported FROM events
                        WHERE event_key = :key AND first_reported <= :upTo AND last_reported >= :from ORDER BY id""")
                .bind("key", key)
                .bind("upTo", Times.format(day.plusDays(GAP_DAYS)))
                .bind("from", Times.format(day.minusDays(GAP_DAYS)))
                .map((rs, ctx) -> new Span(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        String now = Times.format(Instant.now());
        long event;
        if (near.isEmpty()) {
            event = h.createUpdate("""
                            INSERT INTO events (event_key, type, actor, treaty, recipient, first_reported, last_reported,
                                                updated_at, figures_kept)
                            VALUES (:key, :type, :actor, :treaty, :recipient, :day, :day, :now, 1)""")
                    .bind("key", key).bind("type", c.type()).bind("actor", c.actor()).bind("treaty", c.treaty())
                    .bind("recipient", c.recipient()).bind("day", c.reported()).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } else {
            event = near.get(0).id();
            String first = c.reported();
            String last = c.reported();
            for (Span s : near) {
                first = min(first, s.first());
                last = max(last, s.last());
            }
            for (Span merged : near.subList(1, near.size())) {
                h.createUpdate("UPDATE event_claims SET event_id = :keep WHERE event_id = :gone")
                        .bind("keep", event).bind("gone", merged.id()).execute();
                moveFlags(h, merged.id(), event);
                h.createUpdate("DELETE FROM events WHERE id = :gone").bind("gone", merged.id()).execute();
            }
            h.createUpdate("UPDATE events SET first_reported = :first, last_reported = :last, updated_at = :now WHERE id = :id")
                    .bind("first", first).bind("last", last).bind("now", now).bind("id", event).execute();
        }
        h.createUpdate("INSERT INTO event_claims (claim_id, event_id, reported) VALUES (:c, :e, :day)")
                .bind("c", claimId).bind("e", event).bind("day", c.reported()).execute();
        return new Placed(event, near.size() > 1);
    }

    /** A merged event's flags go to the event kept, unless it has a flag of that kind already. */
    private static void moveFlags(Handle h, long from, long to) {
        h.createUpdate("""
                        UPDATE event_flags SET event_id = :to WHERE event_id = :from
                        AND kind NOT IN (SELECT kind FROM event_flags WHERE event_id = :to)""")
                .bind("from", from).bind("to", to).execute();
    }

    /** Takes a claim out of its event (before an edit moves it); returns the event it was in, if any. */
    public static Set<Long> detach(Handle h, long claimId) {
        Set<Long> events = new LinkedHashSet<>(h.createQuery("SELECT event_id FROM event_claims WHERE claim_id = :c")
                .bind("c", claimId).mapTo(Long.class).list());
        h.createUpdate("DELETE FROM event_claims WHERE claim_id = :c").bind("c", claimId).execute();
        refresh(h, events);
        return events;
    }

    /** The events that the document's claims are in (before a re-extraction deletes some). */
    public static Set<Long> eventsOfDocument(Handle h, long documentId) {
        return new LinkedHashSet<>(h.createQuery("""
                        SELECT DISTINCT ec.event_id FROM event_claims ec JOIN claims c ON c.id = ec.claim_id
                        WHERE c.document_id = :d""")
                .bind("d", documentId).mapTo(Long.class).list());
    }

    /** Recomputes the span and sums of events whose claims changed; an event left without claims is deleted. */
    public static void refresh(Handle h, Collection<Long> eventIds) {
        String now = Times.format(Instant.now());
        List<Long> kept = new ArrayList<>();
        for (long id : new ArrayList<>(eventIds)) {
            var span = h.createQuery("SELECT MIN(reported), MAX(reported), COUNT(*) FROM event_claims WHERE event_id = :e")
                    .bind("e", id)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3))})
                    .one();
            if (span[2].equals("0")) {
                h.createUpdate("DELETE FROM events WHERE id = :e").bind("e", id).execute();
            } else {
                h.createUpdate("UPDATE events SET first_reported = :f, last_reported = :l, updated_at = :now WHERE id = :e")
                        .bind("f", span[0]).bind("l", span[1]).bind("now", now).bind("e", id).execute();
                kept.add(id);
            }
        }
        summarize(h, kept);
    }

    static String key(String type, String actor, String treaty, String recipient) {
        return type + '|' + actor + '|' + (treaty == null ? "" : treaty) + '|' + (recipient == null ? "" : recipient);
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
