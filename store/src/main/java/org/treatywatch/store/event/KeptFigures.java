package org.treatywatch.store.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.store.Times;

/**
 * Keeps each event's figures ({@link EventFigures}) in the store (V8): {@link #add} brings them up
 * to date with one new report from what is stored (the event's row, the members the report names,
 * its two neighbours in time), at a cost that does not grow with the event; {@link #sumUp} works
 * them out again from all the reports ({@link Event#of}), for the changes that take a report away
 * or join two events. Both run in the caller's transaction.
 */
public final class KeptFigures {
    private KeptFigures() {}

    private record Row(LocalDate first, LocalDate latest, Modality modality, Weapon weapon, LocalDate weaponReported,
            Long firstClaim, int counted, int documents, int stories, int sources, int outlets) {}

    private record Member(char kind, String member, long grp, String reported) {}

    private record Neighbour(String reported, long claimId, Modality modality, Stage stage) {
        boolean same(EventReport r) {
            return modality == r.modality() && stage == r.stage();
        }
    }

    /** Adds a report (a claim just put into the event, with a claim id above the event's others). */
    static void add(Handle h, long eventId, long claimId) {
        EventReport r = EventReports.ofClaim(h, claimId).orElseThrow();
        if (!r.counted()) {
            return;
        }
        Row o = row(h, eventId);
        LocalDate t = r.reported();
        boolean earliest = o.first() == null || t.isBefore(o.first());
        boolean latest = o.latest() == null || !t.isBefore(o.latest()); // a later claim id breaks the tie
        Modality modality = o.modality() == Modality.FACT || r.modality() == Modality.FACT ? Modality.FACT
                : latest ? r.modality() : o.modality();
        boolean weapon = r.weapon() != null && (o.weapon() == null || t.isBefore(o.weaponReported()));
        int[] counts = members(h, eventId, r);
        h.createUpdate("""
                        UPDATE events SET first_counted = :first, latest_counted = :latest, modality = :modality,
                               weapon = :weapon, weapon_reported = :weaponReported, first_claim = :firstClaim,
                               reports_counted = :counted, documents = :documents, stories = :stories,
                               sources = :sources, outlets = :outlets WHERE id = :id""")
                .bind("first", Times.format(earliest ? t : o.first()))
                .bind("latest", Times.format(latest ? t : o.latest()))
                .bind("modality", modality.name())
                .bind("weapon", weapon ? r.weapon().name() : o.weapon() == null ? null : o.weapon().name())
                .bind("weaponReported", Times.format(weapon ? t : o.weaponReported()))
                .bind("firstClaim", earliest ? Long.valueOf(claimId) : o.firstClaim())
                .bind("counted", o.counted() + 1)
                .bind("documents", o.documents() + counts[0])
                .bind("stories", o.stories() + counts[1])
                .bind("sources", o.sources() + counts[2])
                .bind("outlets", o.outlets() + counts[3])
                .bind("id", eventId)
                .execute();
        step(h, eventId, r);
    }

    /**
     * The report's members: those it names first are added, source groups it joins become one.
     * Returns how many documents, stories, sources and outlets the event gains.
     */
    private static int[] members(Handle h, long eventId, EventReport r) {
        Map<String, Member> named = named(r, r.claimId());
        Map<String, Member> known = new HashMap<>();
        StringBuilder where = new StringBuilder();
        int i = 0;
        for (Member m : named.values()) {
            where.append(i == 0 ? "" : " OR ").append("(event_id = :e AND kind = :k").append(i).append(" AND member = :m")
                    .append(i).append(')'); // each a key of the table, for its index
            i++;
        }
        var q = h.createQuery("SELECT kind, member, grp, reported FROM event_members WHERE " + where)
                .bind("e", eventId);
        i = 0;
        for (Member m : named.values()) {
            q.bind("k" + i, String.valueOf(m.kind())).bind("m" + i, m.member());
            i++;
        }
        q.map((rs, ctx) -> new Member(rs.getString(1).charAt(0), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .forEach(m -> known.put(m.kind() + m.member(), m));
        TreeSet<Long> groups = new TreeSet<>();
        known.values().stream().filter(m -> "dso".indexOf(m.kind()) >= 0).forEach(m -> groups.add(m.grp()));
        long grp = groups.isEmpty() ? r.claimId() : groups.first();
        if (groups.size() > 1) {
            h.createUpdate("UPDATE event_members SET grp = :g WHERE event_id = :e AND grp IN (<others>)")
                    .bind("g", grp).bind("e", eventId).bindList("others", List.copyOf(groups.tailSet(grp, false)))
                    .execute();
        }
        int[] gained = {0, 0, (groups.isEmpty() ? 1 : 0) - Math.max(0, groups.size() - 1), 0};
        String day = Times.format(r.reported());
        for (Map.Entry<String, Member> e : named.entrySet()) {
            Member m = known.get(e.getKey());
            if (m == null) {
                insertMember(h, eventId, e.getValue().kind(), e.getValue().member(), grp, day, r.claimId());
                switch (e.getValue().kind()) {
                    case 'd' -> gained[0]++;
                    case 's' -> gained[1]++;
                    case 'n' -> gained[3]++;
                    default -> { }
                }
            } else if (day.compareTo(m.reported()) < 0) { // named by an earlier report than before
                h.createUpdate("""
                                UPDATE event_members SET reported = :r, claim_id = :c
                                WHERE event_id = :e AND kind = :k AND member = :m""")
                        .bind("r", day).bind("c", r.claimId()).bind("e", eventId)
                        .bind("k", String.valueOf(m.kind())).bind("m", m.member()).execute();
            }
        }
        return gained;
    }

    /** What a report names, by kind and member (the group left to the caller). */
    private static Map<String, Member> named(EventReport r, long grp) {
        Map<String, Member> out = new LinkedHashMap<>();
        put(out, 'd', Long.toString(r.documentId()), grp);
        put(out, 's', Long.toString(r.storyId()), grp);
        String outlet = Event.outlet(r);
        if (outlet != null) {
            put(out, 'o', outlet.toLowerCase(Locale.ROOT), grp);
            put(out, 'n', outlet, grp);
        }
        if (r.speaker() != null) {
            put(out, 'p', speaker(r.speaker()), grp);
        }
        return out;
    }

    private static void put(Map<String, Member> out, char kind, String member, long grp) {
        out.put(kind + member, new Member(kind, member, grp, null));
    }

    private static void insertMember(Handle h, long eventId, char kind, String member, long grp, String day, long claimId) {
        h.createUpdate("""
                        INSERT INTO event_members (event_id, kind, member, grp, reported, claim_id)
                        VALUES (:e, :k, :m, :g, :r, :c)""")
                .bind("e", eventId).bind("k", String.valueOf(kind)).bind("m", member).bind("g", grp).bind("r", day)
                .bind("c", claimId).execute();
    }

    /**
     * The timeline with a report put in: it begins a step unless the report before it says the
     * same; the step of the report after it moves to it when they say the same, and a step it
     * splits goes on after it.
     */
    private static void step(Handle h, long eventId, EventReport r) {
        Neighbour before = neighbour(h, eventId, r, true);
        if (before != null && before.same(r)) {
            return;
        }
        Neighbour after = neighbour(h, eventId, r, false);
        if (after != null && after.same(r)) {
            h.createUpdate("DELETE FROM event_steps WHERE event_id = :e AND reported = :r AND claim_id = :c")
                    .bind("e", eventId).bind("r", after.reported()).bind("c", after.claimId()).execute();
        } else if (before != null && after != null && before.modality() == after.modality() && before.stage() == after.stage()) {
            insertStep(h, eventId, after.reported(), after.claimId(), after.modality(), after.stage());
        }
        insertStep(h, eventId, Times.format(r.reported()), r.claimId(), r.modality(), r.stage());
    }

    /** The counted report just before (or after) a report of the event, by date, then claim id. */
    private static Neighbour neighbour(Handle h, long eventId, EventReport r, boolean before) {
        String sql = """
                SELECT ec.reported, ec.claim_id, c.modality, c.stage FROM event_claims ec JOIN claims c ON c.id = ec.claim_id
                WHERE ec.event_id = :e AND c.review_state <> 'REJECTED' AND (ec.reported, ec.claim_id) %s (:r, :c)
                ORDER BY ec.reported %s, ec.claim_id %s LIMIT 1""".formatted(before ? "<" : ">", before ? "DESC" : "ASC",
                before ? "DESC" : "ASC");
        return h.createQuery(sql).bind("e", eventId).bind("r", Times.format(r.reported())).bind("c", r.claimId())
                .map((rs, ctx) -> new Neighbour(rs.getString(1), rs.getLong(2), Modality.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Stage.valueOf(rs.getString(4))))
                .findOne().orElse(null);
    }

    private static void insertStep(Handle h, long eventId, String day, long claimId, Modality modality, Stage stage) {
        h.createUpdate("INSERT INTO event_steps (event_id, reported, claim_id, modality, stage) VALUES (:e, :r, :c, :m, :s)")
                .bind("e", eventId).bind("r", day).bind("c", claimId).bind("m", modality.name())
                .bind("s", stage == null ? null : stage.name()).execute();
    }

    /**
     * Works the figures of events out again from all their reports and stores them with their
     * members and steps; returns the events summed up (those still there).
     */
    static List<Event> sumUp(Handle h, Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        Map<Long, List<EventReport>> reports = EventReports.load(h, eventIds);
        h.createQuery("SELECT id, type, actor, treaty, recipient FROM events WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(eventIds))
                .map((rs, ctx) -> Event.of(rs.getLong(1), ClaimType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), reports.get(rs.getLong(1))))
                .forEach(out::add);
        for (Event e : out) {
            store(h, e);
        }
        return out;
    }

    private static void store(Handle h, Event e) {
        EventFigures f = e.figures();
        LocalDate weaponReported = e.reports().stream().filter(r -> r.counted() && r.weapon() != null)
                .map(EventReport::reported).findFirst().orElse(null);
        h.createUpdate("""
                        UPDATE events SET weapon = :weapon, weapon_reported = :weaponReported, modality = :modality,
                               first_counted = :first, latest_counted = :latest, first_claim = :firstClaim,
                               reports_counted = :counted, documents = :documents, stories = :stories,
                               sources = :sources, outlets = :outlets, figures_kept = 1
                        WHERE id = :id""")
                .bind("weapon", f.weapon() == null ? null : f.weapon().name())
                .bind("weaponReported", Times.format(weaponReported))
                .bind("modality", f.modality() == null ? null : f.modality().name())
                .bind("first", Times.format(f.first())).bind("latest", Times.format(f.latest()))
                .bind("firstClaim", f.firstClaim())
                .bind("counted", f.counted()).bind("documents", f.documents()).bind("stories", f.stories())
                .bind("sources", f.sources()).bind("outlets", f.outlets().size())
                .bind("id", e.id())
                .execute();
        h.createUpdate("DELETE FROM event_members WHERE event_id = :e").bind("e", e.id()).execute();
        h.createUpdate("DELETE FROM event_steps WHERE event_id = :e").bind("e", e.id()).execute();
        List<EventReport> counted = e.reports().stream().filter(EventReport::counted).toList();
        Map<Long, Long> groups = Event.groups(counted);
        Map<String, Object[]> members = new LinkedHashMap<>();
        for (EventReport r : counted) { // oldest first: the first report to name a member keeps it
            named(r, groups.get(r.documentId())).forEach((key, m) ->
                    members.putIfAbsent(key, new Object[] {m, Times.format(r.reported()), r.claimId()}));
        }
        if (!members.isEmpty()) {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO event_members (event_id, kind, member, grp, reported, claim_id)
                    VALUES (:e, :k, :m, :g, :r, :c)""");
            for (Object[] v : members.values()) {
                Member m = (Member) v[0];
                batch.bind("e", e.id()).bind("k", String.valueOf(m.kind())).bind("m", m.member()).bind("g", m.grp())
                        .bind("r", (String) v[1]).bind("c", (long) v[2]).add();
            }
            batch.execute();
        }
        for (Event.Step s : f.timeline()) {
            insertStep(h, e.id(), Times.format(s.reported()), s.claimId(), s.modality(), s.stage());
        }
    }

    /** The figures of events as the store keeps them, in the order of {@code ids} (unknown ids left out). */
    public static List<EventFigures> load(Handle h, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> list = List.copyOf(ids);
        Map<Long, List<Event.Step>> steps = new HashMap<>();
        h.createQuery("SELECT event_id, reported, claim_id, modality, stage FROM event_steps WHERE event_id IN (<ids>)"
                        + " ORDER BY event_id, reported, claim_id")
                .bindList("ids", list)
                .map((rs, ctx) -> steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Event.Step(
                        Times.parseDate(rs.getString(2)), Modality.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : Stage.valueOf(rs.getString(5)), rs.getLong(3))))
                .list();
        Map<Long, TreeSet<String>> outlets = new HashMap<>();
        Map<Long, List<Speaker>> speakers = new HashMap<>();
        h.createQuery("SELECT event_id, kind, member FROM event_members WHERE event_id IN (<ids>) AND kind IN ('n', 'p')"
                        + " ORDER BY event_id, reported, claim_id")
                .bindList("ids", list)
                .map((rs, ctx) -> rs.getString(2).equals("n")
                        ? outlets.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(3))
                        : speakers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(speaker(rs.getString(3))))
                .list();
        Map<Long, EventFigures> byId = new HashMap<>();
        h.createQuery("""
                        SELECT id, type, actor, treaty, recipient, weapon, first_counted, latest_counted, modality,
                               reports_counted, documents, stories, sources, first_claim
                        FROM events WHERE id IN (<ids>)""")
                .bindList("ids", list)
                .map((rs, ctx) -> {
                    long id = rs.getLong(1);
                    long firstClaim = rs.getLong(14);
                    Long first = rs.wasNull() ? null : firstClaim;
                    String weapon = rs.getString(6);
                    String modality = rs.getString(9);
                    return new EventFigures(id, ClaimType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), weapon == null ? null : Weapon.valueOf(weapon), Times.parseDate(rs.getString(7)),
                            Times.parseDate(rs.getString(8)), modality == null ? null : Modality.valueOf(modality),
                            steps.getOrDefault(id, List.of()), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                            List.copyOf(outlets.getOrDefault(id, new TreeSet<>())), speakers.getOrDefault(id, List.of()), first);
                })
                .forEach(f -> byId.put(f.id(), f));
        return list.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** What the checks read of events (see {@link EventAct}), in the order of {@code ids} (unknown ids left out). */
    public static List<EventAct> acts(Handle h, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventAct> byId = new HashMap<>();
        h.createQuery("""
                        SELECT id, type, actor, treaty, recipient, weapon, first_counted, latest_counted, modality, first_claim
                        FROM events WHERE id IN (<ids>)""")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> {
                    long firstClaim = rs.getLong(10);
                    Long first = rs.wasNull() ? null : firstClaim;
                    String weapon = rs.getString(6);
                    String modality = rs.getString(9);
                    long id = rs.getLong(1);
                    return new EventAct(id, ClaimType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), weapon == null ? null : Weapon.valueOf(weapon), Times.parseDate(rs.getString(7)),
                            Times.parseDate(rs.getString(8)), modality == null ? null : Modality.valueOf(modality), null, first);
                })
                .forEach(a -> byId.put(a.id(), a));
        List<EventAct> out = new ArrayList<>();
        for (long id : ids) {
            EventAct a = byId.get(id);
            if (a != null) {
                Optional<String> stage = h.createQuery("""
                                SELECT COALESCE(stage, '') FROM event_steps WHERE event_id = :e
                                ORDER BY reported DESC, claim_id DESC LIMIT 1""")
                        .bind("e", id).mapTo(String.class).findOne();
                out.add(new EventAct(a.id(), a.type(), a.actor(), a.treaty(), a.recipient(), a.weapon(), a.first(),
                        a.latest(), a.modality(), stage.filter(x -> !x.isEmpty()).map(Stage::valueOf).orElse(null),
                        a.firstClaim()));
            }
        }
        return out;
    }

    /** One event's kept figures. */
    public static Optional<EventFigures> load(Handle h, long id) {
        return load(h, List.of(id)).stream().findFirst();
    }

    /** Events whose figures were never kept (made before V8), up to {@code limit}. */
    public static List<Long> unkept(Handle h, int limit) {
        return h.createQuery("SELECT id FROM events WHERE figures_kept = 0 ORDER BY id LIMIT :n").bind("n", limit)
                .mapTo(Long.class).list();
    }

    /** Marks events changed ({@code updated_at}), so that their flags are worked out again. */
    static void touch(Handle h, Collection<Long> eventIds) {
        if (!eventIds.isEmpty()) {
            h.createUpdate("UPDATE events SET updated_at = :now WHERE id IN (<ids>)")
                    .bind("now", Times.format(Instant.now())).bindList("ids", List.copyOf(eventIds)).execute();
        }
    }

    private static Row row(Handle h, long eventId) {
        return h.createQuery("""
                        SELECT first_counted, latest_counted, modality, weapon, weapon_reported, first_claim,
                               reports_counted, documents, stories, sources, outlets FROM events WHERE id = :id""")
                .bind("id", eventId)
                .map((rs, ctx) -> {
                    long firstClaim = rs.getLong(6);
                    Long first = rs.wasNull() ? null : firstClaim;
                    String modality = rs.getString(3);
                    String weapon = rs.getString(4);
                    return new Row(Times.parseDate(rs.getString(1)), Times.parseDate(rs.getString(2)),
                            modality == null ? null : Modality.valueOf(modality), weapon == null ? null : Weapon.valueOf(weapon),
                            Times.parseDate(rs.getString(5)), first, rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                            rs.getInt(11));
                })
                .one();
    }

    /** A speaker as one member: each part, "=" before it when known, apart by a unit separator. */
    private static String speaker(Speaker s) {
        return part(s.name()) + '\u001f' + part(s.role()) + '\u001f' + part(s.actor());
    }

    private static Speaker speaker(String member) {
        String[] p = member.split("\u001f", -1);
        return new Speaker(unpart(p[0]), unpart(p[1]), unpart(p[2]));
    }

    private static String part(String s) {
        return s == null ? "" : "=" + s;
    }

    private static String unpart(String s) {
        return s.isEmpty() ? null : s.substring(1);
    }
}
