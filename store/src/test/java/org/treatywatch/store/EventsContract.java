package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.event.Event;
import org.treatywatch.store.event.EventQuery;
import org.treatywatch.store.event.EventSummary;
import org.treatywatch.store.event.Story;
import org.treatywatch.store.story.EditedCopies;

/**
 * Stories and events on every backend (issue 11): {@link EventsSqliteTest} on an SQLite file,
 * {@link EventsPostgresTest} on the real PostgreSQL server the store tests start. The articles are
 * invented for these tests.
 */
abstract class EventsContract {
    /** An invented wire story about a withdrawal; its first paragraph holds the claim. */
    static final String WIRE = """
            RIGA, March 4 - Latvia will withdraw from the Mine Ban Treaty, the government in Riga announced on Tuesday, \
            citing the changed security situation on its eastern border.
            The decision still needs the approval of parliament, which is expected to vote on it in the spring, \
            a spokesperson for the foreign ministry told reporters at a briefing in the capital.
            Officials said the country had destroyed its last stockpile of such weapons more than two decades ago \
            and would consider buying new ones only if the armed forces asked for them.
            Human rights groups criticised the move, warning that it would weaken a treaty that more than 160 \
            countries have joined since it was signed in Ottawa in 1997.
            Neighbouring governments have discussed similar steps in recent months, and defence ministers of the \
            region met last week to coordinate their positions before a summit in June.
            The treaty lets a member leave six months after it notifies the United Nations, unless it is then \
            engaged in an armed conflict, in which case the withdrawal waits for the conflict to end.
            Opposition lawmakers said they would ask the government to publish its legal analysis before the vote, \
            and a small protest was held outside the parliament building on Tuesday evening.
            """;

    /** Another outlet's own article about the same act, written independently. */
    static final String OWN_REPORT = """
            Latvian ministers have decided to leave the Ottawa Convention, the country's defence minister said in an \
            interview broadcast on national radio, adding that Riga had informed its allies first.
            Asked whether mines would be laid along the frontier, the minister declined to give details.
            """;

    /** A later report: the instrument deposited. */
    static final String DEPOSITED = """
            NEW YORK - Latvia has deposited its instrument of withdrawal from the Mine Ban Treaty with the UN \
            Secretary-General, a spokesperson for the United Nations confirmed on Friday.
            The withdrawal takes effect six months later.
            """;

    Store store;
    String location;

    abstract String newLocation();

    @BeforeEach
    void open() {
        location = newLocation();
        store = Stores.open(location);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Document doc(String id, String text, String outlet, LocalDate published) {
        return new Document(id, text, null, published, "https://example.org/" + id, outlet);
    }

    /** A withdrawal claim by Latvia on the text's first line. */
    static Claim withdrawal(String docId, String text, Modality modality, Stage stage) {
        int end = text.indexOf('\n');
        return new Claim(docId, ClaimType.WITHDRAWAL, "LVA", modality, "APMBC", stage, null, null, null, null, null,
                null, null, Evidence.of(text, 0, end < 0 ? text.length() : end));
    }

    long add(String id, String text, String outlet, LocalDate published, Modality modality, Stage stage) {
        return store.addDocument(doc(id, text, outlet, published), List.of(withdrawal(id, text, modality, stage)), "x1");
    }

    /** The one event, in full; its kept sums must be what its reports add up to. */
    Event onlyEvent() {
        List<EventSummary> events = store.events().events(EventQuery.all()).items();
        assertThat(events).hasSize(1);
        Event e = store.events().event(events.get(0).id()).orElseThrow();
        assertThat(events.get(0)).isEqualTo(EventSummary.of(e));
        return e;
    }

    @Test
    void tenEditedCopiesOfOneArticle_areOneStory_andOneSource() {
        Random random = new Random(42);
        List<Long> docs = new ArrayList<>();
        docs.add(add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED));
        for (int i = 1; i < 10; i++) {
            String copy = EditedCopies.edit(WIRE, random);
            docs.add(add("copy-" + i, copy, "Outlet " + i, LocalDate.of(2025, 3, 4 + i % 3), Modality.PLANNED, Stage.ANNOUNCED));
        }
        long story = store.events().storyOfDocument(docs.get(0)).orElseThrow();
        for (long d : docs) {
            assertThat(store.events().storyOfDocument(d)).as("story of document " + d).contains(story);
        }
        Story s = store.events().story(story).orElseThrow();
        assertThat(s.documents()).hasSize(10);
        assertThat(s.documents().subList(1, 10)).allSatisfy(c -> assertThat(c.similarity()).isBetween(0.3, 1.0));
        assertThat(store.events().countStories()).isEqualTo(1);

        Event e = onlyEvent();
        assertThat(e.documents()).isEqualTo(10);
        assertThat(e.outlets()).hasSize(10);
        assertThat(e.stories()).isEqualTo(1);
        assertThat(e.sources()).isEqualTo(1);
    }

    @Test
    void anExactCopyWithOtherSpacingAndCase_joinsTheStoryWithSimilarityOne() {
        long a = add("a", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        String respaced = WIRE.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ");
        long b = add("b", respaced, "Mirror", LocalDate.of(2025, 3, 5), Modality.PLANNED, Stage.ANNOUNCED);
        Story s = store.events().story(store.events().storyOfDocument(a).orElseThrow()).orElseThrow();
        assertThat(s.documents()).extracting(Story.Copy::documentId).containsExactly(a, b);
        assertThat(s.documents().get(1).similarity()).isEqualTo(1.0);
        assertThat(s.documents().get(1).copyOf()).isEqualTo(a);
    }

    @Test
    void twoOutletsReportingTheSameAct_areOneEventWithTwoSources() {
        long a = add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        long b = add("radio", OWN_REPORT, "Example Radio", LocalDate.of(2025, 3, 6), Modality.FACT, Stage.APPROVED);
        assertThat(store.events().storyOfDocument(a)).isNotEqualTo(store.events().storyOfDocument(b));
        Event e = onlyEvent();
        assertThat(e.type()).isEqualTo(ClaimType.WITHDRAWAL);
        assertThat(e.actor()).isEqualTo("LVA");
        assertThat(e.treaty()).isEqualTo("APMBC");
        assertThat(e.sources()).isEqualTo(2);
        assertThat(e.outlets()).containsExactly("Example Radio", "Example Wire");
        assertThat(e.first()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(e.latest()).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(e.reports()).extracting(r -> r.documentId()).containsExactly(a, b);
    }

    @Test
    void twoArticlesOfOneOutlet_areOneSource() {
        add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        add("wire-2", OWN_REPORT, "example wire", LocalDate.of(2025, 3, 6), Modality.PLANNED, Stage.ANNOUNCED);
        Event e = onlyEvent();
        assertThat(e.stories()).isEqualTo(2);
        assertThat(e.sources()).isEqualTo(1);
    }

    @Test
    void theEventsModality_movesFromPlannedToFact_asReportsArrive() {
        add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        Event before = onlyEvent();
        assertThat(before.modality()).isEqualTo(Modality.PLANNED);

        add("un", DEPOSITED, "UN News", LocalDate.of(2025, 6, 27), Modality.FACT, Stage.NOTIFIED);
        Event after = store.events().event(before.id()).orElseThrow();
        assertThat(after.modality()).isEqualTo(Modality.FACT);
        assertThat(after.timeline()).extracting(Event.Step::modality, Event.Step::stage, Event.Step::reported)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Modality.PLANNED, Stage.ANNOUNCED, LocalDate.of(2025, 3, 4)),
                        org.assertj.core.groups.Tuple.tuple(Modality.FACT, Stage.NOTIFIED, LocalDate.of(2025, 6, 27)));

        // a later report of the plan, republished, does not take the fact back
        add("late", OWN_REPORT, "Example Radio", LocalDate.of(2025, 7, 1), Modality.PLANNED, Stage.ANNOUNCED);
        assertThat(store.events().event(before.id()).orElseThrow().modality()).isEqualTo(Modality.FACT);
    }

    @Test
    void aSecondWithdrawalYearsLater_isANewEvent_andAReportBetweenThemJoinsThem() {
        add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        add("un", DEPOSITED, "UN News", LocalDate.of(2029, 5, 2), Modality.FACT, Stage.NOTIFIED);
        List<EventSummary> two = store.events().events(EventQuery.all()).items();
        assertThat(two).hasSize(2);
        assertThat(two).extracting(EventSummary::first).containsExactly(LocalDate.of(2029, 5, 2), LocalDate.of(2025, 3, 4));

        // reports within a year of both: the gap is closed, one event, whatever the order of arrival
        add("radio", OWN_REPORT, "Example Radio", LocalDate.of(2026, 2, 1), Modality.FACT, null);
        add("radio-2", OWN_REPORT + "More later.\n", "Example Radio", LocalDate.of(2027, 1, 15), Modality.FACT, null);
        add("radio-3", OWN_REPORT + "And again.\n", "Example Radio", LocalDate.of(2027, 12, 20), Modality.FACT, null);
        add("radio-4", OWN_REPORT + "Once more.\n", "Example Radio", LocalDate.of(2028, 10, 1), Modality.FACT, null);
        Event one = onlyEvent();
        assertThat(one.id()).isEqualTo(two.get(1).id());
        assertThat(one.first()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(one.latest()).isEqualTo(LocalDate.of(2029, 5, 2));
        assertThat(one.counted()).isEqualTo(6);
    }

    @Test
    void aRejectedClaim_isShownButNotCounted_andAnEditMovesTheClaimToItsNewEvent() {
        add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        add("radio", OWN_REPORT, "Example Radio", LocalDate.of(2025, 3, 6), Modality.FACT, Stage.APPROVED);
        Event e = onlyEvent();
        long radioClaim = e.reports().get(1).claimId();
        store.review(radioClaim, "alice", ReviewAction.REJECT, null, "the minister spoke of a plan");
        Event rejected = store.events().event(e.id()).orElseThrow();
        assertThat(store.events().events(EventQuery.all()).items()).containsExactly(EventSummary.of(rejected));
        assertThat(rejected.reports()).hasSize(2);
        assertThat(rejected.counted()).isEqualTo(1);
        assertThat(rejected.sources()).isEqualTo(1);
        assertThat(rejected.modality()).isEqualTo(Modality.PLANNED);
        assertThat(rejected.latest()).isEqualTo(LocalDate.of(2025, 3, 4));

        StoredClaim claim = store.claim(radioClaim).orElseThrow();
        Claim c = claim.claim();
        Claim estonia = new Claim(c.doc(), c.type(), "EST", c.modality(), c.treaty(), c.stage(), null, null, null, null,
                null, null, null, c.evidence());
        store.review(radioClaim, "alice", ReviewAction.EDIT, estonia, "it was Estonia");
        assertThat(store.events().event(e.id()).orElseThrow().reports()).hasSize(1);
        long moved = store.events().eventOfClaim(radioClaim).orElseThrow();
        assertThat(moved).isNotEqualTo(e.id());
        Event est = store.events().event(moved).orElseThrow();
        assertThat(est.actor()).isEqualTo("EST");
        assertThat(store.events().events(EventQuery.all().withActor("EST")).items()).extracting(EventSummary::id).containsExactly(moved);
        assertThat(store.events().events(EventQuery.all().withActor("EST")).items().get(0)).isEqualTo(EventSummary.of(est));
    }

    @Test
    void reExtraction_dropsEventsLeftWithoutClaims() {
        long a = add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        long event = onlyEvent().id();
        store.replaceMachineClaims(a, List.of(), "x2");
        assertThat(store.events().event(event)).isEmpty();
        assertThat(store.events().countEvents()).isZero();
        store.replaceMachineClaims(a, List.of(withdrawal("wire", WIRE, Modality.FACT, null)), "x3");
        assertThat(onlyEvent().modality()).isEqualTo(Modality.FACT);
    }

    @Test
    void aStoreWithDocumentsButNoStories_isIndexedWhenOpened() throws Exception {
        add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        add("radio", OWN_REPORT, "Example Radio", LocalDate.of(2025, 3, 6), Modality.FACT, Stage.APPROVED);
        store.close();
        try (Connection c = DriverManager.getConnection(Stores.jdbcUrl(location))) {
            for (String table : List.of("event_claims", "events", "minhash_bands", "document_stories", "stories")) {
                c.createStatement().executeUpdate("DELETE FROM " + table); // as a store made before V6
            }
        }
        store = Stores.open(location);
        assertThat(onlyEvent().sources()).isEqualTo(2);
        assertThat(store.events().countStories()).isEqualTo(2);
    }

    @Test
    void eventsFilter_byStateTypeAndDate_andPage() {
        for (int i = 0; i < 5; i++) {
            String text = "Report number " + i + " says Latvia is leaving the treaty.\n";
            add("r" + i, text, "Outlet " + i, LocalDate.of(2010 + 2 * i, 1, 1), Modality.FACT, null);
        }
        assertThat(store.events().countEvents()).isEqualTo(5);
        Page<EventSummary> first = store.events().events(EventQuery.all().withActor("LVA").withLimit(2));
        assertThat(first.items()).hasSize(2);
        Page<EventSummary> second = store.events().events(EventQuery.all().withActor("LVA").withLimit(2).withCursor(first.nextCursor()));
        assertThat(second.items()).extracting(EventSummary::id).allSatisfy(id -> assertThat(id).isLessThan(first.items().get(1).id()));
        assertThat(store.events().events(EventQuery.all().withActor("EST")).items()).isEmpty();
        assertThat(store.events().events(EventQuery.all().withType(ClaimType.USE)).items()).isEmpty();
        assertThat(store.events().events(EventQuery.all().withRange(LocalDate.of(2013, 1, 1), LocalDate.of(2015, 1, 1))).items())
                .extracting(EventSummary::first).containsExactly(LocalDate.of(2014, 1, 1));
    }

    // ---- flags: the checks of core.check stored per event, decided by analysts ---------------------

    /** A production claim of {@code actor} on the text's first line. */
    long production(String id, String actor, String text, LocalDate published, Modality modality) {
        int end = text.indexOf('\n');
        Claim c = new Claim(id, ClaimType.PRODUCTION, actor, modality, null, null, org.treatywatch.core.claim.Weapon.AP_MINE,
                null, null, null, null, null, null, Evidence.of(text, 0, end < 0 ? text.length() : end));
        return store.addDocument(doc(id, text, "Example Wire", published), List.of(c), "x1");
    }

    @Test
    void anEventsReports_comePageByPage_byDateThenClaim_eachOnce() {
        // five reports of one act, stored out of date order; two on the same day
        add("d", DEPOSITED, "Outlet D", LocalDate.of(2025, 3, 20), Modality.FACT, Stage.NOTIFIED);
        add("a", WIRE, "Outlet A", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        add("c", OWN_REPORT, "Outlet C", LocalDate.of(2025, 3, 9), Modality.PLANNED, Stage.ANNOUNCED);
        add("b", OWN_REPORT + "Updated.\n", "Outlet B", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        add("e", DEPOSITED + "Corrected.\n", "Outlet E", LocalDate.of(2025, 3, 20), Modality.FACT, Stage.NOTIFIED);
        Event whole = onlyEvent();
        List<org.treatywatch.store.event.EventReport> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = store.events().eventPage(whole.id(), cursor, 2).orElseThrow();
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.reports()).hasSizeLessThanOrEqualTo(2);
            paged.addAll(page.reports());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(paged).extracting(org.treatywatch.store.event.EventReport::doc).containsExactly("a", "b", "c", "d", "e");
        assertThat(paged).isSortedAccordingTo(java.util.Comparator.comparing(org.treatywatch.store.event.EventReport::reported)
                .thenComparingLong(org.treatywatch.store.event.EventReport::claimId));
    }

    @Test
    void oneStatesFlags_byReviewState_newestFirst_andNoOtherStates() {
        production("fra-1", "FRA", "France has produced anti-personnel mines again, officials said.\n", LocalDate.of(2025, 3, 4), Modality.FACT);
        production("fra-2", "FRA", "France produced anti-personnel mines once more, Paris confirmed.\n", LocalDate.of(2029, 5, 4), Modality.FACT);
        production("esp", "ESP", "Spain has produced anti-personnel mines, officials said.\n", LocalDate.of(2025, 3, 4), Modality.FACT);
        new org.treatywatch.store.flag.FlagChecks(store).run();
        List<org.treatywatch.store.flag.Flag> france = flagsOf("FRA");
        assertThat(france).as("a second act years later is its own event, with its own flag").hasSize(2);
        assertThat(france.get(0).id()).isGreaterThan(france.get(1).id());
        store.flags().decide(france.get(1).id(), "alice", org.treatywatch.store.flag.FlagAction.CONFIRM, null);
        var open = store.flags().flags("FRA", org.treatywatch.store.flag.FlagState.OPEN, null, null, 50).items();
        var confirmed = store.flags().flags("FRA", org.treatywatch.store.flag.FlagState.CONFIRMED, null, null, 50).items();
        assertThat(open).extracting(org.treatywatch.store.flag.Flag::id).containsExactly(france.get(0).id());
        assertThat(confirmed).extracting(org.treatywatch.store.flag.Flag::id).containsExactly(france.get(1).id());
        assertThat(store.flags().flags("ESP", org.treatywatch.store.flag.FlagState.OPEN, null, null, 50).items())
                .extracting(org.treatywatch.store.flag.Flag::actor).containsExactly("ESP");
        var firstPage = store.flags().flags("FRA", null, null, null, 1);
        assertThat(firstPage.items()).extracting(org.treatywatch.store.flag.Flag::id).containsExactly(france.get(0).id());
        assertThat(store.flags().flags("FRA", null, null, firstPage.nextCursor(), 1).items())
                .extracting(org.treatywatch.store.flag.Flag::id).containsExactly(france.get(1).id());
    }

    List<org.treatywatch.store.flag.Flag> flagsOf(String actor) {
        return store.flags().flags(actor, null, null, null, 50).items();
    }

    @Test
    void aStatePartyReportedProducingMines_isFlagged_andNotAStateThatNeverJoinedOrHadLeft() {
        production("fra", "FRA", "France has produced anti-personnel mines again, officials said.\n", LocalDate.of(2025, 3, 4), Modality.FACT);
        production("usa", "USA", "The United States has produced anti-personnel mines, officials said.\n", LocalDate.of(2025, 3, 4), Modality.FACT);
        production("ltu", "LTU", "Lithuania has produced anti-personnel mines, officials said.\n", LocalDate.of(2026, 6, 1), Modality.FACT);
        production("plan", "DEU", "Germany will produce anti-personnel mines, officials said.\n", LocalDate.of(2025, 3, 4), Modality.PLANNED);
        assertThat(new org.treatywatch.store.flag.FlagChecks(store).run()).isEqualTo(4);

        List<org.treatywatch.store.flag.Flag> flags = flagsOf("FRA");
        assertThat(flags).hasSize(1);
        org.treatywatch.store.flag.Flag f = flags.get(0);
        assertThat(f.kind()).isEqualTo(org.treatywatch.core.check.FindingKind.PROHIBITED_ACT);
        assertThat(f.state()).isEqualTo(org.treatywatch.store.flag.FlagState.OPEN);
        assertThat(f.article()).isEqualTo("APMBC Art. 1");
        assertThat(f.engineAnswer()).startsWith("PARTY since ");
        assertThat(f.claimId()).isNotNull();
        assertThat(store.flags().ofEvent(f.eventId())).containsExactly(f);
        assertThat(flagsOf("USA")).as("never joined").isEmpty();
        assertThat(flagsOf("LTU")).as("withdrawal in effect since 2025-12-27").isEmpty();
        assertThat(flagsOf("DEU")).as("a plan is not an act").isEmpty();
        assertThat(new org.treatywatch.store.flag.FlagChecks(store).run()).as("nothing changed since").isZero();
    }

    @Test
    void anAnalystDismissesAFlag_withAnAuditTrail_andReChecksKeepTheDecisionUntilTheClaimIsRejected() {
        production("fra", "FRA", "France has produced anti-personnel mines again, officials said.\n", LocalDate.of(2025, 3, 4), Modality.FACT);
        var checks = new org.treatywatch.store.flag.FlagChecks(store);
        checks.run();
        var f = flagsOf("FRA").get(0);
        var dismissed = store.flags().decide(f.id(), "alice", org.treatywatch.store.flag.FlagAction.DISMISS, "a misread headline");
        assertThat(dismissed.state()).isEqualTo(org.treatywatch.store.flag.FlagState.DISMISSED);
        assertThat(dismissed.decidedBy()).isEqualTo("alice");
        assertThat(store.flags().decide(f.id(), "bob", org.treatywatch.store.flag.FlagAction.DISMISS, null).decidedBy())
                .as("dismissing again changes nothing").isEqualTo("alice");

        // another report of the same act: checked again in its document's transaction, the analyst's decision stays
        production("fra-2", "FRA", "Paris confirmed that France has produced anti-personnel mines.\n", LocalDate.of(2025, 3, 9), Modality.FACT);
        assertThat(checks.run()).as("checked with the document already").isZero();
        assertThat(store.flags().flag(f.id()).orElseThrow().state()).isEqualTo(org.treatywatch.store.flag.FlagState.DISMISSED);

        // every report rejected: the flag is resolved
        for (var r : store.events().event(f.eventId()).orElseThrow().reports()) {
            store.review(r.claimId(), "alice", ReviewAction.REJECT, null, "not France");
        }
        checks.run();
        assertThat(store.flags().flag(f.id()).orElseThrow().state()).isEqualTo(org.treatywatch.store.flag.FlagState.RESOLVED);
        assertThat(store.flags().audit(f.id())).extracting(org.treatywatch.store.flag.FlagReview::action, org.treatywatch.store.flag.FlagReview::analyst)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(org.treatywatch.store.flag.FlagAction.RAISE, FlagStore.CHECKS),
                        org.assertj.core.groups.Tuple.tuple(org.treatywatch.store.flag.FlagAction.DISMISS, "alice"),
                        org.assertj.core.groups.Tuple.tuple(org.treatywatch.store.flag.FlagAction.RESOLVE, FlagStore.CHECKS));
        assertThat(store.flags().audit(f.id()).get(1).reason()).isEqualTo("a misread headline");
    }

    @Test
    void onceTheChecksHaveRun_aNewDocumentsEventsAreFlaggedInItsOwnTransaction() {
        production("usa", "USA", "The United States has produced anti-personnel mines, officials said.\n", LocalDate.of(2025, 3, 4), Modality.FACT);
        var checks = new org.treatywatch.store.flag.FlagChecks(store);
        assertThat(checks.run()).isEqualTo(1);
        production("fra", "FRA", "France has produced anti-personnel mines again, officials said.\n", LocalDate.of(2025, 3, 4), Modality.FACT);
        assertThat(flagsOf("FRA")).as("no recheck in between").extracting(org.treatywatch.store.flag.Flag::kind)
                .containsExactly(org.treatywatch.core.check.FindingKind.PROHIBITED_ACT);
        assertThat(checks.run()).as("nothing left to check").isZero();
    }

    /**
     * Issue 11: after a document, ingest's checks read no event but the document's (checked in its
     * transaction), not every marked one; an event a review marked waits for the next full run
     * ({@code serve} runs one each second).
     */
    @Test
    void afterADocument_theChecksTouchOnlyItsEvents_andAReviewedEventWaitsForTheNextRun() {
        long fra = production("fra", "FRA", "France has produced anti-personnel mines again, officials said.\n",
                LocalDate.of(2025, 3, 4), Modality.FACT);
        var checks = new org.treatywatch.store.flag.FlagChecks(store);
        assertThat(checks.run()).isEqualTo(1);
        long claim = store.claims(ClaimQuery.all().withDocument(fra)).items().get(0).id();
        store.review(claim, "alice", ReviewAction.REJECT, null, "a misread headline"); // marks France's event
        production("deu", "DEU", "Germany has produced anti-personnel mines, officials said.\n", LocalDate.of(2025, 3, 5),
                Modality.FACT);
        assertThat(checks.afterDocument()).as("checked in the document's transaction, nothing read after").isZero();
        assertThat(flagsOf("DEU")).extracting(org.treatywatch.store.flag.Flag::kind)
                .containsExactly(org.treatywatch.core.check.FindingKind.PROHIBITED_ACT);
        assertThat(flagsOf("FRA").get(0).state()).as("not the document's event").isEqualTo(org.treatywatch.store.flag.FlagState.OPEN);
        assertThat(checks.run()).isEqualTo(1);
        assertThat(flagsOf("FRA").get(0).state()).isEqualTo(org.treatywatch.store.flag.FlagState.RESOLVED);
    }

    @Test
    void aChangeOfTheRecord_reChecksEveryEvent() {
        production("fra", "FRA", "France has produced anti-personnel mines again, officials said.\n", LocalDate.of(2025, 3, 4), Modality.FACT);
        var checks = new org.treatywatch.store.flag.FlagChecks(store);
        checks.run();
        assertThat(flagsOf("FRA")).hasSize(1);
        var row = store.participation().stream().filter(r -> r.treaty().equals("APMBC") && r.state().equals("FRA")).findFirst().orElseThrow();
        store.deleteParticipation(row.treaty(), row.state(), "alice"); // as if France had never joined
        assertThat(checks.run()).isEqualTo(1);
        assertThat(flagsOf("FRA").get(0).state()).isEqualTo(org.treatywatch.store.flag.FlagState.RESOLVED);
        store.saveParticipation(row, "alice");
        checks.run();
        assertThat(flagsOf("FRA").get(0).state()).isEqualTo(org.treatywatch.store.flag.FlagState.OPEN);
    }

    @Test
    void eventsAsKnownBy_anInstant_countOnlyTheClaimsStoredBeforeIt() throws Exception {
        add("wire", WIRE, "Example Wire", LocalDate.of(2025, 3, 4), Modality.PLANNED, Stage.ANNOUNCED);
        Thread.sleep(5); // the store keeps milliseconds
        java.time.Instant between = java.time.Instant.now();
        Thread.sleep(5);
        add("own", OWN_REPORT, "Baltic Radio", LocalDate.of(2025, 3, 6), Modality.PLANNED, Stage.ANNOUNCED);
        Event now = onlyEvent();
        assertThat(now.counted()).isEqualTo(2);

        List<EventSummary> then = store.events().events(EventQuery.all().withKnownBy(between)).items();
        assertThat(then).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(now.id());
            assertThat(e.counted()).as("the second report was stored later").isEqualTo(1);
            assertThat(e.documents()).isEqualTo(1);
            assertThat(e.latest()).isEqualTo(LocalDate.of(2025, 3, 4));
        });
        assertThat(store.events().events(EventQuery.all().withKnownBy(java.time.Instant.parse("2020-01-01T00:00:00Z"))).items())
                .as("nothing was stored by then").isEmpty();
        assertThat(store.events().events(EventQuery.all().withKnownBy(java.time.Instant.now().plusSeconds(1))).items())
                .containsExactly(EventSummary.of(now));
    }
}
