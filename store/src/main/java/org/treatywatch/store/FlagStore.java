package org.treatywatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.treatywatch.core.check.EvidenceRef;
import org.treatywatch.core.check.Finding;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.check.ReportedAct;
import org.treatywatch.core.check.TreatyChecks;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.store.event.EventAct;
import org.treatywatch.store.event.KeptFigures;
import org.treatywatch.store.flag.Flag;
import org.treatywatch.store.flag.FlagAction;
import org.treatywatch.store.flag.FlagQuery;
import org.treatywatch.store.flag.FlagReview;
import org.treatywatch.store.flag.FlagState;

/**
 * Flags on events ({@link Store#flags()}): the checks against the treaty record
 * ({@link TreatyChecks}) worked out again for every event whose claims changed since its last
 * check, or all of them when the record (or the day) changed, and analysts' decisions with an audit
 * trail. An event is checked as one reported act: its key, its modality (FACT once a report says
 * so), the stage of its latest report, dated by its latest report and first reported on its first,
 * with every counted report's evidence.
 */
public final class FlagStore {
    /** The name the checks sign their own audit lines with. */
    public static final String CHECKS = "treatywatch-checks";
    private static final String COLUMNS = """
            f.id, f.event_id, e.actor, f.kind, f.state, f.reason, f.article, f.engine_answer, f.claim_id, f.raised_at,
            f.checked_at, f.decided_by, f.decided_at, c.evidence_text""";
    private static final String FROM =
            " FROM event_flags f JOIN events e ON e.id = f.event_id LEFT JOIN claims c ON c.id = f.claim_id";
    /** As {@link #FROM} for one state's flags: SQLite keeps a CROSS JOIN's order, PostgreSQL plans it as any join. */
    private static final String FROM_STATE =
            " FROM events e CROSS JOIN event_flags f LEFT JOIN claims c ON c.id = f.claim_id WHERE f.event_id = e.id";

    private final JdbiStore store;
    private final Jdbi jdbi;
    /** The checks of the last {@link #recheck}, used again on the events a new document touches. */
    private volatile Inline inline;

    private record Inline(TreatyChecks checks, String record, LocalDate asOf) {}

    FlagStore(JdbiStore store, Jdbi jdbi) {
        this.store = store;
        this.jdbi = jdbi;
    }

    /** The flags of an event, open ones first. */
    public List<Flag> ofEvent(long eventId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + " WHERE f.event_id = :e ORDER BY f.id")
                .bind("e", eventId).map((rs, ctx) -> flag(rs)).list());
    }

    /** Flags newest first, by state (actor), flag state and kind (null: any), keyset-paged. */
    public Page<Flag> flags(String actor, FlagState state, FindingKind kind, String cursor, int limit) {
        return flags(new FlagQuery(actor, state, kind, null, null, null, cursor, limit));
    }

    /** Flags newest first, filtered and keyset-paged. */
    public Page<Flag> flags(FlagQuery q) {
        Long after = JdbiStore.Cursors.decode(q.cursor());
        // One state's flags start from its events (index events_actor, then event_flags_event_state):
        // joined the other way, the plan walks every flag of the status to find the state's few, a
        // cost that grew with the store (the state page's two flag queries were most of its time).
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(q.actor() == null ? FROM + " WHERE 1 = 1" : FROM_STATE);
        Map<String, Object> params = new LinkedHashMap<>();
        EventStore.condition(sql, params, "e.actor = :actor", "actor", q.actor());
        EventStore.condition(sql, params, "f.state = :state", "state", q.state() == null ? null : q.state().name());
        EventStore.condition(sql, params, "f.kind = :kind", "kind", q.kind() == null ? null : q.kind().name());
        // the treaty a flag is about is the one its article cites ("APMBC Art. 1"): a weapon's event names none
        EventStore.condition(sql, params, "f.article LIKE :treaty", "treaty", q.treaty() == null ? null : q.treaty() + " %");
        EventStore.condition(sql, params, "e.last_reported >= :from", "from", Times.format(q.from()));
        EventStore.condition(sql, params, "e.first_reported <= :to", "to", Times.format(q.to()));
        EventStore.condition(sql, params, "f.id < :after", "after", after);
        sql.append(" ORDER BY f.id DESC LIMIT :limit");
        params.put("limit", q.limit() + 1);
        List<Flag> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString());
            params.forEach(query::bind);
            return query.map((rs, ctx) -> flag(rs)).list();
        });
        if (rows.size() <= q.limit()) {
            return new Page<>(rows, null);
        }
        List<Flag> items = rows.subList(0, q.limit());
        return new Page<>(items, JdbiStore.Cursors.encode(items.get(items.size() - 1).id()));
    }

    /** How many open flags each state has, by alpha-3 code (states without any left out). */
    public Map<String, Integer> openByState() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.actor, COUNT(*) FROM event_flags f JOIN events e ON e.id = f.event_id
                        WHERE f.state = 'OPEN' GROUP BY e.actor""")
                .map((rs, ctx) -> out.put(rs.getString(1), rs.getInt(2))).list());
        return out;
    }

    public Optional<Flag> flag(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private static Optional<Flag> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + FROM + " WHERE f.id = :id").bind("id", id).map((rs, ctx) -> flag(rs)).findOne();
    }

    /**
     * An analyst confirms, dismisses or reopens a flag, with a reason (may be null), in the audit
     * trail. Deciding a flag the way it already stands changes nothing.
     *
     * @throws NotFoundException when there is no such flag
     */
    public Flag decide(long id, String analyst, FlagAction action, String reason) {
        Objects.requireNonNull(analyst, "analyst");
        if (!action.byAnalyst()) {
            throw new IllegalArgumentException("an analyst confirms, dismisses or reopens a flag, not " + action);
        }
        FlagState to = switch (action) {
            case CONFIRM -> FlagState.CONFIRMED;
            case DISMISS -> FlagState.DISMISSED;
            default -> FlagState.OPEN;
        };
        return store.inTransaction(h -> {
            Flag f = find(h, id).orElseThrow(() -> new NotFoundException("no flag #" + id));
            if (f.state() == to) {
                return f;
            }
            String now = Times.format(Instant.now());
            h.createUpdate("UPDATE event_flags SET state = :s, decided_by = :by, decided_at = :at WHERE id = :id")
                    .bind("s", to.name()).bind("by", to == FlagState.OPEN ? null : analyst)
                    .bind("at", to == FlagState.OPEN ? null : now).bind("id", id).execute();
            audit(h, id, analyst, now, action, to, reason);
            return find(h, id).orElseThrow();
        });
    }

    /** The audit trail of a flag, oldest first. */
    public List<FlagReview> audit(long flagId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, flag_id, analyst, at, action, state, reason FROM flag_reviews WHERE flag_id = :f ORDER BY id")
                .bind("f", flagId)
                .map((rs, ctx) -> new FlagReview(rs.getLong(1), rs.getLong(2), rs.getString(3), Times.parseInstant(rs.getString(4)),
                        FlagAction.valueOf(rs.getString(5)), FlagState.valueOf(rs.getString(6)), rs.getString(7)))
                .list());
    }

    /**
     * Works out the flags of every event whose claims changed since its last check, or that was
     * checked on another {@code record} (a fingerprint of the treaty record and the day), up to 200
     * events a transaction. A crash between a document and this leaves the events marked, so the
     * next run checks them.
     *
     * @return how many events it checked
     */
    public int recheck(TreatyChecks checks, String record, LocalDate asOf) {
        inline = new Inline(checks, record, asOf);
        Set<Long> done = new HashSet<>();
        while (true) {
            List<Long> dirty = jdbi.withHandle(h -> h.createQuery("""
                            SELECT id FROM events WHERE checked_at IS NULL OR checked_at < updated_at
                            OR checked_record IS NULL OR checked_record <> :r ORDER BY id LIMIT 200""")
                    .bind("r", record).mapTo(Long.class).list());
            dirty.removeAll(done);
            if (dirty.isEmpty()) {
                return done.size();
            }
            store.inTransaction(h -> { // a batch a transaction: a commit per event cost more than the checks
                for (long id : dirty) {
                    check(h, id, checks, record, asOf);
                }
                return null;
            });
            done.addAll(dirty);
        }
    }

    /**
     * Works out the flags of events a document just changed, in its transaction, from the events as
     * summed up there (not read again), with the checks of the last {@link #recheck}; nothing
     * before a first recheck (the events stay marked for it). Checks made on a record or day that
     * has changed since are stale by their fingerprint, so the next recheck does them again.
     */
    void checkInTransaction(Handle h, java.util.Collection<Long> eventIds) {
        Inline i = inline;
        if (i == null) {
            return;
        }
        for (EventAct e : KeptFigures.acts(h, eventIds)) {
            check(h, e, i.checks(), i.record(), i.asOf());
        }
    }

    private static void check(Handle h, long eventId, TreatyChecks checks, String record, LocalDate asOf) {
        KeptFigures.acts(h, List.of(eventId)).forEach(e -> check(h, e, checks, record, asOf));
    }

    private static void check(Handle h, EventAct event, TreatyChecks checks, String record, LocalDate asOf) {
        long eventId = event.id();
        Map<FindingKind, Finding> found = new LinkedHashMap<>();
        act(event, firstEvidence(h, event)).ifPresent(act -> checks.check(act, asOf).forEach(f -> found.putIfAbsent(f.kind(), f)));
        Map<FindingKind, Object[]> existing = new LinkedHashMap<>();
        h.createQuery("SELECT id, kind, state FROM event_flags WHERE event_id = :e").bind("e", eventId)
                .map((rs, ctx) -> existing.put(FindingKind.valueOf(rs.getString(2)),
                        new Object[] {rs.getLong(1), FlagState.valueOf(rs.getString(3))}))
                .list();
        String now = Times.format(Instant.now());
        for (Finding f : found.values()) {
            Long claim = f.evidence().isEmpty() ? null : f.evidence().get(0).claimId();
            Object[] old = existing.get(f.kind());
            long id;
            if (old == null) {
                id = h.createUpdate("""
                                INSERT INTO event_flags (event_id, kind, reason, article, engine_answer, claim_id, state,
                                                         raised_at, checked_at)
                                VALUES (:e, :kind, :reason, :article, :answer, :claim, 'OPEN', :now, :now)""")
                        .bind("e", eventId).bind("kind", f.kind().name()).bind("reason", f.reason())
                        .bind("article", f.article()).bind("answer", answer(f.answer())).bind("claim", claim).bind("now", now)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                audit(h, id, CHECKS, now, FlagAction.RAISE, FlagState.OPEN, f.reason());
                continue;
            }
            id = (Long) old[0];
            boolean again = old[1] == FlagState.RESOLVED;
            h.createUpdate("""
                            UPDATE event_flags SET reason = :reason, article = :article, engine_answer = :answer,
                                   claim_id = :claim, checked_at = :now, state = :state WHERE id = :id""")
                    .bind("reason", f.reason()).bind("article", f.article()).bind("answer", answer(f.answer()))
                    .bind("claim", claim).bind("now", now).bind("state", again ? "OPEN" : ((FlagState) old[1]).name())
                    .bind("id", id).execute();
            if (again) {
                audit(h, id, CHECKS, now, FlagAction.RAISE, FlagState.OPEN, f.reason());
            }
        }
        for (Map.Entry<FindingKind, Object[]> e : existing.entrySet()) {
            if (!found.containsKey(e.getKey()) && e.getValue()[1] != FlagState.RESOLVED) {
                long id = (Long) e.getValue()[0];
                h.createUpdate("UPDATE event_flags SET state = 'RESOLVED', checked_at = :now WHERE id = :id")
                        .bind("now", now).bind("id", id).execute();
                audit(h, id, CHECKS, now, FlagAction.RESOLVE, FlagState.RESOLVED, "the record or the reports no longer show it");
            }
        }
        h.createUpdate("UPDATE events SET checked_at = :now, checked_record = :r WHERE id = :e")
                .bind("now", now).bind("r", record).bind("e", eventId).execute();
    }

    /**
     * The event as one reported act, or none when no report counts (or the key is not one the
     * checks take). Its evidence is its first counted report's, the one a flag cites.
     */
    static Optional<ReportedAct> act(EventAct e, Optional<EvidenceRef> first) {
        if (first.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReportedAct(e.type(), e.actor(), e.treaty(), e.weapon(), e.recipient(), e.modality(),
                    e.stage(), null, e.latest(), e.first(), List.of(first.get())));
        } catch (IllegalArgumentException incomplete) {
            return Optional.empty(); // a treaty act without a treaty, a weapon act without a weapon
        }
    }

    private static Optional<EvidenceRef> firstEvidence(Handle h, EventAct e) {
        if (e.firstClaim() == null) {
            return Optional.empty();
        }
        return h.createQuery("""
                        SELECT d.external_id, c.evidence_start, c.evidence_end, c.evidence_text
                        FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id = :c""")
                .bind("c", e.firstClaim())
                .map((rs, ctx) -> new EvidenceRef(rs.getString(1), e.firstClaim(),
                        new Evidence(rs.getInt(2), rs.getInt(3), rs.getString(4))))
                .findOne();
    }

    static String answer(StatusAnswer a) {
        return a.code() + (a.since() == null ? "" : " since " + a.since()) + " on " + a.on() + " (" + a.rule().citation() + ")";
    }

    private static void audit(Handle h, long flagId, String analyst, String at, FlagAction action, FlagState state, String reason) {
        h.createUpdate("INSERT INTO flag_reviews (flag_id, analyst, at, action, state, reason) VALUES (:f, :a, :at, :action, :s, :r)")
                .bind("f", flagId).bind("a", analyst).bind("at", at).bind("action", action.name()).bind("s", state.name())
                .bind("r", reason == null || reason.isBlank() ? null : reason.strip())
                .execute();
    }

    private static Flag flag(ResultSet rs) throws SQLException {
        long claim = rs.getLong(9);
        Long claimId = rs.wasNull() ? null : claim;
        return new Flag(rs.getLong(1), rs.getLong(2), rs.getString(3), FindingKind.valueOf(rs.getString(4)),
                FlagState.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), claimId,
                Times.parseInstant(rs.getString(10)), Times.parseInstant(rs.getString(11)), rs.getString(12),
                Times.parseInstant(rs.getString(13)), treatyOf(rs.getString(7)), rs.getString(14));
    }

    /** The treaty an article cites: its first word ("APMBC" of "APMBC Art. 1"). */
    private static String treatyOf(String article) {
        if (article == null || article.isBlank()) {
            return null;
        }
        int space = article.indexOf(' ');
        return space < 0 ? article : article.substring(0, space);
    }
}
