package org.treatywatch.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.reference.ConflictRow;
import org.treatywatch.store.reference.ParticipationRow;
import org.treatywatch.store.search.SearchHit;
import org.treatywatch.store.search.SearchQuery;

/**
 * Everything Treatywatch keeps: documents, their claims, analysts' reviews with an audit trail,
 * analysts with their API tokens and sign-in sessions, and the treaty participation and
 * armed-conflict data that the status engine reads. One interface, two backends with one schema:
 * an SQLite file (the default) and PostgreSQL; {@link Stores#open(String)} picks by URL.
 *
 * <p>Writes are atomic per call: a document is stored with all its claims and search terms in one
 * transaction, so a crash leaves each document whole or absent. Reads never block writers (SQLite
 * runs in WAL mode). Implementations are thread-safe.
 */
public interface Store extends AutoCloseable {

    Dialect dialect();

    // ---- documents ----------------------------------------------------------------------------

    /** The stored document with this SHA-256 content hash (see {@link ContentHash}). */
    Optional<StoredDocument> documentByHash(String contentHash);

    Optional<StoredDocument> document(long id);

    /** Documents newest first (by id), keyset-paged. */
    Page<DocumentSummary> documents(String cursor, int limit);

    /**
     * Stores a new document and its machine claims, all or nothing.
     *
     * @return the new document's id
     * @throws DuplicateDocumentException when a document with the same text is already stored
     */
    long addDocument(Document document, List<Claim> claims, String extractorVersion);

    /** A new document with its machine claims, for {@link #addDocuments}. */
    record NewDocument(Document document, List<Claim> claims, String extractorVersion) {}

    /** A document {@link #addDocuments} stored ({@code isNew}), or the one stored already with its text. */
    record Added(long id, boolean isNew) {}

    /**
     * Stores several new documents and their claims in one transaction, all or nothing: as
     * {@link #addDocument} does each, but a text stored already (before, or earlier in the list)
     * is answered with the stored document's id instead of an exception. One commit for many
     * documents is what makes a bulk ingest fast; a caller that must not lose the others to one
     * bad document stores them one by one when this throws.
     *
     * @return one answer per document, in order
     */
    List<Added> addDocuments(List<NewDocument> documents);

    /**
     * Re-extraction after an extractor upgrade: replaces the document's pending machine claims by
     * {@code claims}, keeping analysts' work. The rule, in one transaction:
     * <ol>
     *   <li>claims an analyst reviewed (accepted, rejected, edited) or added are kept as they are;</li>
     *   <li>machine claims still {@link ReviewState#PENDING} are deleted;</li>
     *   <li>each new claim is inserted unless a kept claim has the same codebook key (type, actor,
     *       treaty, recipient) and the same evidence span: that claim was already decided on.</li>
     * </ol>
     *
     * @return how many new claims were inserted
     */
    int replaceMachineClaims(long documentId, List<Claim> claims, String extractorVersion);

    long countDocuments();

    // ---- claims -------------------------------------------------------------------------------

    Page<StoredClaim> claims(ClaimQuery query);

    /**
     * The page of claims that {@link #claims} gives for {@code query}, handed to {@code rows} one
     * row at a time as it is read, newest first, and nothing built for the whole page: for the API's
     * claims list, which writes each row straight out.
     *
     * @return the cursor of the next page, null on the last (as {@link Page#nextCursor()})
     * @throws IllegalArgumentException for a cursor this store did not hand out, before any row
     */
    String claimRows(ClaimQuery query, ClaimRow.Sink rows);

    Optional<StoredClaim> claim(long id);

    long countClaims();

    /** A review without a reason; see {@link #review(long, String, ReviewAction, Claim, String)}. */
    default StoredClaim review(long claimId, String analyst, ReviewAction action, Claim edited) {
        return review(claimId, analyst, action, edited, null);
    }

    /**
     * Records an analyst's review and appends it to the audit trail with its {@code reason} (may
     * be null). {@code edited} is required for {@link ReviewAction#EDIT} (its {@code doc} is
     * ignored) and must be null otherwise. A review that would change nothing (accepting an
     * accepted claim, rejecting a rejected one, resetting a pending one, an edit to the same
     * claim) changes nothing: no audit line, the first reviewer and time kept.
     *
     * @throws NotFoundException when there is no such claim
     */
    StoredClaim review(long claimId, String analyst, ReviewAction action, Claim edited, String reason);

    /** Adds a claim that an analyst found by hand (origin ANALYST, state EDITED), audited as ADD. */
    default StoredClaim addAnalystClaim(long documentId, String analyst, Claim claim) {
        return addAnalystClaim(documentId, analyst, claim, null);
    }

    /** As {@link #addAnalystClaim(long, String, Claim)}, with the reason kept in the audit trail. */
    StoredClaim addAnalystClaim(long documentId, String analyst, Claim claim, String reason);

    /** The audit trail of a claim, oldest first. */
    List<AuditEntry> audit(long claimId);

    /** Claims accepted or edited most recently first, optionally of one state and type (the Atom feed). */
    List<StoredClaim> recentlyAccepted(String actor, ClaimType type, int limit);

    // ---- events and stories (issue 11) -----------------------------------------------------------

    /** Events (claims about one act across documents) and stories (an article and its copies). */
    EventStore events();

    /** Flags raised on events by the checks against the treaty record, and analysts' decisions on them. */
    FlagStore flags();

    // ---- search -------------------------------------------------------------------------------

    /**
     * Documents whose text and evidence sentences whose words match every word of the query,
     * newest first, with HTML-escaped highlighted snippets.
     */
    List<SearchHit> search(SearchQuery query, int limit);

    // ---- analysts and API tokens --------------------------------------------------------------

    /** @throws StoreException when the name is taken, in any case ({@code ALICE} when there is an {@code alice}) */
    Analyst addAnalyst(String name, String passwordHash);

    /** The analyst of this name, whatever its case: {@code alice} and {@code ALICE} are one account. */
    Optional<Analyst> analyst(String name);

    Optional<Analyst> analyst(long id);

    /** Stores the SHA-256 (hex) of a new API token for an analyst. */
    void addApiToken(long analystId, String tokenHash);

    /** The analyst owning the token with this hash; records the use. */
    Optional<Analyst> analystByToken(String tokenHash);

    // ---- analysts' sign-in sessions (the web app's; see StoredSession) -------------------------

    /**
     * Stores a new session: the SHA-256 (hex) of its id, never the id, with its CSRF token, seen at
     * {@code now} and valid until {@code expiresAt}. If the analyst then has more than
     * {@code maxPerAnalyst} sessions, the longest idle others are deleted, so that repeated
     * sign-ins cannot fill the table.
     */
    void addSession(long analystId, String idHash, String csrfToken, Instant now, Instant expiresAt, int maxPerAnalyst);

    /**
     * The session with this id hash, unless its expiry is before {@code now}: an expired session is
     * deleted and not returned. One lookup by primary key.
     */
    Optional<StoredSession> session(String idHash, Instant now);

    /**
     * Records that a session was used: moves its last-seen time to {@code lastSeen} and its expiry
     * to {@code expiresAt}. Never moves them back, and never revives an expired session.
     */
    void touchSession(String idHash, Instant lastSeen, Instant expiresAt);

    /** Deletes a session (sign-out); false when there was none. */
    boolean deleteSession(String idHash);

    /** Deletes the sessions whose expiry is before {@code now} (a range of an index); how many. */
    int deleteExpiredSessions(Instant now);

    // ---- reference data -----------------------------------------------------------------------

    /**
     * Brings the reference tables up to a release of the shipped data, once per release: when
     * {@code release} (a fingerprint of the shipped rows) differs from the one recorded in
     * {@code store_meta}, every shipped row ({@code updated_by = 'seed'}) is replaced by the
     * release's, shipped rows the release no longer has are removed, and every row an analyst
     * saved is kept as it is (a shipped conflict is not added again beside an analyst's row of the
     * same state and start). One transaction; an empty store is simply filled.
     *
     * @return true when the tables changed, false when the store already had this release
     */
    boolean syncReferenceData(String release, List<ParticipationRow> participation, List<ConflictRow> conflicts);

    /** The release fingerprint the reference tables were last synced to, if any. */
    Optional<String> referenceRelease();

    /**
     * The treaty participation table.
     *
     * @throws org.treatywatch.store.reference.ReferenceDataException naming a row the engine cannot use
     */
    List<ParticipationRow> participation();

    /** Inserts or replaces one treaty-state row. */
    void saveParticipation(ParticipationRow row, String analyst);

    void deleteParticipation(String treaty, String state, String analyst);

    List<ConflictRow> conflicts();

    /** Inserts ({@code id == 0}) or updates a conflict; returns it with its id. */
    ConflictRow saveConflict(ConflictRow row, String analyst);

    /** Removes a conflict; the removal is a version in the record's history, recorded by {@code analyst}. */
    void deleteConflict(long id, String analyst);

    /**
     * The record's history (every version of each row, with when and by whom it was recorded) and
     * the depositary notifications proposed to change it; see {@link RecordStore}.
     */
    RecordStore records();

    /** Bumped by every reference-data change, so readers can cache what they built from it. */
    long referenceDataVersion();

    /**
     * A number that changes whenever a claim or a document changes (V9's triggers raise it in the
     * writing transaction, whichever process writes), for caches of the claims list. A change made
     * through this store is seen at once; one made by another process within
     * {@value JdbiStore#CLAIMS_VERSION_MILLIS} ms.
     */
    long claimsVersion();

    /** Alerts: the changes log (every new claim is appended to it with the claim), subscriptions, webhook deliveries. */
    org.treatywatch.store.alerts.Alerts alerts();

    /** Dates of the documents, for the date range of the claims list. */
    Optional<LocalDate> latestPublished();

    @Override
    void close();
}
