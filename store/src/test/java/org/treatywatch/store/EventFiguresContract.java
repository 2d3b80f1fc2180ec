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
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.event.Event;
import org.treatywatch.store.event.EventQuery;
import org.treatywatch.store.event.EventSummary;
import org.treatywatch.store.story.EditedCopies;

/**
 * The figures the store keeps for each event as reports arrive (V8, event/KeptFigures) against a
 * full recomputation from all the event's reports ({@link Event#of}), after a random sequence of
 * ingests (originals, edited copies, outlets named in other cases, speakers, dates that split and
 * bridge events), reviews, edits that move a claim to another key, analysts' claims and
 * re-extractions; on every backend ({@link EventFiguresSqliteTest}, {@link EventFiguresPostgresTest}).
 */
abstract class EventFiguresContract {
    private static final String[] ACTORS = {"LVA", "EST"};
    private static final String[] OUTLETS = {"Example Wire", "example wire ", "Example Radio", "Daily Example", null};
    private static final Speaker[] SPEAKERS = {null, new Speaker("A. Person", null, null),
        new Speaker(null, "defence minister", "LVA"), new Speaker("B. Person", "spokesperson", null)};
    private static final String[] WORDS = ("the government said on Tuesday that parliament would vote in spring after "
            + "ministers met allies in the capital while officials warned of a changed situation on the border and "
            + "groups criticised a move that weakens rules many countries joined years ago").split(" ");

    Store store;
    String location;
    private final List<String> originals = new ArrayList<>();

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

    @Test
    void keptFigures_equalAFullRecomputation_afterRandomIngestsReviewsAndEdits() {
        Random random = new Random(11);
        for (int step = 0; step < 160; step++) {
            int op = random.nextInt(100);
            if (op < 60 || store.countClaims() == 0) {
                ingest(random, step);
            } else if (op < 75) {
                store.review(anyClaim(random).id(), "alice", ReviewAction.REJECT, null, "not what it says");
            } else if (op < 83) {
                store.review(anyClaim(random).id(), "alice", random.nextBoolean() ? ReviewAction.ACCEPT : ReviewAction.RESET,
                        null);
            } else if (op < 92) {
                StoredClaim c = anyClaim(random);
                store.review(c.id(), "alice", ReviewAction.EDIT, claim(random, c.claim().doc(), c.claim().evidence()),
                        "corrected");
            } else if (op < 96) {
                StoredClaim c = anyClaim(random);
                store.addAnalystClaim(c.documentId(), "alice", claim(random, c.claim().doc(), c.claim().evidence()));
            } else {
                StoredClaim c = anyClaim(random);
                StoredDocument d = store.document(c.documentId()).orElseThrow();
                store.replaceMachineClaims(d.id(), claims(random, d.externalId(), d.text()), "x" + step);
            }
            assertKeptFiguresAreTheSums("step " + step);
        }
        assertThat(store.events().countEvents()).isGreaterThan(5);
        assertThat(events().stream().mapToInt(EventSummary::sources).max().orElse(0)).isGreaterThan(3);
    }

    @Test
    void aStoreMadeBeforeV8_hasItsFiguresFilledWhenOpened() throws Exception {
        Random random = new Random(5);
        for (int i = 0; i < 12; i++) {
            ingest(random, i);
        }
        store.review(anyClaim(random).id(), "alice", ReviewAction.REJECT, null);
        List<EventSummary> before = events();
        store.close();
        try (Connection c = DriverManager.getConnection(Stores.jdbcUrl(location))) { // as V6 and V7 left it
            c.createStatement().executeUpdate("DELETE FROM event_members");
            c.createStatement().executeUpdate("DELETE FROM event_steps");
            c.createStatement().executeUpdate("UPDATE events SET figures_kept = 0, first_claim = NULL, "
                    + "weapon_reported = NULL, documents = 0, sources = 0");
        }
        store = Stores.open(location);
        assertThat(events()).isEqualTo(before);
        assertKeptFiguresAreTheSums("after opening");
        ingest(random, 99); // and kept from there on
        assertKeptFiguresAreTheSums("after a new document");
    }

    private void assertKeptFiguresAreTheSums(String when) {
        for (EventSummary s : events()) {
            Event full = store.events().event(s.id()).orElseThrow();
            assertThat(store.events().figures(s.id())).as(when + ", event " + s.id()).contains(full.figures());
            assertThat(s).as(when).isEqualTo(EventSummary.of(full));
        }
    }

    private List<EventSummary> events() {
        return store.events().events(EventQuery.all().withLimit(EventQuery.MAX_LIMIT)).items();
    }

    /** A new article, or an edited copy of an earlier one (the same story), with one to three claims. */
    private void ingest(Random random, int step) {
        String text;
        if (!originals.isEmpty() && random.nextInt(3) == 0) {
            text = EditedCopies.edit(originals.get(random.nextInt(originals.size())), random);
        } else {
            StringBuilder sb = new StringBuilder("Report ").append(step).append(".\n");
            for (int p = 0; p < 5; p++) {
                for (int w = 0; w < 25; w++) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                sb.append('\n');
            }
            text = sb.toString();
            originals.add(text);
        }
        String id = "doc-" + step;
        LocalDate published = random.nextInt(20) == 0 ? null : published(random);
        Document doc = new Document(id, text, null, published, "https://example.org/" + id,
                OUTLETS[random.nextInt(OUTLETS.length)]);
        store.addDocument(doc, claims(random, id, text), "x1");
    }

    /** Mostly in one of a few half-years two years apart (separate events), now and then between them (a bridge). */
    private static LocalDate published(Random random) {
        if (random.nextInt(10) == 0) {
            return LocalDate.of(2016, 1, 1).plusDays(random.nextInt(10 * 365));
        }
        return LocalDate.of(2016 + 2 * random.nextInt(5), 1, 1).plusDays(random.nextInt(180));
    }

    private static List<Claim> claims(Random random, String doc, String text) {
        List<Claim> out = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(claim(random, doc, Evidence.of(text, 0, text.indexOf('\n') + 1 + i)));
        }
        return out;
    }

    /** A claim of one of a few keys, with any modality, stage and speaker. */
    private static Claim claim(Random random, String doc, Evidence evidence) {
        String actor = ACTORS[random.nextInt(ACTORS.length)];
        Modality modality = Modality.values()[random.nextInt(Modality.values().length)];
        Speaker speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
        if (random.nextBoolean()) {
            Stage stage = random.nextInt(3) == 0 ? null : Stage.values()[random.nextInt(Stage.values().length)];
            return new Claim(doc, ClaimType.WITHDRAWAL, actor, modality, "APMBC", stage, null, null, null, null, null, null,
                    speaker, evidence);
        }
        Weapon weapon = random.nextInt(3) == 0 ? Weapon.AT_MINE : Weapon.AP_MINE;
        return new Claim(doc, ClaimType.USE, actor, modality, null, null, weapon, null, null, null, null, null, speaker,
                evidence);
    }

    private StoredClaim anyClaim(Random random) {
        List<StoredClaim> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<StoredClaim> page = store.claims(ClaimQuery.all().withLimit(ClaimQuery.MAX_LIMIT).withCursor(cursor));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all.get(random.nextInt(all.size()));
    }
}
