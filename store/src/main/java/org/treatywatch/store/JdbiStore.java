package org.treatywatch.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.record.RecordKind;
import org.treatywatch.extract.json.ClaimJson;
import org.treatywatch.store.event.EventIndex;
import org.treatywatch.store.event.KeptFigures;
import org.treatywatch.store.story.StoryIndex;
import org.treatywatch.store.reference.ConflictRow;
import org.treatywatch.store.reference.ParticipationRow;
import org.treatywatch.store.search.Highlighter;
import org.treatywatch.store.search.SearchHit;
import org.treatywatch.store.search.SearchQuery;
import org.treatywatch.store.search.Terms;
import org.treatywatch.store.reference.ReferenceDataException;
import org.treatywatch.store.reference.StoredReferenceData;

/**
 * The one {@link Store} implementation, over JDBI and a Hikari pool, for SQLite and PostgreSQL. Every
 * value goes in as a bound parameter; the only SQL assembled at run time is the list of WHERE
 * conditions of a filter, each a fixed string.
 */
final class JdbiStore implements Store {
    private static final String CLAIM_COLUMNS = """
            c.id, c.document_id, d.external_id, c.type, c.actor, c.modality, c.treaty, c.stage, c.weapon,
            c.recipient, c.alleged_by, c.quantity_min, c.quantity_max, c.quantity_unit, c.amount_min,
            c.amount_max, c.amount_currency, c.when_text, c.speaker_name, c.speaker_role, c.speaker_actor,
            c.evidence_start, c.evidence_end, c.evidence_text, c.origin, c.review_state, c.reviewed_by,
            c.reviewed_at, c.extractor_version, c.published, c.created_at, d.title, d.url, d.outlet""";
    private static final String CLAIMS_FROM = " FROM claims c JOIN documents d ON d.id = c.document_id";
    private static final String DOCUMENT_COLUMNS = """
            id, external_id, title, url, outlet, published, text, content_hash, ingested_at, extractor_version""";

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final EventStore events;
    private final FlagStore flags;
    /** The database as messages name it (no password). */
    private final String name;
    private final JdbiAlerts alerts;
    private final RecordStore records;
    private final ReusedStatements statements;

    JdbiStore(HikariDataSource dataSource, Dialect dialect, String name) {
        this.dataSource = dataSource;
        this.statements = new ReusedStatements(dataSource.getMaximumPoolSize());
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        this.events = new EventStore(jdbi);
        this.flags = new FlagStore(this, jdbi);
        this.name = name;
        this.alerts = new JdbiAlerts(jdbi, dialect, name);
        this.records = new RecordStore(jdbi, dialect, name);
    }

    @Override
    public RecordStore records() {
        return records;
    }

    @Override
    public org.treatywatch.store.alerts.Alerts alerts() {
        return alerts;
    }

    @Override
    public EventStore events() {
        return events;
    }

    @Override
    public FlagStore flags() {
        return flags;
    }

    /** A unit of work in one transaction, retried as every write of this store is (for FlagStore). */
    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        return tx(work);
    }

    /**
     * Gives a story and events to each document stored before they existed (a store made before
     * V6), one transaction per document.
     *
     * @return how many documents it indexed
     */
    int indexUnindexed() {
        int done = 0;
        while (true) {
            List<Long> ids = handle(h -> h.createQuery("""
                            SELECT d.id FROM documents d WHERE NOT EXISTS
                            (SELECT 1 FROM document_stories s WHERE s.document_id = d.id) ORDER BY d.id LIMIT 200""")
                    .mapTo(Long.class).list());
            if (ids.isEmpty()) {
                return done;
            }
            for (long id : ids) {
                useTx(h -> {
                    if (!StoryIndex.indexed(h, id)) {
                        String text = h.createQuery("SELECT text FROM documents WHERE id = :id").bind("id", id)
                                .mapTo(String.class).one();
                        StoryIndex.add(h, id, text);
                        EventIndex.assignDocument(h, id);
                    }
                });
                done++;
            }
        }
    }

    /**
     * Works out and keeps the figures of the events made before V8 (their members and steps), 200
     * events a transaction.
     *
     * @return how many events it summed up
     */
    int keepUnkeptFigures() {
        int done = 0;
        while (true) {
            List<Long> ids = handle(h -> KeptFigures.unkept(h, 200));
            if (ids.isEmpty()) {
                return done;
            }
            useTx(h -> EventIndex.summarize(h, ids));
            done += ids.size();
        }
    }

    // Every unit of work goes through these four: on SQLite, one that finds the database locked
    // by another writer is run again (Busy), then fails with a StoreLockedException.

    private <T> T tx(HandleCallback<T, RuntimeException> work) {
        try {
            return busy(() -> jdbi.inTransaction(work));
        } finally {
            transactions.incrementAndGet();
        }
    }

    private void useTx(HandleConsumer<RuntimeException> work) {
        tx(h -> {
            work.useHandle(h);
            return null;
        });
    }

    /** How long {@link #claimsVersion} answers from what it read, when this store has written nothing since. */
    static final long CLAIMS_VERSION_MILLIS = 1000;

    /** Write transactions this store has run, so that {@link #claimsVersion} knows when to read again. */
    private final java.util.concurrent.atomic.AtomicLong transactions = new java.util.concurrent.atomic.AtomicLong();

    /** The claims' version as last read: {transactions then, when (ms), the version}. */
    private volatile long[] claimsVersionRead;

    @Override
    public long claimsVersion() {
        long[] read = claimsVersionRead;
        long now = System.currentTimeMillis();
        long written = transactions.get();
        if (read != null && read[0] == written && now - read[1] < CLAIMS_VERSION_MILLIS) {
            return read[2];
        }
        long version = handle(h -> h.createQuery("SELECT value FROM store_meta WHERE name = 'claims_version'")
                .mapTo(String.class).findOne().map(Long::parseLong).orElse(0L));
        claimsVersionRead = new long[] {written, now, version};
        return version;
    }

    private <T> T handle(HandleCallback<T, RuntimeException> work) {
        return busy(() -> jdbi.withHandle(work));
    }

    private void useHandle(HandleConsumer<RuntimeException> work) {
        busy(() -> {
            jdbi.useHandle(work);
            return null;
        });
    }

    private <T> T busy(java.util.function.Supplier<T> work) {
        return dialect == Dialect.SQLITE ? Busy.retry(name, work) : work.get();
    }

    /** The pool, for tests that look at its connections. */
    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    // ---- documents ----------------------------------------------------------------------------

    @Override
    public Optional<StoredDocument> documentByHash(String contentHash) {
        return handle(h -> h.createQuery("SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE content_hash = :h")
                .bind("h", contentHash)
                .map((rs, ctx) -> document(rs))
                .findOne());
    }

    @Override
    public Optional<StoredDocument> document(long id) {
        return handle(h -> h.createQuery("SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> document(rs))
                .findOne());
    }

    @Override
    public Page<DocumentSummary> documents(String cursor, int limit) {
        if (limit < 1 || limit > ClaimQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + ClaimQuery.MAX_LIMIT + ", got " + limit);
        }
        Long after = Cursors.decode(cursor);
        String sql = """
                SELECT d.id, d.external_id, d.title, d.url, d.outlet, d.published, d.ingested_at,
                       LENGTH(d.text) AS length,
                       (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS claims
                FROM documents d""" + (after == null ? "" : " WHERE d.id < :after") + " ORDER BY d.id DESC LIMIT :limit";
        List<DocumentSummary> rows = handle(h -> {
            Query q = h.createQuery(sql).bind("limit", limit + 1);
            if (after != null) {
                q.bind("after", after);
            }
            return q.map((rs, ctx) -> new DocumentSummary(
                            rs.getLong("id"), rs.getString("external_id"), rs.getString("title"), rs.getString("url"),
                            rs.getString("outlet"), Times.parseDate(rs.getString("published")),
                            Times.parseInstant(rs.getString("ingested_at")), rs.getInt("length"), rs.getLong("claims")))
                    .list();
        });
        return page(rows, limit, DocumentSummary::id);
    }

    @Override
    public long addDocument(Document document, List<Claim> claims, String extractorVersion) {
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        String hash = ContentHash.of(document.text());
        for (Claim c : claims) {
            checkEvidence(c, document.text());
        }
        try {
            return tx(h -> {
                Added added = insertDocument(h, document, claims, extractorVersion, hash);
                if (!added.isNew()) {
                    throw new DuplicateDocumentException(added.id());
                }
                return added.id();
            });
        } catch (UnableToExecuteStatementException e) {
            // two writers raced on the same text: the unique content_hash let one through
            Optional<StoredDocument> winner = documentByHash(hash);
            if (winner.isPresent()) {
                throw new DuplicateDocumentException(winner.get().id());
            }
            throw e;
        }
    }

    @Override
    public List<Added> addDocuments(List<NewDocument> documents) {
        for (NewDocument d : documents) {
            Objects.requireNonNull(d.extractorVersion(), "extractorVersion");
            for (Claim c : d.claims()) {
                checkEvidence(c, d.document().text());
            }
        }
        return tx(h -> {
            List<Added> out = new ArrayList<>(documents.size());
            for (NewDocument d : documents) {
                out.add(insertDocument(h, d.document(), d.claims(), d.extractorVersion(), ContentHash.of(d.document().text())));
            }
            return out;
        });
    }

    /**
     * Inserts the document with its claims, terms, story and events in {@code h}'s transaction,
     * unless a document with its text is stored already (earlier in the same transaction included).
     *
     * @return the new document, or the one stored with its text
     */
    private Added insertDocument(Handle h, Document document, List<Claim> claims, String extractorVersion, String hash) {
        Optional<Long> existing = h.createQuery("SELECT id FROM documents WHERE content_hash = :h")
                .bind("h", hash).mapTo(Long.class).findOne();
        if (existing.isPresent()) {
            return new Added(existing.get(), false);
        }
        String now = Times.format(Instant.now());
        long id = h.createUpdate("""
                        INSERT INTO documents (external_id, title, url, outlet, published, text, content_hash,
                                               ingested_at, extractor_version)
                        VALUES (:externalId, :title, :url, :outlet, :published, :text, :hash, :now, :version)""")
                .bind("externalId", document.id())
                .bind("title", document.title())
                .bind("url", document.url())
                .bind("outlet", document.outlet())
                .bind("published", Times.format(document.published()))
                .bind("text", document.text())
                .bind("hash", hash)
                .bind("now", now)
                .bind("version", extractorVersion)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        PreparedBatch terms = h.prepareBatch("INSERT INTO document_terms (term, document_id) VALUES (:term, :doc)");
        for (String term : Terms.distinct(document.text())) {
            terms.bind("term", term).bind("doc", id).add();
        }
        if (terms.size() > 0) {
            terms.execute();
        }
        for (Claim c : claims) {
            insertClaim(h, id, c, Origin.MACHINE, ReviewState.PENDING, extractorVersion, document.published(), now);
        }
        StoryIndex.add(h, id, document.text());
        flags.checkInTransaction(h, EventIndex.assignDocument(h, id));
        return new Added(id, true);
    }

    @Override
    public int replaceMachineClaims(long documentId, List<Claim> claims, String extractorVersion) {
        StoredDocument doc = document(documentId).orElseThrow(() -> new NotFoundException("no document #" + documentId));
        for (Claim c : claims) {
            checkEvidence(c, doc.text());
        }
        return tx(h -> {
            Set<Long> events = EventIndex.eventsOfDocument(h, documentId);
            h.createUpdate("DELETE FROM claims WHERE document_id = :doc AND origin = 'MACHINE' AND review_state = 'PENDING'")
                    .bind("doc", documentId)
                    .execute();
            Set<String> kept = new HashSet<>();
            h.createQuery("SELECT type, actor, treaty, recipient, evidence_start, evidence_end FROM claims WHERE document_id = :doc")
                    .bind("doc", documentId)
                    .map((rs, ctx) -> matchKey(rs.getString("type"), rs.getString("actor"), rs.getString("treaty"),
                            rs.getString("recipient"), rs.getInt("evidence_start"), rs.getInt("evidence_end")))
                    .forEach(kept::add);
            String now = Times.format(Instant.now());
            int inserted = 0;
            for (Claim c : claims) {
                String key = matchKey(c.type().name(), c.actor(), c.treaty(), c.recipient(),
                        c.evidence().start(), c.evidence().end());
                if (kept.add(key)) {
                    insertClaim(h, documentId, c, Origin.MACHINE, ReviewState.PENDING, extractorVersion, doc.published(), now);
                    inserted++;
                }
            }
            h.createUpdate("UPDATE documents SET extractor_version = :v WHERE id = :id")
                    .bind("v", extractorVersion)
                    .bind("id", documentId)
                    .execute();
            EventIndex.refresh(h, events);
            events.addAll(EventIndex.assignDocument(h, documentId));
            flags.checkInTransaction(h, events); // every event the re-extraction changed
            return inserted;
        });
    }

    /** The re-extraction match key: the codebook key without the doc, and the evidence span. */
    private static String matchKey(String type, String actor, String treaty, String recipient, int start, int end) {
        return type + '|' + actor + '|' + treaty + '|' + recipient + '|' + start + '|' + end;
    }

    @Override
    public long countDocuments() {
        return handle(h -> h.createQuery("SELECT COUNT(*) FROM documents").mapTo(Long.class).one());
    }

    // ---- claims -------------------------------------------------------------------------------

    @Override
    public Page<StoredClaim> claims(ClaimQuery q) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "SELECT " + CLAIM_COLUMNS + CLAIMS_FROM + claimFilter(q, params);
        List<StoredClaim> rows = handle(h -> {
            Query query = h.createQuery(sql);
            bindAll(query, params);
            return query.map((rs, ctx) -> storedClaim(rs)).list();
        });
        return page(rows, q.limit(), StoredClaim::id);
    }

    @Override
    public String claimRows(ClaimQuery q, ClaimRow.Sink rows) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "SELECT " + ClaimRows.COLUMNS + CLAIMS_FROM + claimFilter(q, params);
        int[] handed = {0};
        // Plain JDBC on a statement kept per connection: this runs on every request of the claims
        // list, and Jdbi's statement, context and mapping per call cost a tenth of it (JFR).
        return busy(() -> {
            if (handed[0] > 0) { // SQLite was busy after rows went out: never hand them twice
                throw new StoreLockedException(name + " was locked while its claims were read; try again", null);
            }
            try (java.sql.Connection c = dataSource.getConnection()) {
                java.sql.PreparedStatement st = statements.bound(c, sql, params);
                try (ResultSet rs = st.executeQuery()) {
                    return ClaimRows.read(rs, q.limit(), row -> {
                        handed[0]++;
                        rows.accept(row);
                    });
                }
            } catch (SQLException e) {
                throw new StoreException(name + " failed to read claims: " + e.getMessage(), e);
            }
        });
    }

    /** The WHERE, ORDER BY and LIMIT (one more row than a page, to tell whether another follows) of a claims page. */
    private static String claimFilter(ClaimQuery q, Map<String, Object> params) {
        Long after = Cursors.decode(q.cursor());
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        condition(sql, params, "c.actor = :actor", "actor", q.actor());
        condition(sql, params, "c.type = :type", "type", q.type() == null ? null : q.type().name());
        condition(sql, params, "c.modality = :modality", "modality", q.modality() == null ? null : q.modality().name());
        condition(sql, params, "c.review_state = :review", "review", q.review() == null ? null : q.review().name());
        condition(sql, params, "c.treaty = :treaty", "treaty", q.treaty());
        condition(sql, params, "c.document_id = :doc", "doc", q.documentId());
        condition(sql, params, "c.published >= :from", "from", Times.format(q.from()));
        condition(sql, params, "c.published <= :to", "to", Times.format(q.to()));
        condition(sql, params, "c.created_at < :knownBy", "knownBy", Times.format(q.knownBy()));
        condition(sql, params, "c.id < :after", "after", after);
        if (q.text() != null && !q.text().isBlank()) {
            termConditions(sql, params, SearchQuery.parse(q.text()), "c.id", "claim_terms", "claim_id");
        }
        sql.append(" ORDER BY c.id DESC LIMIT :limit");
        params.put("limit", q.limit() + 1);
        return sql.toString();
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    /** One {@code IN (...)} per query word over a terms table; the words are bound, never spliced. */
    private static void termConditions(StringBuilder sql, Map<String, Object> params, SearchQuery query,
            String idColumn, String table, String column) {
        int i = 0;
        for (SearchQuery.Word w : query.words()) {
            String p = "w" + i++;
            sql.append(" AND ").append(idColumn).append(" IN (SELECT ").append(column).append(" FROM ").append(table);
            if (w.prefix()) {
                sql.append(" WHERE term >= :").append(p).append(" AND term < :").append(p).append("end)");
                params.put(p, w.term());
                params.put(p + "end", w.prefixEnd());
            } else {
                sql.append(" WHERE term = :").append(p).append(')');
                params.put(p, w.term());
            }
        }
    }

    private static void bindAll(SqlStatement<?> st, Map<String, Object> params) {
        params.forEach(st::bind);
    }

    @Override
    public Optional<StoredClaim> claim(long id) {
        return handle(h -> findClaim(h, id));
    }

    private static Optional<StoredClaim> findClaim(Handle h, long id) {
        return h.createQuery("SELECT " + CLAIM_COLUMNS + CLAIMS_FROM + " WHERE c.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> storedClaim(rs))
                .findOne();
    }

    @Override
    public long countClaims() {
        return handle(h -> h.createQuery("SELECT COUNT(*) FROM claims").mapTo(Long.class).one());
    }

    @Override
    public StoredClaim review(long claimId, String analyst, ReviewAction action, Claim edited, String reason) {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(action, "action");
        if (action == ReviewAction.ADD) {
            throw new IllegalArgumentException("use addAnalystClaim to add a claim");
        }
        if ((action == ReviewAction.EDIT) != (edited != null)) {
            throw new IllegalArgumentException(action == ReviewAction.EDIT
                    ? "an edit needs the edited claim" : action + " takes no edited claim");
        }
        return tx(h -> {
            StoredClaim before = findClaim(h, claimId).orElseThrow(() -> new NotFoundException("no claim #" + claimId));
            String now = Times.format(Instant.now());
            Claim after = before.claim();
            ReviewState state = switch (action) {
                case ACCEPT -> ReviewState.ACCEPTED;
                case REJECT -> ReviewState.REJECTED;
                case EDIT -> ReviewState.EDITED;
                case RESET -> ReviewState.PENDING;
                case ADD -> throw new AssertionError("checked above");
            };
            boolean same = switch (action) {
                case ACCEPT -> before.reviewState() == ReviewState.ACCEPTED;
                case REJECT -> before.reviewState() == ReviewState.REJECTED;
                case RESET -> before.reviewState() == ReviewState.PENDING;
                case EDIT -> before.reviewState() == ReviewState.EDITED && withDoc(edited, before.claim().doc()).equals(before.claim());
                case ADD -> false;
            };
            if (same) {
                return before; // a second accept (or the same edit again) changes nothing
            }
            if (action == ReviewAction.EDIT) {
                String text = h.createQuery("SELECT text FROM documents WHERE id = :id")
                        .bind("id", before.documentId()).mapTo(String.class).one();
                after = withDoc(edited, before.claim().doc());
                checkEvidence(after, text);
                bindClaimFields(h.createUpdate("""
                        UPDATE claims SET type = :type, actor = :actor, modality = :modality, treaty = :treaty,
                               stage = :stage, weapon = :weapon, recipient = :recipient, alleged_by = :allegedBy,
                               quantity_min = :quantityMin, quantity_max = :quantityMax, quantity_unit = :quantityUnit,
                               amount_min = :amountMin, amount_max = :amountMax, amount_currency = :amountCurrency,
                               when_text = :when, speaker_name = :speakerName, speaker_role = :speakerRole,
                               speaker_actor = :speakerActor, evidence_start = :evidenceStart,
                               evidence_end = :evidenceEnd, evidence_text = :evidenceText
                        WHERE id = :id"""), after)
                        .bind("id", claimId)
                        .execute();
                h.createUpdate("DELETE FROM claim_terms WHERE claim_id = :id").bind("id", claimId).execute();
                insertClaimTerms(h, claimId, after.evidence().text());
                EventIndex.detach(h, claimId); // the edit may change its key: it goes where it now belongs
                EventIndex.assign(h, claimId);
            }
            h.createUpdate("UPDATE claims SET review_state = :state, reviewed_by = :by, reviewed_at = :at WHERE id = :id")
                    .bind("state", state.name())
                    .bind("by", action == ReviewAction.RESET ? null : analyst)
                    .bind("at", action == ReviewAction.RESET ? null : now)
                    .bind("id", claimId)
                    .execute();
            EventIndex.reviewed(h, claimId); // a rejected claim no longer counts in its event
            audit(h, claimId, analyst, now, action, toJson(before.claim()), toJson(after), reason);
            return findClaim(h, claimId).orElseThrow();
        });
    }

    @Override
    public StoredClaim addAnalystClaim(long documentId, String analyst, Claim claim, String reason) {
        Objects.requireNonNull(analyst, "analyst");
        return tx(h -> {
            StoredDocument doc = h.createQuery("SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE id = :id")
                    .bind("id", documentId).map((rs, ctx) -> document(rs)).findOne()
                    .orElseThrow(() -> new NotFoundException("no document #" + documentId));
            Claim c = withDoc(claim, doc.externalId());
            checkEvidence(c, doc.text());
            String now = Times.format(Instant.now());
            long id = insertClaim(h, documentId, c, Origin.ANALYST, ReviewState.EDITED, null, doc.published(), now);
            h.createUpdate("UPDATE claims SET reviewed_by = :by, reviewed_at = :at WHERE id = :id")
                    .bind("by", analyst).bind("at", now).bind("id", id).execute();
            audit(h, id, analyst, now, ReviewAction.ADD, null, toJson(c), reason);
            EventIndex.assign(h, id);
            return findClaim(h, id).orElseThrow();
        });
    }

    private static void audit(Handle h, long claimId, String analyst, String at, ReviewAction action, String before, String after,
            String reason) {
        h.createUpdate("""
                        INSERT INTO claim_reviews (claim_id, analyst, at, action, before_json, after_json, reason)
                        VALUES (:claim, :analyst, :at, :action, :before, :after, :reason)""")
                .bind("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .bind("claim", claimId)
                .bind("analyst", analyst)
                .bind("at", at)
                .bind("action", action.name())
                .bind("before", before)
                .bind("after", after)
                .execute();
    }

    @Override
    public List<AuditEntry> audit(long claimId) {
        return handle(h -> h.createQuery("""
                        SELECT id, claim_id, analyst, at, action, before_json, after_json, reason
                        FROM claim_reviews WHERE claim_id = :id ORDER BY id""")
                .bind("id", claimId)
                .map((rs, ctx) -> auditEntry(rs, "claim_id"))
                .list());
    }

    /** A line of an audit trail (claim_reviews, record_change_reviews), its subject's id in {@code subject}. */
    static AuditEntry auditEntry(ResultSet rs, String subject) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getLong(subject), rs.getString("analyst"),
                Times.parseInstant(rs.getString("at")), ReviewAction.valueOf(rs.getString("action")),
                rs.getString("before_json"), rs.getString("after_json"), rs.getString("reason"));
    }

    @Override
    public List<StoredClaim> recentlyAccepted(String actor, ClaimType type, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(CLAIM_COLUMNS).append(CLAIMS_FROM)
                .append(" WHERE c.review_state IN ('ACCEPTED', 'EDITED')");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(sql, params, "c.actor = :actor", "actor", actor);
        condition(sql, params, "c.type = :type", "type", type == null ? null : type.name());
        sql.append(" ORDER BY c.reviewed_at DESC, c.id DESC LIMIT :limit");
        params.put("limit", limit);
        return handle(h -> {
            Query query = h.createQuery(sql.toString());
            bindAll(query, params);
            return query.map((rs, ctx) -> storedClaim(rs)).list();
        });
    }

    // ---- search -------------------------------------------------------------------------------

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        StringBuilder docs = new StringBuilder("SELECT d.id, d.title, d.published, d.text FROM documents d WHERE 1 = 1");
        Map<String, Object> docParams = new LinkedHashMap<>();
        termConditions(docs, docParams, query, "d.id", "document_terms", "document_id");
        docs.append(" ORDER BY d.id DESC LIMIT :limit");
        docParams.put("limit", limit);
        StringBuilder claims = new StringBuilder("SELECT c.id, c.document_id, c.evidence_start, c.evidence_text, d.title, d.published")
                .append(CLAIMS_FROM).append(" WHERE 1 = 1");
        Map<String, Object> claimParams = new LinkedHashMap<>();
        termConditions(claims, claimParams, query, "c.id", "claim_terms", "claim_id");
        claims.append(" ORDER BY c.id DESC LIMIT :limit");
        claimParams.put("limit", limit);
        useHandle(h -> {
            Query dq = h.createQuery(docs.toString());
            bindAll(dq, docParams);
            dq.map((rs, ctx) -> {
                String text = rs.getString("text");
                return new SearchHit(SearchHit.Kind.DOCUMENT, rs.getLong("id"), null, rs.getString("title"),
                        Times.parseDate(rs.getString("published")), Highlighter.snippet(text, query, 240),
                        Highlighter.matches(text, query));
            }).forEach(hits::add);
            Query cq = h.createQuery(claims.toString());
            bindAll(cq, claimParams);
            cq.map((rs, ctx) -> {
                String evidence = rs.getString("evidence_text");
                int offset = rs.getInt("evidence_start");
                List<Highlighter.Match> matches = Highlighter.matches(evidence, query).stream()
                        .map(m -> new Highlighter.Match(m.start() + offset, m.end() + offset))
                        .toList();
                return new SearchHit(SearchHit.Kind.EVIDENCE, rs.getLong("document_id"), rs.getLong("id"),
                        rs.getString("title"), Times.parseDate(rs.getString("published")),
                        Highlighter.highlight(evidence, query), matches);
            }).forEach(hits::add);
        });
        return hits;
    }

    // ---- analysts and tokens ------------------------------------------------------------------

    @Override
    public Analyst addAnalyst(String name, String passwordHash) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an analyst needs a name");
        }
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (analyst(name).isPresent()) {
            throw new StoreException("an analyst named '" + name + "' already exists");
        }
        String now = Times.format(Instant.now());
        long id = handle(h -> h.createUpdate(
                        "INSERT INTO analysts (name, password_hash, created_at) VALUES (:name, :hash, :now)")
                .bind("name", name).bind("hash", passwordHash).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Analyst(id, name, passwordHash, Times.parseInstant(now));
    }

    @Override
    public Optional<Analyst> analyst(String name) {
        // one account whatever the case (schema V3's unique index on LOWER(name))
        return handle(h -> h.createQuery("SELECT id, name, password_hash, created_at FROM analysts WHERE LOWER(name) = LOWER(:n)")
                .bind("n", name).map((rs, ctx) -> analyst(rs)).findOne());
    }

    @Override
    public Optional<Analyst> analyst(long id) {
        return handle(h -> h.createQuery("SELECT id, name, password_hash, created_at FROM analysts WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> analyst(rs)).findOne());
    }

    @Override
    public void addApiToken(long analystId, String tokenHash) {
        useHandle(h -> h.createUpdate(
                        "INSERT INTO api_tokens (token_hash, analyst_id, created_at) VALUES (:hash, :analyst, :now)")
                .bind("hash", tokenHash).bind("analyst", analystId).bind("now", Times.format(Instant.now()))
                .execute());
    }

    @Override
    public Optional<Analyst> analystByToken(String tokenHash) {
        Optional<Analyst> found = handle(h -> h.createQuery("""
                        SELECT a.id, a.name, a.password_hash, a.created_at
                        FROM api_tokens t JOIN analysts a ON a.id = t.analyst_id WHERE t.token_hash = :hash""")
                .bind("hash", tokenHash).map((rs, ctx) -> analyst(rs)).findOne());
        found.ifPresent(a -> useHandle(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :hash")
                .bind("now", Times.format(Instant.now())).bind("hash", tokenHash).execute()));
        return found;
    }

    private static Analyst analyst(ResultSet rs) throws SQLException {
        return new Analyst(rs.getLong("id"), rs.getString("name"), rs.getString("password_hash"),
                Times.parseInstant(rs.getString("created_at")));
    }

    // ---- analysts' sign-in sessions ----------------------------------------------------------

    @Override
    public void addSession(long analystId, String idHash, String csrfToken, Instant now, Instant expiresAt, int maxPerAnalyst) {
        if (maxPerAnalyst < 1) {
            throw new IllegalArgumentException("maxPerAnalyst must be at least 1, got " + maxPerAnalyst);
        }
        useTx(h -> {
            h.createUpdate("""
                            INSERT INTO analyst_sessions (id_hash, analyst_id, csrf_token, created_at, last_seen_at, expires_at)
                            VALUES (:hash, :analyst, :csrf, :now, :now, :expires)""")
                    .bind("hash", idHash).bind("analyst", analystId).bind("csrf", csrfToken)
                    .bind("now", Times.format(now)).bind("expires", Times.format(expiresAt))
                    .execute();
            // The new session always stays; of the others, the most recently seen maxPerAnalyst - 1 do.
            h.createUpdate("""
                            DELETE FROM analyst_sessions
                            WHERE analyst_id = :analyst AND id_hash <> :hash AND id_hash NOT IN (
                                SELECT id_hash FROM analyst_sessions WHERE analyst_id = :analyst AND id_hash <> :hash
                                ORDER BY last_seen_at DESC, id_hash LIMIT :keep)""")
                    .bind("analyst", analystId).bind("hash", idHash).bind("keep", maxPerAnalyst - 1)
                    .execute();
        });
    }

    @Override
    public Optional<StoredSession> session(String idHash, Instant now) {
        Optional<StoredSession> found = handle(h -> h.createQuery("""
                        SELECT s.id_hash, s.analyst_id, a.name, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at
                        FROM analyst_sessions s JOIN analysts a ON a.id = s.analyst_id WHERE s.id_hash = :hash""")
                .bind("hash", idHash)
                .map((rs, ctx) -> new StoredSession(rs.getString("id_hash"), rs.getLong("analyst_id"), rs.getString("name"),
                        rs.getString("csrf_token"), Times.parseInstant(rs.getString("created_at")),
                        Times.parseInstant(rs.getString("last_seen_at")), Times.parseInstant(rs.getString("expires_at"))))
                .findOne());
        if (found.isPresent() && found.get().expiresAt().isBefore(now)) {
            // Lazy cleanup; the condition keeps a session that another server has just extended.
            useHandle(h -> h.createUpdate("DELETE FROM analyst_sessions WHERE id_hash = :hash AND expires_at < :now")
                    .bind("hash", idHash).bind("now", Times.format(now)).execute());
            return Optional.empty();
        }
        return found;
    }

    @Override
    public void touchSession(String idHash, Instant lastSeen, Instant expiresAt) {
        String seen = Times.format(lastSeen);
        useHandle(h -> h.createUpdate("""
                        UPDATE analyst_sessions SET last_seen_at = :seen, expires_at = :expires
                        WHERE id_hash = :hash AND last_seen_at < :seen AND expires_at >= :seen AND expires_at < :expires""")
                .bind("hash", idHash).bind("seen", seen).bind("expires", Times.format(expiresAt))
                .execute());
    }

    @Override
    public boolean deleteSession(String idHash) {
        return handle(h -> h.createUpdate("DELETE FROM analyst_sessions WHERE id_hash = :hash")
                .bind("hash", idHash).execute()) > 0;
    }

    @Override
    public int deleteExpiredSessions(Instant now) {
        return handle(h -> h.createUpdate("DELETE FROM analyst_sessions WHERE expires_at < :now")
                .bind("now", Times.format(now)).execute());
    }

    // ---- reference data -----------------------------------------------------------------------

    @Override
    public boolean syncReferenceData(String release, List<ParticipationRow> participation, List<ConflictRow> conflicts) {
        return tx(h -> {
            if (release.equals(meta(h, "reference_release").orElse(null))) {
                return false;
            }
            Map<String, String> byWhom = new HashMap<>();
            h.createQuery("SELECT treaty, state, updated_by FROM participation")
                    .map((rs, ctx) -> Map.entry(rs.getString("treaty") + "/" + rs.getString("state"), String.valueOf(rs.getString("updated_by"))))
                    .forEach(e -> byWhom.put(e.getKey(), e.getValue()));
            Set<String> shipped = new HashSet<>();
            for (ParticipationRow row : participation) {
                String key = row.treaty() + "/" + row.state();
                shipped.add(key);
                String by = byWhom.get(key);
                if (by == null || by.equals(SEED)) {
                    upsertParticipation(h, row, SEED);
                }
            }
            for (Map.Entry<String, String> e : byWhom.entrySet()) {
                if (e.getValue().equals(SEED) && !shipped.contains(e.getKey())) {
                    String[] k = e.getKey().split("/", 2);
                    h.createUpdate("DELETE FROM participation WHERE treaty = :t AND state = :s").bind("t", k[0]).bind("s", k[1]).execute();
                }
            }
            h.createUpdate("DELETE FROM armed_conflicts WHERE updated_by = :seed").bind("seed", SEED).execute();
            Set<String> kept = new HashSet<>(h.createQuery("SELECT state, started FROM armed_conflicts")
                    .map((rs, ctx) -> rs.getString("state") + "/" + rs.getString("started")).list());
            for (ConflictRow row : conflicts) {
                if (!kept.contains(row.state() + "/" + Times.format(row.started()))) {
                    insertConflict(h, row, SEED);
                }
            }
            h.createUpdate("DELETE FROM store_meta WHERE name = 'reference_release'").execute();
            h.createUpdate("INSERT INTO store_meta (name, value) VALUES ('reference_release', :r)").bind("r", release).execute();
            bumpReferenceVersion(h);
            return true;
        });
    }

    @Override
    public Optional<String> referenceRelease() {
        return handle(h -> meta(h, "reference_release"));
    }

    static Optional<String> meta(Handle h, String name) {
        return h.createQuery("SELECT value FROM store_meta WHERE name = :n").bind("n", name).mapTo(String.class).findOne();
    }

    static void putMeta(Handle h, String name, String value) {
        h.createUpdate("DELETE FROM store_meta WHERE name = :n").bind("n", name).execute();
        h.createUpdate("INSERT INTO store_meta (name, value) VALUES (:n, :v)").bind("n", name).bind("v", value).execute();
    }

    /** The core record of a participation row read by {@link RecordStore}. */
    static Participation participation(ResultSet rs) throws SQLException {
        return StoredReferenceData.participation(participationRow(rs));
    }

    /** The core record of an armed-conflict row (columns state, started, ended, description). */
    static ArmedConflict conflict(ResultSet rs) throws SQLException {
        return new ArmedConflict(rs.getString("state"), Times.parseDate(rs.getString("started")),
                Times.parseDate(rs.getString("ended")), rs.getString("description"));
    }

    @Override
    public List<ParticipationRow> participation() {
        return handle(h -> h.createQuery("""
                        SELECT treaty, state, state_name, signed, instrument, deposited, withdrawal_deposited,
                               withdrawal_effective, note
                        FROM participation ORDER BY treaty, state""")
                .map((rs, ctx) -> participationRow(rs))
                .list());
    }

    /** A stored participation row, or a {@link ReferenceDataException} that names it and says how to mend it. */
    private static ParticipationRow participationRow(ResultSet rs) throws SQLException {
        String treaty = rs.getString("treaty");
        String state = rs.getString("state");
        try {
            return new ParticipationRow(treaty, state,
                    rs.getString("state_name"), Times.parseDate(rs.getString("signed")), rs.getString("instrument"),
                    Times.parseDate(rs.getString("deposited")), Times.parseDate(rs.getString("withdrawal_deposited")),
                    Times.parseDate(rs.getString("withdrawal_effective")), rs.getString("note"));
        } catch (RuntimeException e) {
            throw new ReferenceDataException("the store's participation row " + treaty + "/" + state + " is not usable: "
                    + e.getMessage() + "; correct the row in the participation table, or delete it"
                    + " (a shipped row comes back with the next release)", e);
        }
    }

    @Override
    public void saveParticipation(ParticipationRow row, String analyst) {
        useTx(h -> {
            upsertParticipation(h, row, analyst);
            RecordStore.recordEdit(h, RecordKind.PARTICIPATION, row.treaty() + "/" + row.state(),
                    StoredReferenceData.participation(row), analyst);
            bumpReferenceVersion(h);
        });
    }

    /** {@code updated_by} of the rows that come from the shipped data, which a release may replace. */
    private static final String SEED = "seed";

    static void upsertParticipation(Handle h, ParticipationRow row, String by) {
        h.createUpdate("DELETE FROM participation WHERE treaty = :treaty AND state = :state")
                .bind("treaty", row.treaty()).bind("state", row.state()).execute();
        h.createUpdate("""
                        INSERT INTO participation (treaty, state, state_name, signed, instrument, deposited,
                                                   withdrawal_deposited, withdrawal_effective, note, updated_by, updated_at)
                        VALUES (:treaty, :state, :name, :signed, :instrument, :deposited, :wd, :we, :note, :by, :at)""")
                .bind("treaty", row.treaty())
                .bind("state", row.state())
                .bind("name", row.stateName())
                .bind("signed", Times.format(row.signed()))
                .bind("instrument", row.instrument())
                .bind("deposited", Times.format(row.deposited()))
                .bind("wd", Times.format(row.withdrawalDeposited()))
                .bind("we", Times.format(row.withdrawalEffective()))
                .bind("note", row.note())
                .bind("by", by)
                .bind("at", Times.format(Instant.now()))
                .execute();
    }

    @Override
    public void deleteParticipation(String treaty, String state, String analyst) {
        useTx(h -> {
            int n = h.createUpdate("DELETE FROM participation WHERE treaty = :treaty AND state = :state")
                    .bind("treaty", treaty).bind("state", state).execute();
            if (n > 0) {
                RecordStore.recordEdit(h, RecordKind.PARTICIPATION, treaty + "/" + state, null, analyst);
            }
            bumpReferenceVersion(h);
        });
    }

    @Override
    public List<ConflictRow> conflicts() {
        return handle(h -> h.createQuery("SELECT id, state, started, ended, description FROM armed_conflicts ORDER BY state, started, id")
                .map((rs, ctx) -> new ConflictRow(rs.getLong("id"), rs.getString("state"),
                        Times.parseDate(rs.getString("started")), Times.parseDate(rs.getString("ended")),
                        rs.getString("description")))
                .list());
    }

    @Override
    public ConflictRow saveConflict(ConflictRow row, String analyst) {
        return tx(h -> {
            Optional<ArmedConflict> before = conflictById(h, row.id());
            long id;
            if (row.id() == 0) {
                id = insertConflict(h, row, analyst);
            } else {
                int n = h.createUpdate("""
                                UPDATE armed_conflicts SET state = :state, started = :started, ended = :ended,
                                       description = :description, updated_by = :by, updated_at = :at WHERE id = :id""")
                        .bind("state", row.state()).bind("started", Times.format(row.started()))
                        .bind("ended", Times.format(row.ended())).bind("description", row.description())
                        .bind("by", analyst).bind("at", Times.format(Instant.now())).bind("id", row.id())
                        .execute();
                if (n == 0) {
                    throw new NotFoundException("no armed conflict #" + row.id());
                }
                id = row.id();
            }
            ArmedConflict after = new ArmedConflict(row.state(), row.started(), row.ended(), row.description());
            before.filter(b -> !RecordKind.key(b).equals(RecordKind.key(after)))
                    .ifPresent(b -> RecordStore.recordEdit(h, RecordKind.ARMED_CONFLICT, RecordKind.key(b), null, analyst));
            RecordStore.recordEdit(h, RecordKind.ARMED_CONFLICT, RecordKind.key(after), after, analyst);
            bumpReferenceVersion(h);
            return new ConflictRow(id, row.state(), row.started(), row.ended(), row.description());
        });
    }

    private static long insertConflict(Handle h, ConflictRow row, String by) {
        return h.createUpdate("""
                        INSERT INTO armed_conflicts (state, started, ended, description, updated_by, updated_at)
                        VALUES (:state, :started, :ended, :description, :by, :at)""")
                .bind("state", row.state()).bind("started", Times.format(row.started()))
                .bind("ended", Times.format(row.ended())).bind("description", row.description())
                .bind("by", by).bind("at", Times.format(Instant.now()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static Optional<ArmedConflict> conflictById(Handle h, long id) {
        return h.createQuery("SELECT state, started, ended, description FROM armed_conflicts WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> conflict(rs)).findOne();
    }

    @Override
    public void deleteConflict(long id, String analyst) {
        useTx(h -> {
            conflictById(h, id).ifPresent(b -> RecordStore.recordEdit(h, RecordKind.ARMED_CONFLICT, RecordKind.key(b), null, analyst));
            h.createUpdate("DELETE FROM armed_conflicts WHERE id = :id").bind("id", id).execute();
            bumpReferenceVersion(h);
        });
    }

    @Override
    public long referenceDataVersion() {
        return handle(h -> h.createQuery("SELECT value FROM store_meta WHERE name = 'reference_version'")
                .mapTo(String.class).findOne().map(Long::parseLong).orElse(0L));
    }

    static void bumpReferenceVersion(Handle h) {
        long v = h.createQuery("SELECT value FROM store_meta WHERE name = 'reference_version'")
                .mapTo(String.class).findOne().map(Long::parseLong).orElse(0L);
        h.createUpdate("DELETE FROM store_meta WHERE name = 'reference_version'").execute();
        h.createUpdate("INSERT INTO store_meta (name, value) VALUES ('reference_version', :v)")
                .bind("v", Long.toString(v + 1)).execute();
    }

    @Override
    public Optional<LocalDate> latestPublished() {
        return handle(h -> h.createQuery("SELECT MAX(published) FROM documents")
                .mapTo(String.class).findOne().map(Times::parseDate));
    }

    @Override
    public void close() {
        dataSource.close();
    }

    // ---- rows ---------------------------------------------------------------------------------

    private static long insertClaim(Handle h, long documentId, Claim c, Origin origin, ReviewState state,
            String extractorVersion, LocalDate published, String now) {
        long id = bindClaimFields(h.createUpdate("""
                        INSERT INTO claims (document_id, type, actor, modality, treaty, stage, weapon, recipient, alleged_by,
                                            quantity_min, quantity_max, quantity_unit, amount_min, amount_max, amount_currency,
                                            when_text, speaker_name, speaker_role, speaker_actor, evidence_start, evidence_end,
                                            evidence_text, origin, review_state, extractor_version, published, created_at)
                        VALUES (:doc, :type, :actor, :modality, :treaty, :stage, :weapon, :recipient, :allegedBy,
                                :quantityMin, :quantityMax, :quantityUnit, :amountMin, :amountMax, :amountCurrency,
                                :when, :speakerName, :speakerRole, :speakerActor, :evidenceStart, :evidenceEnd,
                                :evidenceText, :origin, :state, :version, :published, :now)"""), c)
                .bind("doc", documentId)
                .bind("origin", origin.name())
                .bind("state", state.name())
                .bind("version", extractorVersion)
                .bind("published", Times.format(published))
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        insertClaimTerms(h, id, c.evidence().text());
        JdbiAlerts.appendClaim(h, id, c, now);
        return id;
    }

    private static void insertClaimTerms(Handle h, long claimId, String evidence) {
        PreparedBatch terms = h.prepareBatch("INSERT INTO claim_terms (term, claim_id) VALUES (:term, :claim)");
        for (String term : Terms.distinct(evidence)) {
            terms.bind("term", term).bind("claim", claimId).add();
        }
        if (terms.size() > 0) {
            terms.execute();
        }
    }

    private static <S extends SqlStatement<S>> S bindClaimFields(S st, Claim c) {
        return st.bind("type", c.type().name())
                .bind("actor", c.actor())
                .bind("modality", c.modality().name())
                .bind("treaty", c.treaty())
                .bind("stage", c.stage() == null ? null : c.stage().name())
                .bind("weapon", c.weapon() == null ? null : c.weapon().name())
                .bind("recipient", c.recipient())
                .bind("allegedBy", c.allegedBy())
                .bind("quantityMin", c.quantity() == null ? null : c.quantity().min())
                .bind("quantityMax", c.quantity() == null ? null : c.quantity().max())
                .bind("quantityUnit", c.quantity() == null ? null : c.quantity().unit())
                .bind("amountMin", c.amount() == null ? null : c.amount().min())
                .bind("amountMax", c.amount() == null ? null : c.amount().max())
                .bind("amountCurrency", c.amount() == null ? null : c.amount().currency())
                .bind("when", c.when())
                .bind("speakerName", c.speaker() == null ? null : c.speaker().name())
                .bind("speakerRole", c.speaker() == null ? null : c.speaker().role())
                .bind("speakerActor", c.speaker() == null ? null : c.speaker().actor())
                .bind("evidenceStart", c.evidence().start())
                .bind("evidenceEnd", c.evidence().end())
                .bind("evidenceText", c.evidence().text());
    }

    private static StoredDocument document(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getLong("id"), rs.getString("external_id"), rs.getString("title"),
                rs.getString("url"), rs.getString("outlet"), Times.parseDate(rs.getString("published")),
                rs.getString("text"), rs.getString("content_hash"), Times.parseInstant(rs.getString("ingested_at")),
                rs.getString("extractor_version"));
    }

    /**
     * A claim row, read by position in {@link #CLAIM_COLUMNS} order: looking columns up by name
     * costs a scan of the column names per value in sqlite-jdbc, a third of a list request's time.
     */
    private static StoredClaim storedClaim(ResultSet rs) throws SQLException {
        String unit = rs.getString(14);
        Quantity quantity = unit == null ? null : new Quantity(getLong(rs, 12), getLong(rs, 13), unit);
        String currency = rs.getString(17);
        Amount amount = currency == null ? null : new Amount(getDouble(rs, 15), getDouble(rs, 16), currency);
        String speakerName = rs.getString(19);
        String speakerRole = rs.getString(20);
        Speaker speaker = speakerName == null && speakerRole == null ? null
                : new Speaker(speakerName, speakerRole, rs.getString(21));
        Claim claim = new Claim(
                rs.getString(3),
                ClaimType.valueOf(rs.getString(4)),
                rs.getString(5),
                Modality.valueOf(rs.getString(6)),
                rs.getString(7),
                enumOrNull(Stage.class, rs.getString(8)),
                enumOrNull(Weapon.class, rs.getString(9)),
                rs.getString(10),
                rs.getString(11),
                quantity,
                amount,
                rs.getString(18),
                speaker,
                new Evidence(rs.getInt(22), rs.getInt(23), rs.getString(24)));
        return new StoredClaim(
                rs.getLong(1),
                rs.getLong(2),
                claim,
                Origin.valueOf(rs.getString(25)),
                ReviewState.valueOf(rs.getString(26)),
                rs.getString(27),
                Times.parseInstant(rs.getString(28)),
                rs.getString(29),
                Times.parseDate(rs.getString(30)),
                Times.parseInstant(rs.getString(31)),
                new StoredClaim.Source(rs.getString(32), rs.getString(33), rs.getString(34)));
    }

    static Long getLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Double getDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Claim withDoc(Claim c, String doc) {
        return new Claim(doc, c.type(), c.actor(), c.modality(), c.treaty(), c.stage(), c.weapon(), c.recipient(),
                c.allegedBy(), c.quantity(), c.amount(), c.when(), c.speaker(), c.evidence());
    }

    /** A claim as codebook JSON ({@link ClaimJson}) for the audit trail, or null. */
    private static String toJson(Claim c) {
        return c == null ? null : ClaimJson.toJson(c);
    }

    private static void checkEvidence(Claim c, String text) {
        if (!c.evidence().matches(text)) {
            throw new IllegalArgumentException("evidence " + c.evidence().start() + ".." + c.evidence().end()
                    + " of a " + c.type() + " claim about " + c.actor() + " does not match the document's text");
        }
    }

    private static <T> Page<T> page(List<T> rows, int limit, java.util.function.ToLongFunction<T> id) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, Cursors.encode(id.applyAsLong(items.get(limit - 1))));
    }

    /** Opaque keyset cursors: the last row's id, base64url so clients do not build them. */
    static final class Cursors {
        private Cursors() {}

        static String encode(long id) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("k" + id).getBytes(StandardCharsets.US_ASCII));
        }

        static Long decode(String cursor) {
            if (cursor == null || cursor.isEmpty()) {
                return null;
            }
            try {
                String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
                if (s.length() > 1 && s.charAt(0) == 'k') {
                    return Long.parseLong(s.substring(1));
                }
            } catch (IllegalArgumentException e) {
                // falls through to the message below
            }
            throw new IllegalArgumentException("cursor '" + cursor + "' is not one this server handed out");
        }
    }
}
