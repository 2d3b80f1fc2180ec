package org.treatywatch.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.TreatywatchCommand;
import org.treatywatch.cli.testing.CliRun;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.ExtractionException;
import org.treatywatch.extract.Extractors;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.DocumentSummary;
import org.treatywatch.store.Page;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import picocli.CommandLine;

/** {@code treatywatch ingest}: idempotence, the summary and exit codes, and a kill -9 half-way. */
class IngestCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String err) {}

    Run run(String... args) {
        CommandLine cl = TreatywatchCommand.commandLine();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setOut(new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int exit = cl.execute(args);
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    /** The standard extractor's gate and version with {@code extract} in place of its extraction. */
    private static ClaimExtractor standardExtracting(java.util.function.Function<Document, List<Claim>> extract) {
        ClaimExtractor standard = Extractors.standard();
        return new ClaimExtractor() {
            @Override
            public List<Claim> extract(Document document) {
                return extract.apply(document);
            }

            @Override
            public boolean mightHoldClaims(CharSequence text) {
                return standard.mightHoldClaims(text);
            }

            @Override
            public String version() {
                return standard.version();
            }
        };
    }

    /** An invented line of news for generated document {@code i}; every one holds a claim. */
    static String article(int i) {
        String[] states = {"Lithuania", "Finland", "Estonia", "Latvia", "Poland"};
        return states[i % states.length] + " will produce anti-personnel mines at a second plant, the defence ministry said"
                + " in statement number " + i + ".\nNo figures were given.";
    }

    @Test
    void ingest_takesTheCitationFromTheCommandLineAndFromMetaJson_andTheCsvExportCarriesIt() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), article(0));
        Path b = Files.writeString(dir.resolve("b.txt"), article(1));
        // a meta file may carry more than a citation needs; the rest is ignored
        Files.writeString(dir.resolve("b.meta.json"), "{\"title\": \"Finland weighs a second plant\", \"url\": \"https://example.org/fin\","
                + " \"outlet\": \"Example Wire\", \"published\": \"2025-06-19\", \"licence\": \"CC BY 4.0\"}");
        String db = dir.resolve("c.db").toString();
        Run first = run("ingest", "--quiet", "--db", db, "--url", "https://news.example.org/lt-plant", "--outlet", "Example News",
                "--published", "2025-05-02", "--title", "Lithuania to build a second plant", a.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(run("ingest", "--quiet", "--db", db, b.toString()).exit()).isZero();

        Path csv = dir.resolve("claims.csv");
        assertThat(run("export", "claims", "--db", db, "--format", "csv", "-o", csv.toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("claim_id,document_id,doc,published,source_title,source_url,source_outlet,");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(
                ",2025-05-02,Lithuania to build a second plant,https://news.example.org/lt-plant,Example News,PRODUCTION,LTU,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(
                ",2025-06-19,Finland weighs a second plant,https://example.org/fin,Example Wire,PRODUCTION,FIN,"));
    }

    @Test
    void ingest_takesTheInputFormatAsExtractDoes_inAnyCase() throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), "<html><body><p>" + article(0) + "</p></body></html>");
        String db = dir.resolve("f.db").toString();
        assertThat(run("ingest", "--quiet", "--db", db, "--input-format", "HTML", page.toString()).exit()).isZero();
        try (Store s = Stores.open(db)) {
            assertThat(s.document(1).orElseThrow().text()).startsWith("Lithuania will produce").doesNotContain("<p>");
        }
        assertThat(run("ingest", "--quiet", "--db", db, "--format", "html", page.toString()).exit()).as("the old name").isZero();
    }

    @Test
    void ingest_refusesAUrlForSeveralInputs_andABadDate() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), article(0));
        Path b = Files.writeString(dir.resolve("b.txt"), article(1));
        String db = dir.resolve("r.db").toString();
        Run two = run("ingest", "--db", db, "--url", "https://example.org/x", a.toString(), b.toString());
        assertThat(two.exit()).isEqualTo(2);
        assertThat(two.err()).contains("--url names one document");
        assertThat(run("ingest", "--db", db, "--published", "June 2025", a.toString()).exit()).isEqualTo(2);
        assertThat(run("ingest", "--db", db, "--url", "javascript:alert(1)", a.toString()).exit()).isEqualTo(2);
        assertThat(run("ingest", "--db", db, "--input-format", "pdf", a.toString()).err()).contains("--input-format: \"pdf\" is not one of");
        Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"19 June\"}");
        Run badMeta = run("ingest", "--db", db, a.toString());
        assertThat(badMeta.exit()).isEqualTo(1);
        assertThat(badMeta.err()).contains("a.meta.json: \"published\" must be a date as YYYY-MM-DD");
    }

    @Test
    void ingestTwice_storesEachTextOnce_andReportsUnchanged() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(docs.resolve("a" + i + ".txt"), article(i));
        }
        Files.writeString(docs.resolve("a0.gold.jsonl"), "{}\n"); // claim files in a folder are not documents
        Files.writeString(docs.resolve("copy-of-a1.txt"), article(1)); // same text, other name
        String db = dir.resolve("t.db").toString();

        Run first = run("ingest", "--db", db, docs.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("4 documents").contains("3 new, 1 unchanged, 0 re-extracted, 0 failed");

        Run second = run("ingest", "--db", db, docs.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.err()).contains("0 new, 4 unchanged");
        try (Store s = Stores.open(db)) {
            assertThat(s.countDocuments()).isEqualTo(3);
        }
    }

    @Test
    void badInputs_areListedWithReasons_andExitIs1_whileTheRestGoesIn() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), article(7));
        Path lines = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\": \"ok\", \"text\": \"" + article(8).replace("\n", "\\n") + "\"}\n{not json\n");
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        String db = dir.resolve("t.db").toString();

        Run r = run("ingest", "--db", db, good.toString(), lines.toString(), binary.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("2 new").contains("2 failed").contains("failed:")
                .contains("blob.txt").contains("feed.jsonl");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDocumentTheExtractorFailsOn_isAFailure_notStoredWithoutClaims_andARerunStoresIt() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(docs.resolve("a" + i + ".txt"), article(i));
        }
        ClaimExtractor standard = Extractors.standard();
        ClaimExtractor buggy = standardExtracting(document -> { // the standard one with a bug in a stage for one text
            if (document.text().contains("number 1.")) {
                throw new ExtractionException(document.id(), "ClaimAssembler", new IllegalStateException("a bug"));
            }
            return standard.extract(document);
        });
        String db = dir.resolve("t.db").toString();

        CliRun r = CliRun.with(CliRun.replacing(IngestCommand.class, () -> new IngestCommand(() -> buggy)),
                "ingest", "--db", db, docs.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("2 new, 0 unchanged, 0 re-extracted, 1 failed")
                .contains("a1.txt: extraction failed in stage ClaimAssembler: java.lang.IllegalStateException: a bug")
                .doesNotContain("\tat ");
        try (Store s = Stores.open(db)) {
            assertThat(s.countDocuments()).isEqualTo(2);
        }
        Run rerun = run("ingest", "--db", db, docs.toString());
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(rerun.err()).contains("1 new, 2 unchanged");
    }

    @Test
    void aDocumentTheStoreRefuses_failsAlone_andTheOthersOfItsBatchAreStored() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(docs.resolve("a" + i + ".txt"), article(i));
        }
        ClaimExtractor standard = Extractors.standard();
        ClaimExtractor wrongSpan = standardExtracting(document -> { // one text gets a claim whose evidence is not in it
            List<Claim> claims = new java.util.ArrayList<>(standard.extract(document));
            if (document.text().contains("number 3.")) {
                claims.add(new Claim(document.id(), ClaimType.USE, "RUS", Modality.ALLEGED, null, null, Weapon.AP_MINE,
                        null, null, null, null, null, null, new Evidence(0, 5, "XXXXX")));
            }
            return claims;
        });
        String db = dir.resolve("t.db").toString();

        CliRun r = CliRun.with(CliRun.replacing(IngestCommand.class, () -> new IngestCommand(() -> wrongSpan)),
                "ingest", "--db", db, docs.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("4 new, 0 unchanged, 0 re-extracted, 1 failed").contains("a3.txt: ")
                .doesNotContain("\tat ");
        try (Store s = Stores.open(db)) {
            assertThat(s.countDocuments()).isEqualTo(4);
        }
    }

    @Test
    void missingPath_isUsageError() {
        Run r = run("ingest", "--db", dir.resolve("t.db").toString(), dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("treatywatch: " + dir.resolve("nope.txt") + ": no such file or folder");
    }

    /**
     * Starts a real ingest of 2,000 documents in a child JVM, kills it with SIGKILL half-way, and
     * checks that every stored document has exactly the claims the extractor gives it (none half
     * written), its story, its claims' events and their kept figures, then reruns the same command and checks that all are there, each once.
     */
    @Test
    void killMinus9_midIngest_leavesEveryStoredDocumentWholeWithItsStoryAndEvents_andRerunFinishesTheJob() throws Exception {
        int total = 2000;
        Path input = dir.resolve("many.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < total; i++) {
            sb.append("{\"id\": \"gen-").append(i).append("\", \"text\": \"")
                    .append(article(i).replace("\n", "\\n")).append("\"}\n");
        }
        Files.writeString(input, sb);
        Path db = dir.resolve("kill.db");

        Process child = startIngest(db, input);
        try (Store store = Stores.open(db.toString())) {
            // killed once 100 documents are in (bounded at 5 min, for a machine under load)
            long deadline = System.currentTimeMillis() + 300_000;
            while (store.countDocuments() < 100 && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("the ingest should still be running when killed").isTrue();
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the JVM
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        ClaimExtractor extractor = Extractors.standard();
        long storedAfterKill;
        try (Store store = Stores.open(db.toString())) {
            storedAfterKill = store.countDocuments();
            assertThat(storedAfterKill).isBetween(100L, (long) total - 1);
            assertEveryDocumentWhole(store, extractor);
            assertOneChangePerClaim(store);
            assertEventFiguresKept(store);
        }

        Process rerun = startIngest(db, input);
        assertThat(rerun.waitFor(600, TimeUnit.SECONDS)).isTrue();
        String err = new String(rerun.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.exitValue()).as(err).isZero();
        assertThat(err).contains((total - storedAfterKill) + " new, " + storedAfterKill + " unchanged");

        try (Store store = Stores.open(db.toString())) {
            assertThat(store.countDocuments()).isEqualTo(total);
            Map<String, Integer> seen = assertEveryDocumentWhole(store, extractor);
            assertThat(seen).hasSize(total); // each generated id once: no duplicates
            assertOneChangePerClaim(store);
            assertEventFiguresKept(store);
            // one event per state's production plan (same key, same day), whatever the crash split
            assertThat(store.events().countEvents()).isEqualTo(5);
        }
    }

    /**
     * Each event's kept figures (V8: the events row, its source groups and steps) are what its
     * stored reports add up to: they commit with the document or not at all.
     */
    private static void assertEventFiguresKept(Store store) {
        var events = store.events().events(org.treatywatch.store.event.EventQuery.all().withLimit(200)).items();
        assertThat(events).isNotEmpty();
        for (var e : events) {
            var full = store.events().event(e.id()).orElseThrow();
            assertThat(store.events().figures(e.id())).as("figures of event " + e.id()).contains(full.figures());
            assertThat(full.reports()).isNotEmpty();
        }
    }

    /** The changes log (alerts) holds one CLAIM change per stored claim: it commits with its claim or not at all. */
    private static void assertOneChangePerClaim(Store store) {
        java.util.Set<Long> refs = new java.util.HashSet<>();
        String cursor = null;
        do {
            Page<org.treatywatch.store.alerts.Change> page = store.alerts().changes(java.time.Instant.EPOCH,
                    org.treatywatch.store.alerts.SubscriptionFilter.ANYTHING, cursor, 1000);
            for (org.treatywatch.store.alerts.Change c : page.items()) {
                assertThat(refs.add(c.refId())).as("one change for claim #" + c.refId()).isTrue();
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat((long) refs.size()).isEqualTo(store.countClaims());
        java.util.Set<Long> claimIds = new java.util.HashSet<>();
        String claimCursor = null;
        do {
            Page<org.treatywatch.store.StoredClaim> page = store.claims(ClaimQuery.all().withCursor(claimCursor).withLimit(500));
            page.items().forEach(c -> claimIds.add(c.id()));
            claimCursor = page.nextCursor();
        } while (claimCursor != null);
        assertThat(refs).isEqualTo(claimIds);
    }

    private Process startIngest(Path db, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.treatywatch.cli.Main", "ingest", "--quiet", "--db", db.toString(), input.toString()));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Checks each stored document's claims against a fresh extraction; returns id -> claim count. */
    private static Map<String, Integer> assertEveryDocumentWhole(Store store, ClaimExtractor extractor) {
        Map<String, Integer> seen = new HashMap<>();
        String cursor = null;
        do {
            Page<DocumentSummary> page = store.documents(cursor, 500);
            for (DocumentSummary d : page.items()) {
                Document doc = store.document(d.id()).orElseThrow().document();
                int expected = extractor.extract(doc).size();
                assertThat(expected).as("generated documents all hold claims").isPositive();
                var claims = store.claims(ClaimQuery.all().withDocument(d.id()).withLimit(500)).items();
                int stored = claims.size();
                assertThat(stored).as("claims of " + d.externalId()).isEqualTo(expected);
                // its story and its claims' events were written in the document's own transaction
                assertThat(store.events().storyOfDocument(d.id())).as("story of " + d.externalId()).isPresent();
                assertThat(claims).allSatisfy(c -> assertThat(store.events().eventOfClaim(c.id())).as("event of claim " + c.id()).isPresent());
                assertThat(seen.put(d.externalId(), stored)).as("duplicate " + d.externalId()).isNull();
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return seen;
    }
}
