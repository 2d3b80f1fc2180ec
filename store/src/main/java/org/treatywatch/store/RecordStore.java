package org.treatywatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.record.ProposedChange;
import org.treatywatch.core.record.RecordHistory;
import org.treatywatch.core.record.RecordKind;
import org.treatywatch.core.record.RecordVersion;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.store.reference.ParticipationRow;

/**
 * The record's history and the notices proposed to change it (issue 12), beside {@link JdbiStore}
 * on the same database: {@code record_versions} keeps every version of every row of the
 * participation, armed-conflict, declaration and obligation-extension record with when and by
 * whom it was recorded; {@code record_changes} the depositary notifications proposed, confirmed
 * or rejected, with their audit trail in {@code record_change_reviews}.
 *
 * <p>Every write that changes the record appends a version in the same transaction: an analyst's
 * edit through {@link Store#saveParticipation} and the like, a confirmed notice, and a release of
 * the shipped data ({@link #syncShipped}).
 */
public final class RecordStore {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String name;

    RecordStore(Jdbi jdbi, Dialect dialect, String name) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.name = name;
    }

    private <T> T tx(HandleCallback<T, RuntimeException> work) {
        return dialect == Dialect.SQLITE ? Busy.retry(name, () -> jdbi.inTransaction(work)) : jdbi.inTransaction(work);
    }

    private <T> T handle(HandleCallback<T, RuntimeException> work) {
        return dialect == Dialect.SQLITE ? Busy.retry(name, () -> jdbi.withHandle(work)) : jdbi.withHandle(work);
    }

    // ---- versions -----------------------------------------------------------------------------

    /** Every version of the record, in the order recorded. */
    public RecordHistory history() {
        return new RecordHistory(handle(h -> h.createQuery("""
                        SELECT kind, record_key, row_json, recorded_at, recorded_by, source
                        FROM record_versions ORDER BY recorded_at, id""")
                .map((rs, ctx) -> version(rs)).list()));
    }

    private static RecordVersion version(ResultSet rs) throws SQLException {
        RecordKind kind = RecordKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT));
        return new RecordVersion(kind, rs.getString("record_key"), RecordJson.read(kind, rs.getString("row_json")),
                Times.parseInstant(rs.getString("recorded_at")), rs.getString("recorded_by"), rs.getString("source"));
    }

    /** The current rows of one kind: the latest version of each key, removed ones left out. */
    public List<Object> current(RecordKind kind) {
        Map<String, Object> latest = new LinkedHashMap<>();
        handle(h -> h.createQuery("""
                        SELECT kind, record_key, row_json, recorded_at, recorded_by, source
                        FROM record_versions WHERE kind = :kind ORDER BY recorded_at, id""")
                .bind("kind", kind.word()).map((rs, ctx) -> version(rs)).list())
                .forEach(v -> latest.put(v.key(), v.row()));
        return latest.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Appends a version (an analyst's edit; tests record changes at known times with it). */
    public void append(RecordVersion v) {
        tx(h -> {
            append(h, v, null);
            JdbiStore.bumpReferenceVersion(h);
            return null;
        });
    }

    static void append(Handle h, RecordVersion v, Long changeId) {
        h.createUpdate("""
                        INSERT INTO record_versions (kind, record_key, row_json, recorded_at, recorded_by, source, change_id)
                        VALUES (:kind, :key, :row, :at, :by, :source, :change)""")
                .bind("kind", v.kind().word()).bind("key", v.key()).bind("row", RecordJson.write(v.row()))
                .bind("at", Times.format(v.recordedAt())).bind("by", v.recordedBy()).bind("source", v.source())
                .bind("change", changeId)
                .execute();
    }

    /** Appends {@code row} (or its removal, for null) as recorded now by {@code by}; used by JdbiStore's edits. */
    static void recordEdit(Handle h, RecordKind kind, String key, Object row, String by) {
        append(h, new RecordVersion(kind, key, row, Instant.now(), by, ""), null);
    }

    /**
     * Brings the history up to a release of the shipped data, once per release (its fingerprint is
     * kept in {@code store_meta}). A row the history does not have yet gets the versions the shipped
     * data give it, recorded on the days of their sources ({@link RecordHistory#shipped}); a shipped
     * row the release changed gets its new version, recorded now; one it no longer has is removed
     * now. Rows an analyst last recorded are kept. Rows an analyst saved in the current tables
     * before the history existed are taken into it, recorded when they were saved. One transaction.
     *
     * @return true when the history changed
     */
    public boolean syncShipped(ReferenceData release) {
        List<RecordVersion> shipped = RecordHistory.shipped(release);
        StringBuilder all = new StringBuilder();
        shipped.forEach(v -> all.append(v.kind()).append(v.key()).append(RecordJson.write(v.row())).append(v.recordedAt()).append('\n'));
        String fingerprint = "sha256:" + ContentHash.sha256Hex(all.toString());
        return tx(h -> {
            if (fingerprint.equals(JdbiStore.meta(h, "record_release").orElse(null))) {
                return false;
            }
            Map<String, String[]> latest = latest(h);
            Map<String, List<RecordVersion>> byKey = new LinkedHashMap<>();
            shipped.forEach(v -> byKey.computeIfAbsent(v.kind() + " " + v.key(), k -> new ArrayList<>()).add(v));
            Instant now = Instant.now();
            for (Map.Entry<String, List<RecordVersion>> e : byKey.entrySet()) {
                String[] last = latest.get(e.getKey());
                RecordVersion fin = e.getValue().getLast();
                if (last == null) {
                    e.getValue().forEach(v -> append(h, v, null));
                } else if (last[1].equals(RecordHistory.SEED) && !String.valueOf(last[0]).equals(RecordJson.write(fin.row()))) {
                    append(h, new RecordVersion(fin.kind(), fin.key(), fin.row(), now, RecordHistory.SEED, fin.source()), null);
                }
            }
            for (Map.Entry<String, String[]> e : latest.entrySet()) {
                if (e.getValue()[1].equals(RecordHistory.SEED) && e.getValue()[0] != null && !byKey.containsKey(e.getKey())) {
                    String[] k = e.getKey().split(" ", 2);
                    append(h, new RecordVersion(RecordKind.valueOf(k[0]), k[1], null, now, RecordHistory.SEED, "release"), null);
                }
            }
            backfillAnalystRows(h, latest(h));
            JdbiStore.putMeta(h, "record_release", fingerprint);
            JdbiStore.bumpReferenceVersion(h);
            return true;
        });
    }

    /** Per "KIND key", the latest version's row JSON (null: removed) and recorder. */
    private static Map<String, String[]> latest(Handle h) {
        Map<String, String[]> latest = new HashMap<>();
        h.createQuery("SELECT kind, record_key, row_json, recorded_by FROM record_versions ORDER BY recorded_at, id")
                .map((rs, ctx) -> new String[] {
                    rs.getString("kind").toUpperCase(java.util.Locale.ROOT) + " " + rs.getString("record_key"),
                    rs.getString("row_json"), rs.getString("recorded_by")})
                .forEach(r -> latest.put(r[0], new String[] {r[1], r[2]}));
        return latest;
    }

    private static void backfillAnalystRows(Handle h, Map<String, String[]> latest) {
        h.createQuery("""
                        SELECT treaty, state, state_name, signed, instrument, deposited, withdrawal_deposited,
                               withdrawal_effective, note, updated_by, updated_at FROM participation WHERE updated_by <> :seed""")
                .bind("seed", RecordHistory.SEED)
                .map((rs, ctx) -> new RecordVersion(RecordKind.PARTICIPATION, rs.getString("treaty") + "/" + rs.getString("state"),
                        JdbiStore.participation(rs), Times.parseInstant(rs.getString("updated_at")), rs.getString("updated_by"), ""))
                .list().forEach(v -> backfill(h, latest, v));
        h.createQuery("SELECT state, started, ended, description, updated_by, updated_at FROM armed_conflicts WHERE updated_by <> :seed")
                .bind("seed", RecordHistory.SEED)
                .map((rs, ctx) -> RecordVersion.of(JdbiStore.conflict(rs), Times.parseInstant(rs.getString("updated_at")),
                        rs.getString("updated_by"), ""))
                .list().forEach(v -> backfill(h, latest, v));
    }

    private static void backfill(Handle h, Map<String, String[]> latest, RecordVersion v) {
        String[] last = latest.get(v.kind() + " " + v.key());
        if (last == null || !RecordJson.write(v.row()).equals(last[0])) {
            append(h, v, null);
        }
    }

    // ---- proposed changes ---------------------------------------------------------------------

    private static final String CHANGE_COLUMNS = """
            id, notice_json, kind, record_key, summary, before_json, after_json, status, proposed_by, proposed_at,
            decided_by, decided_at""";

    /**
     * Keeps a notice's change as proposed, unless a notice of the same reference was seen before.
     *
     * @return the proposal, or empty when the reference is already stored (proposed, confirmed or rejected)
     */
    public Optional<StoredChange> propose(ProposedChange c, String analyst, Instant at) {
        return tx(h -> {
            if (byReference(h, c.notice().reference()).isPresent()) {
                return Optional.empty();
            }
            long id = h.createUpdate("""
                            INSERT INTO record_changes (notice_reference, notice_json, treaty, state, action, kind, record_key,
                                   summary, before_json, after_json, status, proposed_by, proposed_at)
                            VALUES (:ref, :notice, :treaty, :state, :action, :kind, :key, :summary, :before, :after,
                                    'PROPOSED', :by, :at)""")
                    .bind("ref", c.notice().reference()).bind("notice", RecordJson.writeNotice(c.notice()))
                    .bind("treaty", c.notice().treaty()).bind("state", c.notice().state())
                    .bind("action", c.notice().action().name()).bind("kind", c.kind().word()).bind("key", c.key())
                    .bind("summary", c.summary()).bind("before", RecordJson.write(c.before()))
                    .bind("after", RecordJson.write(c.after())).bind("by", analyst).bind("at", Times.format(at))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit(h, id, analyst, at, ReviewAction.ADD, RecordJson.write(c.before()), RecordJson.write(c.after()), null);
            return change(h, id);
        });
    }

    /** The change proposed from the notice of this C.N. reference, if any. */
    public Optional<StoredChange> byReference(String reference) {
        return handle(h -> byReference(h, reference));
    }

    private static Optional<StoredChange> byReference(Handle h, String reference) {
        return h.createQuery("SELECT " + CHANGE_COLUMNS + " FROM record_changes WHERE notice_reference = :r")
                .bind("r", reference).map((rs, ctx) -> change(rs)).findOne();
    }

    public Optional<StoredChange> change(long id) {
        return handle(h -> change(h, id));
    }

    private static Optional<StoredChange> change(Handle h, long id) {
        return h.createQuery("SELECT " + CHANGE_COLUMNS + " FROM record_changes WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> change(rs)).findOne();
    }

    /** Changes in this status, newest first (confirmed and rejected ones by when they were decided). */
    public List<StoredChange> changes(StoredChange.Status status, int limit) {
        String order = status == StoredChange.Status.PROPOSED ? "id DESC" : "decided_at DESC, id DESC";
        return handle(h -> h.createQuery("SELECT " + CHANGE_COLUMNS + " FROM record_changes WHERE status = :s ORDER BY "
                        + order + " LIMIT :limit")
                .bind("s", status.name()).bind("limit", limit).map((rs, ctx) -> change(rs)).list());
    }

    private static StoredChange change(ResultSet rs) throws SQLException {
        RecordKind kind = RecordKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT));
        return new StoredChange(rs.getLong("id"), RecordJson.readNotice(rs.getString("notice_json")), kind,
                rs.getString("record_key"), rs.getString("summary"), RecordJson.read(kind, rs.getString("before_json")),
                RecordJson.read(kind, rs.getString("after_json")), StoredChange.Status.valueOf(rs.getString("status")),
                rs.getString("proposed_by"), Times.parseInstant(rs.getString("proposed_at")), rs.getString("decided_by"),
                Times.parseInstant(rs.getString("decided_at")));
    }

    /**
     * Confirms a proposed change and applies it to the record in the same transaction: the new
     * version recorded at {@code at} by {@code analyst}, the participation table updated for a
     * participation row, the reference-data version bumped so engines rebuild.
     *
     * @param change the change as worked out again against the record of now (it may have moved
     *               since the proposal); its notice must be the proposal's
     * @throws NotFoundException when there is no such change
     * @throws StoreException    when it was already confirmed or rejected
     */
    public StoredChange confirm(long id, ProposedChange change, String analyst, Instant at, String reason) {
        return tx(h -> {
            StoredChange c = proposed(h, id);
            if (!c.notice().reference().equals(change.notice().reference())) {
                throw new IllegalArgumentException("change #" + id + " is not the change of " + change.notice().reference());
            }
            if (!change.changesNothing()) {
                if (change.after() instanceof Participation p) {
                    String stateName = StateRegistry.standard().byAlpha3(p.state()).map(State::name).orElse(null);
                    JdbiStore.upsertParticipation(h, new ParticipationRow(p.treaty(), p.state(), stateName, p.signed(),
                            p.instrument() == null ? null : p.instrument().word(), p.deposited(), p.withdrawalDeposited(),
                            p.withdrawalEffective(), p.note()), analyst);
                }
                append(h, new RecordVersion(change.kind(), change.key(), change.after(), at, analyst, change.notice().reference()), id);
                JdbiStore.bumpReferenceVersion(h);
            }
            h.createUpdate("""
                            UPDATE record_changes SET status = 'CONFIRMED', decided_by = :by, decided_at = :at,
                                   summary = :summary, before_json = :before, after_json = :after WHERE id = :id""")
                    .bind("by", analyst).bind("at", Times.format(at)).bind("summary", change.summary())
                    .bind("before", RecordJson.write(change.before())).bind("after", RecordJson.write(change.after()))
                    .bind("id", id).execute();
            audit(h, id, analyst, at, ReviewAction.ACCEPT, RecordJson.write(change.before()), RecordJson.write(change.after()), reason);
            return change(h, id).orElseThrow();
        });
    }

    /** Rejects a proposed change: the record is left as it is; the audit trail says who and why. */
    public StoredChange reject(long id, String analyst, Instant at, String reason) {
        return tx(h -> {
            StoredChange c = proposed(h, id);
            h.createUpdate("UPDATE record_changes SET status = 'REJECTED', decided_by = :by, decided_at = :at WHERE id = :id")
                    .bind("by", analyst).bind("at", Times.format(at)).bind("id", id).execute();
            audit(h, id, analyst, at, ReviewAction.REJECT, RecordJson.write(c.before()), RecordJson.write(c.after()), reason);
            return change(h, id).orElseThrow();
        });
    }

    private static StoredChange proposed(Handle h, long id) {
        StoredChange c = change(h, id).orElseThrow(() -> new NotFoundException("no proposed change #" + id));
        if (c.status() != StoredChange.Status.PROPOSED) {
            throw new StoreException("change #" + id + " (" + c.notice().reference() + ") was already "
                    + c.status().name().toLowerCase(java.util.Locale.ROOT) + " by " + c.decidedBy());
        }
        return c;
    }

    private static void audit(Handle h, long changeId, String analyst, Instant at, ReviewAction action, String before,
            String after, String reason) {
        h.createUpdate("""
                        INSERT INTO record_change_reviews (change_id, analyst, at, action, before_json, after_json, reason)
                        VALUES (:change, :analyst, :at, :action, :before, :after, :reason)""")
                .bind("change", changeId).bind("analyst", analyst).bind("at", Times.format(at))
                .bind("action", action.name()).bind("before", before).bind("after", after)
                .bind("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .execute();
    }

    /**
     * The audit trail of a change, oldest first, as {@link AuditEntry} lines (their {@code claimId}
     * is the change's id): ADD when proposed, ACCEPT when confirmed, REJECT when rejected.
     */
    public List<AuditEntry> audit(long changeId) {
        return handle(h -> h.createQuery("""
                        SELECT id, change_id, analyst, at, action, before_json, after_json, reason
                        FROM record_change_reviews WHERE change_id = :id ORDER BY id""")
                .bind("id", changeId)
                .map((rs, ctx) -> JdbiStore.auditEntry(rs, "change_id"))
                .list());
    }
}
