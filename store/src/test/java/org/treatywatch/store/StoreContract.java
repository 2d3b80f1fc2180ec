package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.reference.ConflictRow;
import org.treatywatch.store.reference.ParticipationRow;
import org.treatywatch.store.search.SearchHit;
import org.treatywatch.store.search.SearchQuery;
import org.treatywatch.store.testing.Articles;

/**
 * The behaviour every {@link Store} backend must have. {@link SqliteStoreTest} runs it on an SQLite
 * file, {@link PostgresStoreTest} on a real PostgreSQL server started by the test.
 */
abstract class StoreContract {
    Store store;

    /** A new, empty store; {@link #reopen()} must give the same data back. */
    abstract String newLocation();

    String location;

    @BeforeEach
    void open() {
        location = newLocation();
        store = Stores.open(location);
    }

    @AfterEach
    void close() {
        store.close();
    }

    void reopen() {
        store.close();
        store = Stores.open(location);
    }

    @Test
    void addDocument_keepsTextAndClaimsWithExactEvidence() {
        long id = store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");

        StoredDocument doc = store.document(id).orElseThrow();
        assertThat(doc.text()).isEqualTo(Articles.BALTIC);
        assertThat(doc.title()).isEqualTo("Estonia to buy mines");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(doc.contentHash()).isEqualTo(ContentHash.of(Articles.BALTIC));
        assertThat(doc.extractorVersion()).isEqualTo("x1");

        List<StoredClaim> claims = store.claims(ClaimQuery.all().withDocument(id)).items();
        assertThat(claims).hasSize(3);
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.claim().evidence().matches(Articles.BALTIC)).isTrue();
            assertThat(c.reviewState()).isEqualTo(ReviewState.PENDING);
            assertThat(c.origin()).isEqualTo(Origin.MACHINE);
            assertThat(c.published()).isEqualTo(LocalDate.of(2025, 3, 3));
        });
        // every codebook field comes back as it went in
        assertThat(claims.stream().map(StoredClaim::claim).toList())
                .containsExactlyInAnyOrderElementsOf(Articles.balticClaims());
    }

    @Test
    void addDocument_sameTextTwice_isRejectedAsDuplicate() {
        long id = store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        Document sameTextOtherPath = new Document("elsewhere.txt", Articles.BALTIC, null, null, null, null);

        assertThatThrownBy(() -> store.addDocument(sameTextOtherPath, List.of(), "x1"))
                .isInstanceOf(DuplicateDocumentException.class)
                .satisfies(e -> assertThat(((DuplicateDocumentException) e).existingId()).isEqualTo(id));
        assertThat(store.countDocuments()).isEqualTo(1);
        assertThat(store.countClaims()).isEqualTo(3);
    }

    @Test
    void addDocument_withEvidenceNotInText_storesNothing() {
        Claim bad = new Claim("d", ClaimType.USE, "RUS", Modality.ALLEGED, null, null, Weapon.AP_MINE, null, null,
                null, null, null, null, new Evidence(0, 5, "XXXXX"));

        assertThatThrownBy(() -> store.addDocument(Articles.baltic(), List.of(bad), "x1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
        assertThat(store.countDocuments()).isZero();
    }

    @Test
    void addDocuments_storesABatchInOrder_andAnswersKnownTextsWithTheirIds() {
        long known = store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1");
        Document againInBatch = new Document("copy-of-baltic.txt", Articles.BALTIC, null, null, null, null);

        List<Store.Added> added = store.addDocuments(List.of(
                new Store.NewDocument(Articles.baltic(), Articles.balticClaims(), "x1"),
                new Store.NewDocument(Articles.nordic(), List.of(), "x1"),
                new Store.NewDocument(againInBatch, List.of(), "x1")));

        assertThat(added).hasSize(3);
        assertThat(added.get(0).isNew()).isTrue();
        assertThat(added.get(1)).isEqualTo(new Store.Added(known, false));
        assertThat(added.get(2)).isEqualTo(new Store.Added(added.get(0).id(), false)); // earlier in the same batch
        assertThat(store.countDocuments()).isEqualTo(2);
        assertThat(store.claims(ClaimQuery.all().withDocument(added.get(0).id())).items()).hasSize(3);
        assertThat(store.events().countEvents()).isPositive(); // events and stories as for one document
    }

    @Test
    void addDocuments_oneBadClaim_storesNoneOfTheBatch() {
        Claim bad = new Claim("d", ClaimType.USE, "RUS", Modality.ALLEGED, null, null, Weapon.AP_MINE, null, null,
                null, null, null, null, new Evidence(0, 5, "XXXXX"));

        assertThatThrownBy(() -> store.addDocuments(List.of(
                new Store.NewDocument(Articles.baltic(), Articles.balticClaims(), "x1"),
                new Store.NewDocument(Articles.nordic(), List.of(bad), "x1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.countDocuments()).isZero();
        assertThat(store.countClaims()).isZero();
    }

    @Test
    void claimsVersion_changesWithEveryClaimWrite_andAnotherProcessSeesIt() {
        long empty = store.claimsVersion();
        store.addDocument(Articles.nordic(), List.of(), "x1");
        assertThat(store.claimsVersion()).as("a document without claims changes no claim").isEqualTo(empty);

        long id = store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        long added = store.claimsVersion();
        assertThat(added).isGreaterThan(empty);

        long claim = store.claims(ClaimQuery.all().withDocument(id)).items().get(0).id();
        store.review(claim, "alice", ReviewAction.ACCEPT, null);
        long reviewed = store.claimsVersion();
        assertThat(reviewed).isGreaterThan(added);

        store.replaceMachineClaims(id, List.of(), "x2"); // deletes the two pending claims
        assertThat(store.claimsVersion()).isGreaterThan(reviewed);

        try (Store other = Stores.open(location)) { // another process's view: the number is in the database
            assertThat(other.claimsVersion()).isEqualTo(store.claimsVersion());
        }
    }

    @Test
    void reopen_keepsEverything_andMigratesOnlyOnce() {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        reopen();
        assertThat(store.countDocuments()).isEqualTo(1);
        assertThat(store.countClaims()).isEqualTo(3);
    }

    @Test
    void claims_filterByStateTypeModalityReviewDatesAndText() {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1");

        assertThat(store.claims(ClaimQuery.all().withActor("EST")).items()).hasSize(2);
        assertThat(store.claims(ClaimQuery.all().withActor("FIN").withType(ClaimType.PRODUCTION)).items())
                .singleElement().satisfies(c -> assertThat(c.claim().modality()).isEqualTo(Modality.NEGATED));
        assertThat(store.claims(ClaimQuery.all().withModality(Modality.PLANNED)).items()).hasSize(2);
        assertThat(store.claims(ClaimQuery.all().withTreaty("APMBC")).items()).hasSize(3);
        assertThat(store.claims(ClaimQuery.all().withDates(LocalDate.of(2025, 4, 1), null)).items())
                .allSatisfy(c -> assertThat(c.claim().actor()).isEqualTo("FIN"));
        assertThat(store.claims(ClaimQuery.all().withDates(null, LocalDate.of(2025, 3, 3))).items()).hasSize(3);
        assertThat(store.claims(ClaimQuery.all().withText("border")).items()).isEmpty();
        assertThat(store.claims(ClaimQuery.all().withText("mine treaty")).items())
                .extracting(c -> c.claim().actor()).containsExactlyInAnyOrder("LVA", "EST");
        // diacritics and case fold: "hakkinen" finds "Häkkinen"
        assertThat(store.claims(ClaimQuery.all().withText("HAKKINEN")).items()).hasSize(1);
        assertThat(store.claims(ClaimQuery.all().withText("landm*")).items()).hasSize(1);

        long pending = store.claims(ClaimQuery.all().withReview(ReviewState.PENDING)).items().size();
        assertThat(pending).isEqualTo(5);
        assertThat(store.claims(ClaimQuery.all().withReview(ReviewState.ACCEPTED)).items()).isEmpty();
    }

    @Test
    void claims_filterValuesAreBoundNotSpliced() {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");

        assertThat(store.claims(ClaimQuery.all().withActor("EST' OR '1'='1")).items()).isEmpty();
        assertThat(store.claims(ClaimQuery.all().withText("x'); DROP TABLE claims; --")).items()).isEmpty();
        assertThat(store.countClaims()).isEqualTo(3);
    }

    @Test
    void claims_pagesWithStableCursor_evenWhenClaimsAreAddedBetweenPages() {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1");

        Page<StoredClaim> first = store.claims(ClaimQuery.all().withLimit(2));
        assertThat(first.items()).hasSize(2);
        assertThat(first.nextCursor()).isNotNull();

        Document third = new Document("third", "Poland will destroy its mine stocks.", null, null, null, null);
        store.addDocument(third, List.of(new Claim("third", ClaimType.DESTRUCTION, "POL", Modality.PLANNED, null, null,
                Weapon.AP_MINE, null, null, null, null, null, null, Evidence.of(third.text(), 0, 36))), "x1");

        List<Long> seen = new ArrayList<>(first.items().stream().map(StoredClaim::id).toList());
        String cursor = first.nextCursor();
        while (cursor != null) {
            Page<StoredClaim> next = store.claims(ClaimQuery.all().withLimit(2).withCursor(cursor));
            next.items().forEach(c -> seen.add(c.id()));
            cursor = next.nextCursor();
        }
        // the five claims there were when paging started, each once, newest first; the new one is not mixed in
        assertThat(seen).hasSize(5).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThatThrownBy(() -> store.claims(ClaimQuery.all().withCursor("not-a-cursor")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
    }

    @Test
    void claimRows_giveThePagesOfClaims_columnForColumn_withTheSameCursors() {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1");
        String text = "Poland pledged EUR 1.5 million for clearance, a \"small\" sum.";
        store.addDocument(new Document("funds", text, null, null, null, null), List.of(new Claim("funds",
                ClaimType.DESTRUCTION, "POL", Modality.FACT, null, null, Weapon.AP_MINE, null, null, null,
                new Amount(1.5e6, null, "EUR"), null, null, Evidence.of(text, 0, text.length()))), "x1");
        StoredClaim lva = store.claims(ClaimQuery.all().withActor("LVA")).items().get(0);
        store.review(lva.id(), "ana", ReviewAction.ACCEPT, null);

        for (ClaimQuery q : List.of(ClaimQuery.all(), ClaimQuery.all().withActor("FIN"), ClaimQuery.all().withActor("NZL"),
                ClaimQuery.all().withText("mines"), ClaimQuery.all().withReview(ReviewState.ACCEPTED))) {
            for (int limit : new int[] {1, 2, 500}) {
                String cursor = null;
                do {
                    ClaimQuery page = q.withLimit(limit).withCursor(cursor);
                    Page<StoredClaim> expected = store.claims(page);
                    List<ClaimRow> rows = new ArrayList<>();
                    cursor = store.claimRows(page, rows::add);
                    assertThat(rows).as("%s", page).isEqualTo(expected.items().stream().map(StoreContract::row).toList());
                    assertThat(cursor).isEqualTo(expected.nextCursor());
                } while (cursor != null);
            }
        }
        assertThatThrownBy(() -> store.claimRows(ClaimQuery.all().withCursor("not-a-cursor"), row -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
    }

    @Test
    void claimRows_readAfreshEachTime_aClaimStoredBetweenTwoReadsIsInTheSecond() {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        for (int i = 0; i < 20; i++) { // the statement kept for this filter, on every connection of the pool
            store.claimRows(ClaimQuery.all().withLimit(500), row -> { });
        }
        List<ClaimRow> before = new ArrayList<>();
        store.claimRows(ClaimQuery.all().withLimit(500), before::add);

        store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1");
        StoredClaim newest = store.claims(ClaimQuery.all().withLimit(500)).items().get(0);
        List<ClaimRow> after = new ArrayList<>();
        store.claimRows(ClaimQuery.all().withLimit(500), after::add);

        assertThat(after).hasSizeGreaterThan(before.size());
        assertThat(after.get(0).id()).isEqualTo(newest.id());
        assertThat(after.subList(after.size() - before.size(), after.size())).isEqualTo(before);
    }

    /** What claimRows must give for a stored claim. */
    private static ClaimRow row(StoredClaim s) {
        Claim c = s.claim();
        Quantity q = c.quantity();
        Amount a = c.amount();
        Speaker sp = c.speaker();
        return new ClaimRow(s.id(), s.documentId(), c.doc(), c.type().name(), c.actor(), c.modality().name(), c.treaty(),
                c.stage() == null ? null : c.stage().name(), c.weapon() == null ? null : c.weapon().name(), c.recipient(),
                c.allegedBy(), q == null ? null : q.min(), q == null ? null : q.max(), q == null ? null : q.unit(),
                a == null ? null : a.min(), a == null ? null : a.max(), a == null ? null : a.currency(), c.when(),
                sp == null ? null : sp.name(), sp == null ? null : sp.role(), sp == null ? null : sp.actor(),
                c.evidence().start(), c.evidence().end(), c.evidence().text(), s.origin().name(), s.reviewState().name(),
                s.reviewedBy(), s.reviewedAt(), s.extractorVersion(), s.published(), s.source().title(),
                s.source().url(), s.source().outlet());
    }

    @Test
    void review_updatesStateAndWritesAuditTrailWithBeforeAndAfter() {
        long doc = store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        StoredClaim lva = store.claims(ClaimQuery.all().withActor("LVA")).items().get(0);

        StoredClaim accepted = store.review(lva.id(), "ana", ReviewAction.ACCEPT, null);
        assertThat(accepted.reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(accepted.reviewedBy()).isEqualTo("ana");
        assertThat(accepted.reviewedAt()).isNotNull();

        Claim c = lva.claim();
        Claim edited = new Claim(c.doc(), c.type(), c.actor(), Modality.FACT, c.treaty(),
                org.treatywatch.core.claim.Stage.EFFECTIVE, null, null, null, null, null, "2025-12-27", null, c.evidence());
        StoredClaim after = store.review(lva.id(), "ben", ReviewAction.EDIT, edited);
        assertThat(after.reviewState()).isEqualTo(ReviewState.EDITED);
        assertThat(after.claim().stage()).isEqualTo(org.treatywatch.core.claim.Stage.EFFECTIVE);
        assertThat(after.claim().when()).isEqualTo("2025-12-27");

        List<AuditEntry> trail = store.audit(lva.id());
        assertThat(trail).extracting(AuditEntry::action).containsExactly(ReviewAction.ACCEPT, ReviewAction.EDIT);
        assertThat(trail).extracting(AuditEntry::analyst).containsExactly("ana", "ben");
        assertThat(trail.get(1).beforeJson()).contains("\"stage\":null");
        assertThat(trail.get(1).afterJson()).contains("\"stage\":\"EFFECTIVE\"").contains("\"when\":\"2025-12-27\"");

        Claim wrongEvidence = new Claim(c.doc(), c.type(), c.actor(), c.modality(), c.treaty(), null, null, null, null,
                null, null, null, null, new Evidence(0, 3, "abc"));
        assertThatThrownBy(() -> store.review(lva.id(), "ben", ReviewAction.EDIT, wrongEvidence))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.review(999_999, "ben", ReviewAction.ACCEPT, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.claims(ClaimQuery.all().withDocument(doc)).items()).hasSize(3);
    }

    @Test
    void replaceMachineClaims_replacesPendingButKeepsReviewsAndAnalystClaims() {
        long doc = store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        List<StoredClaim> old = store.claims(ClaimQuery.all().withDocument(doc)).items();
        StoredClaim lva = old.stream().filter(c -> c.claim().actor().equals("LVA")).findFirst().orElseThrow();
        StoredClaim estBuy = old.stream().filter(c -> c.claim().type() == ClaimType.PROCUREMENT).findFirst().orElseThrow();
        store.review(lva.id(), "ana", ReviewAction.REJECT, null);
        Claim extra = new Claim("test/baltic.txt", ClaimType.STOCKPILE, "EST", Modality.FACT, null, null, Weapon.AP_MINE,
                null, null, null, null, null, null, Articles.sentence(Articles.BALTIC, "\"We need"));
        StoredClaim added = store.addAnalystClaim(doc, "ana", extra);

        // version 2 finds LVA again (same key and evidence), EST's purchase again, and a new claim
        Claim newClaim = new Claim("test/baltic.txt", ClaimType.USE, "EST", Modality.PLANNED, null, null, Weapon.AP_MINE,
                null, null, null, null, null, null, Articles.sentence(Articles.BALTIC, "\"We need"));
        List<Claim> v2 = List.of(Articles.balticClaims().get(0), Articles.balticClaims().get(1), newClaim);
        int inserted = store.replaceMachineClaims(doc, v2, "x2");

        List<StoredClaim> now = store.claims(ClaimQuery.all().withDocument(doc)).items();
        // kept: the rejected LVA claim and the analyst's claim; replaced: the pending claims
        assertThat(now).extracting(StoredClaim::id).contains(lva.id(), added.id()).doesNotContain(estBuy.id());
        assertThat(now.stream().filter(c -> c.claim().actor().equals("LVA")).toList())
                .singleElement().satisfies(c -> assertThat(c.reviewState()).isEqualTo(ReviewState.REJECTED));
        assertThat(inserted).isEqualTo(2);
        assertThat(now).hasSize(4);
        assertThat(store.document(doc).orElseThrow().extractorVersion()).isEqualTo("x2");
    }

    @Test
    void search_findsDocumentsAndEvidence_withEscapedHighlights() {
        long doc = store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1");

        List<SearchHit> hits = store.search(SearchQuery.parse("growing"), 10);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SearchHit.Kind.DOCUMENT);
            assertThat(h.documentId()).isEqualTo(doc);
            assertThat(h.snippetHtml()).contains("&amp; &lt;<mark>growing</mark>&gt;").doesNotContain("<growing>");
        });

        List<SearchHit> treaty = store.search(SearchQuery.parse("Mine Ban"), 10);
        assertThat(treaty).filteredOn(h -> h.kind() == SearchHit.Kind.EVIDENCE).hasSize(2)
                .allSatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>Mine</mark> <mark>Ban</mark>"));
        SearchHit evidence = treaty.stream().filter(h -> h.kind() == SearchHit.Kind.EVIDENCE).findFirst().orElseThrow();
        assertThat(evidence.matches()).allSatisfy(m ->
                assertThat(Articles.BALTIC.substring(m.start(), m.end())).isIn("Mine", "Ban"));

        // the document and the evidence sentence of FIN's PRODUCTION claim
        assertThat(store.search(SearchQuery.parse("turkiye"), 10)).hasSize(2)
                .allSatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>Türkiye</mark>"));
        assertThat(store.search(SearchQuery.parse("ottawa mines"), 10)).isEmpty();
        assertThat(store.search(SearchQuery.parse("ottawa mine*"), 10)).isEmpty();
        assertThat(store.search(SearchQuery.parse("ottawa land*"), 10)).hasSize(1);
    }

    @Test
    void analystsAndTokens_findTheAnalystByTokenHash() {
        Analyst ana = store.addAnalyst("ana", "$2a$10$hash");
        store.addApiToken(ana.id(), ContentHash.sha256Hex("secret-token"));

        assertThat(store.analyst("ana")).contains(ana);
        assertThat(store.analyst(ana.id())).contains(ana);
        assertThat(store.analystByToken(ContentHash.sha256Hex("secret-token"))).map(Analyst::name).contains("ana");
        assertThat(store.analystByToken(ContentHash.sha256Hex("wrong"))).isEmpty();
        assertThatThrownBy(() -> store.addAnalyst("ana", "x")).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void analystNames_areOneAccountWhateverTheirCase() {
        Analyst alice = store.addAnalyst("alice", "$2a$10$hash");

        assertThat(store.analyst("ALICE")).contains(alice);
        assertThat(store.analyst("Alice")).contains(alice);
        assertThatThrownBy(() -> store.addAnalyst("ALICE", "x")).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
    }

    /**
     * A store made at schema V2 holding two accounts whose names differ only in case is refused by
     * the V3 upgrade, which names them and changes nothing; once one is renamed, it opens.
     */
    static void assertVersion2StoreWithNamesClashingInCase_isRefusedUntilResolved(String freshLocation) throws Exception {
        String url = Stores.jdbcUrl(freshLocation);
        Dialect dialect = Dialect.of(url);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .placeholders(Map.of("id_pk", dialect.idPrimaryKey(), "term_collate", dialect.byteOrderCollation()))
                .target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            for (String name : List.of("alice", "bob", "ALICE")) {
                c.createStatement().execute("INSERT INTO analysts (name, password_hash, created_at) VALUES ('" + name
                        + "', '$2a$10$h', '2025-01-01T00:00:00.000Z')");
            }
        }
        assertThatThrownBy(() -> Stores.open(freshLocation)).isInstanceOf(StoreException.class)
                .hasMessageContaining("differ only in case: alice, ALICE;")
                .hasMessageContaining("UPDATE analysts SET name");
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("UPDATE analysts SET name = 'alice2' WHERE name = 'ALICE'");
        }
        try (Store upgraded = Stores.open(freshLocation)) {
            assertThat(upgraded.analyst("ALICE")).map(Analyst::name).contains("alice");
            assertThat(upgraded.analyst("ALICE2")).map(Analyst::name).contains("alice2");
        }
    }

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.000Z");

    @Test
    void sessions_areFoundByTheirIdHashUntilTheyExpire_andSurviveReopen() {
        Analyst ana = store.addAnalyst("ana", "$2a$10$hash");
        String hash = ContentHash.sha256Hex("session-id");
        store.addSession(ana.id(), hash, "csrf-token", T0, T0.plus(Duration.ofHours(12)), 10);

        reopen();
        StoredSession s = store.session(hash, T0.plusSeconds(1)).orElseThrow();
        assertThat(s).isEqualTo(new StoredSession(hash, ana.id(), "ana", "csrf-token", T0, T0, T0.plus(Duration.ofHours(12))));
        assertThat(store.session(ContentHash.sha256Hex("other-id"), T0)).isEmpty();
        // valid up to and including its expiry instant, gone a millisecond later, and deleted then
        assertThat(store.session(hash, T0.plus(Duration.ofHours(12)))).isPresent();
        assertThat(store.session(hash, T0.plus(Duration.ofHours(12)).plusMillis(1))).isEmpty();
        assertThat(store.session(hash, T0)).as("an expired session is deleted when it is found").isEmpty();
    }

    @Test
    void sessions_touchMovesLastSeenAndExpiryForwardOnly_andNeverRevives() {
        Analyst ana = store.addAnalyst("ana", "$2a$10$hash");
        String hash = ContentHash.sha256Hex("session-id");
        store.addSession(ana.id(), hash, "csrf", T0, T0.plus(Duration.ofHours(1)), 10);

        store.touchSession(hash, T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(90)));
        assertThat(store.session(hash, T0.plus(Duration.ofMinutes(80)))).hasValueSatisfying(s -> {
            assertThat(s.lastSeenAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
            assertThat(s.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(90)));
            assertThat(s.createdAt()).isEqualTo(T0);
        });
        // a late, older touch (another server's) does not move it back
        store.touchSession(hash, T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(70)));
        assertThat(store.session(hash, T0.plus(Duration.ofMinutes(80)))).map(StoredSession::expiresAt)
                .contains(T0.plus(Duration.ofMinutes(90)));
        // a touch after the expiry does not bring the session back
        store.touchSession(hash, T0.plus(Duration.ofMinutes(95)), T0.plus(Duration.ofMinutes(155)));
        assertThat(store.session(hash, T0.plus(Duration.ofMinutes(96)))).isEmpty();
    }

    @Test
    void sessions_deleteEndsOne_andTheSweepDeletesOnlyExpiredOnes() {
        Analyst ana = store.addAnalyst("ana", "$2a$10$hash");
        Analyst ben = store.addAnalyst("ben", "$2a$10$hash");
        store.addSession(ana.id(), "h1", "c1", T0, T0.plus(Duration.ofMinutes(10)), 10);
        store.addSession(ana.id(), "h2", "c2", T0, T0.plus(Duration.ofMinutes(30)), 10);
        store.addSession(ben.id(), "h3", "c3", T0, T0.plus(Duration.ofMinutes(20)), 10);

        assertThat(store.deleteSession("h2")).isTrue();
        assertThat(store.deleteSession("h2")).isFalse();
        assertThat(store.session("h2", T0)).isEmpty();

        assertThat(store.deleteExpiredSessions(T0.plus(Duration.ofMinutes(15)))).isEqualTo(1);
        assertThat(store.session("h3", T0.plus(Duration.ofMinutes(15)))).map(StoredSession::analyst).contains("ben");
        assertThat(store.deleteExpiredSessions(T0.plus(Duration.ofMinutes(15)))).isZero();
        assertThat(store.deleteExpiredSessions(T0.plus(Duration.ofMinutes(21)))).isEqualTo(1);
    }

    @Test
    void sessions_overTheCapPerAnalyst_theLongestIdleOthersAreDeleted() {
        Analyst ana = store.addAnalyst("ana", "$2a$10$hash");
        Analyst ben = store.addAnalyst("ben", "$2a$10$hash");
        Instant end = T0.plus(Duration.ofHours(12));
        store.addSession(ben.id(), "ben1", "c", T0, end, 2);
        store.addSession(ana.id(), "a1", "c", T0, end, 2);
        store.addSession(ana.id(), "a2", "c", T0.plusSeconds(60), end, 2);
        store.touchSession("a1", T0.plusSeconds(120), end.plusSeconds(120)); // a1 is now the more recently seen
        store.addSession(ana.id(), "a3", "c", T0.plusSeconds(180), end, 2);

        Instant now = T0.plusSeconds(200);
        assertThat(store.session("a2", now)).as("the longest idle of ana's goes").isEmpty();
        assertThat(store.session("a1", now)).isPresent();
        assertThat(store.session("a3", now)).isPresent();
        assertThat(store.session("ben1", now)).as("another analyst's are not counted").isPresent();
        // even a new session seen at the same instant as the others is kept
        store.addSession(ana.id(), "a4", "c", T0, end, 1);
        assertThat(store.session("a4", now)).isPresent();
        assertThat(store.session("a1", now)).isEmpty();
        assertThat(store.session("a3", now)).isEmpty();
    }

    /**
     * A store made before sessions existed (schema V1 only, with an analyst in it) gains the
     * sessions table when it is next opened, and keeps its data.
     */
    static void assertVersion1StoreGainsSessionsOnOpen(String freshLocation) throws Exception {
        String url = Stores.jdbcUrl(freshLocation);
        Dialect dialect = Dialect.of(url);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .placeholders(Map.of("id_pk", dialect.idPrimaryKey(), "term_collate", dialect.byteOrderCollation()))
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute(
                    "INSERT INTO analysts (name, password_hash, created_at) VALUES ('old', '$2a$10$h', '2025-01-01T00:00:00.000Z')");
            assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT COUNT(*) FROM analyst_sessions"))
                    .as("no sessions table before the upgrade").isInstanceOf(SQLException.class);
        }
        try (Store upgraded = Stores.open(freshLocation)) {
            Analyst old = upgraded.analyst("old").orElseThrow();
            upgraded.addSession(old.id(), "h", "c", T0, T0.plusSeconds(60), 5);
            assertThat(upgraded.session("h", T0)).map(StoredSession::analyst).contains("old");
        }
    }

    @Test
    void referenceData_isSyncedOncePerRelease_shippedRowsFollowTheRelease_analystRowsAreKept() {
        ParticipationRow fin = new ParticipationRow("APMBC", "FIN", "Finland", null, "accession",
                LocalDate.of(2012, 1, 9), null, null, null);
        ParticipationRow est = new ParticipationRow("APMBC", "EST", "Estonia", null, "accession",
                LocalDate.of(2004, 5, 12), null, null, null);
        ParticipationRow lva = new ParticipationRow("APMBC", "LVA", "Latvia", null, "accession",
                LocalDate.of(2005, 7, 1), null, null, null);
        ConflictRow ukr = new ConflictRow(0, "UKR", LocalDate.of(2022, 2, 24), null, "Russian invasion");
        assertThat(store.syncReferenceData("r1", List.of(fin, est, lva), List.of(ukr))).isTrue();
        assertThat(store.referenceRelease()).contains("r1");
        long v1 = store.referenceDataVersion();

        ParticipationRow estWithdrawn = new ParticipationRow("APMBC", "EST", "Estonia", null, "accession",
                LocalDate.of(2004, 5, 12), LocalDate.of(2025, 6, 27), LocalDate.of(2025, 12, 27), "edited");
        store.saveParticipation(estWithdrawn, "ana");
        assertThat(store.referenceDataVersion()).isGreaterThan(v1);

        reopen();
        assertThat(store.syncReferenceData("r1", List.of(fin, est, lva), List.of(ukr))).as("the same release twice").isFalse();
        assertThat(store.participation()).containsExactlyInAnyOrder(estWithdrawn, fin, lva);

        // release 2: Finland's withdrawal is in, Latvia's row is gone, the conflict is described anew
        ParticipationRow finWithdrawing = new ParticipationRow("APMBC", "FIN", "Finland", null, "accession",
                LocalDate.of(2012, 1, 9), LocalDate.of(2025, 7, 10), LocalDate.of(2026, 1, 10), null);
        ParticipationRow estShipped = new ParticipationRow("APMBC", "EST", "Estonia", null, "accession",
                LocalDate.of(2004, 5, 12), LocalDate.of(2025, 6, 27), null, "shipped");
        ConflictRow ukr2 = new ConflictRow(0, "UKR", LocalDate.of(2022, 2, 24), null, "Russian full-scale invasion");
        long v2 = store.referenceDataVersion();
        assertThat(store.syncReferenceData("r2", List.of(finWithdrawing, estShipped), List.of(ukr2))).isTrue();
        assertThat(store.referenceDataVersion()).isGreaterThan(v2);
        assertThat(store.participation()).as("shipped rows updated and removed, the analyst's row kept")
                .containsExactlyInAnyOrder(estWithdrawn, finWithdrawing);
        assertThat(store.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.description()).isEqualTo("Russian full-scale invasion");
            assertThat(c.id()).isPositive();
        });

        // an analyst's conflict row is kept, and the release's row of the same start is not added beside it
        ConflictRow ended = store.saveConflict(new ConflictRow(store.conflicts().get(0).id(), "UKR",
                LocalDate.of(2022, 2, 24), LocalDate.of(2026, 1, 1), "ended"), "ana");
        assertThat(store.syncReferenceData("r3", List.of(finWithdrawing, estShipped), List.of(ukr2))).isTrue();
        assertThat(store.conflicts()).containsExactly(ended);
        assertThat(store.referenceRelease()).contains("r3");
    }

    @Test
    void documents_listNewestFirstWithClaimCounts() {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1");

        Page<DocumentSummary> page = store.documents(null, 1);
        assertThat(page.items()).singleElement().satisfies(d -> {
            assertThat(d.externalId()).isEqualTo("test/nordic.txt");
            assertThat(d.claims()).isEqualTo(2);
            assertThat(d.length()).isEqualTo(Articles.NORDIC.length());
        });
        assertThat(store.documents(page.nextCursor(), 1).items()).extracting(DocumentSummary::externalId)
                .containsExactly("test/baltic.txt");
        assertThat(store.latestPublished()).contains(LocalDate.of(2025, 4, 10));
    }

    @Test
    void recentlyAccepted_listsAcceptedAndEditedClaimsNewestReviewFirst() {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        List<StoredClaim> all = store.claims(ClaimQuery.all()).items();
        for (StoredClaim c : all) {
            store.review(c.id(), "ana", c.claim().actor().equals("LVA") ? ReviewAction.REJECT : ReviewAction.ACCEPT, null);
        }
        assertThat(store.recentlyAccepted(null, null, 10)).hasSize(2);
        assertThat(store.recentlyAccepted("EST", ClaimType.PROCUREMENT, 10)).hasSize(1);
        assertThat(store.recentlyAccepted("LVA", null, 10)).isEmpty();
    }
}
