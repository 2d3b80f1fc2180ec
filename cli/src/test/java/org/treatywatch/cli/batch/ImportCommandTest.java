package org.treatywatch.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.testing.CliRun;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.json.ClaimJson;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.ReviewAction;
import org.treatywatch.store.ReviewState;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.store.Stores;

/**
 * {@code treatywatch import} on a real SQLite file, from batch outputs laid out as the Spark job
 * writes them (spark/README.md, "Output"; the spark module's tests check that layout from the
 * job's side): documents-jsonl/part-*.json and claims-jsonl/year=Y/type=T/part-*.txt.
 */
class ImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Document lithuania = new Document("https://news.example.org/lt-mines",
            "VILNIUS, June 3 - Lithuania will produce anti-personnel mines from next year, the defence minister said. "
                    + "The first batch is planned for 2026.",
            "Lithuania to make mines", LocalDate.of(2025, 6, 3), "https://news.example.org/lt-mines", "news.example.org");
    private final Document finland = new Document("https://news.example.org/fi-exit",
            "Finland has left the Ottawa treaty, the foreign ministry said on Saturday.",
            null, LocalDate.of(2026, 1, 10), "https://news.example.org/fi-exit", null);

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String db() {
        return dir.resolve("store.db").toString();
    }

    private Claim production(Document d, Modality modality) {
        return new Claim(d.id(), ClaimType.PRODUCTION, "LTU", modality, null, null, Weapon.AP_MINE, null, null, null,
                null, null, null, Evidence.of(d.text(), d.text().indexOf("Lithuania"), d.text().indexOf(" The first")));
    }

    private Claim plannedBatch(Document d) {
        return new Claim(d.id(), ClaimType.PRODUCTION, "LTU", Modality.PLANNED, null, null, Weapon.AP_MINE, null, null,
                null, null, "2026", null, Evidence.of(d.text(), d.text().indexOf("The first"), d.text().length()));
    }

    private Claim withdrawal(Document d) {
        return new Claim(d.id(), ClaimType.WITHDRAWAL, "FIN", Modality.FACT, "APMBC", null, null, null, null, null, null,
                null, null, Evidence.of(d.text(), 0, d.text().length()));
    }

    /** Writes a batch output as the Spark job lays it out. */
    private Path batchOutput(String name, String version, List<Document> documents, List<Claim> claims) throws IOException {
        return batchOutput(name, version, documents, claims, true);
    }

    /** A batch output, with each document's claim count (as batch writes it) or without (older output). */
    private Path batchOutput(String name, String version, List<Document> documents, List<Claim> claims, boolean counts)
            throws IOException {
        Path out = dir.resolve(name);
        Path docs = Files.createDirectories(out.resolve("documents-jsonl"));
        StringBuilder lines = new StringBuilder();
        for (Document d : documents) {
            ObjectNode n = JSON.createObjectNode().put("id", d.id()).put("text", d.text());
            if (d.title() != null) {
                n.put("title", d.title());
            }
            if (d.published() != null) {
                n.put("published", d.published().toString());
            }
            if (d.url() != null) {
                n.put("url", d.url());
            }
            if (d.outlet() != null) {
                n.put("outlet", d.outlet());
            }
            if (counts) {
                n.put("claims", claims.stream().filter(c -> c.doc().equals(d.id())).count());
            }
            lines.append(JSON.writeValueAsString(n)).append('\n');
        }
        Files.writeString(docs.resolve("part-00000-a1.c000.json"), lines, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("_SUCCESS"), "");
        Map<Path, StringBuilder> files = new TreeMap<>();
        for (Claim c : claims) {
            Document d = documents.stream().filter(x -> x.id().equals(c.doc())).findFirst().orElseThrow();
            ObjectNode n = (ObjectNode) JSON.readTree(ClaimJson.toJson(c));
            n.put("url", d.url()).put("outlet", d.outlet())
                    .put("published", d.published() == null ? null : d.published().toString()).put("version", version);
            Path part = out.resolve("claims-jsonl/year=" + (d.published() == null ? "unknown" : d.published().getYear())
                    + "/type=" + c.type() + "/part-00000-b2.c000.txt");
            files.computeIfAbsent(part, p -> new StringBuilder()).append(JSON.writeValueAsString(n)).append('\n');
        }
        for (var e : files.entrySet()) {
            Files.createDirectories(e.getKey().getParent());
            Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
        }
        return out;
    }

    private List<StoredClaim> storedClaims() {
        try (Store store = Stores.open(db())) {
            List<StoredClaim> all = new ArrayList<>(store.claims(ClaimQuery.all().withLimit(500)).items());
            all.sort(java.util.Comparator.comparingLong(StoredClaim::id));
            return all;
        }
    }

    @Test
    void import_addsEachDocumentWithItsClaims() throws IOException {
        List<Claim> claims = List.of(production(lithuania, Modality.PLANNED), plannedBatch(lithuania), withdrawal(finland));
        Path out = batchOutput("run1", "rules-1", List.of(lithuania, finland), claims);

        CliRun r = run("import", "--db", db(), out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 documents added, 0 updated, 0 unchanged; 3 claims stored");
        assertThat(storedClaims()).extracting(StoredClaim::claim).containsExactlyInAnyOrderElementsOf(claims);
        assertThat(storedClaims()).allSatisfy(c -> {
            assertThat(c.reviewState()).isEqualTo(ReviewState.PENDING);
            assertThat(c.extractorVersion()).isEqualTo("rules-1");
        });
        try (Store store = Stores.open(db())) {
            assertThat(store.countDocuments()).isEqualTo(2);
            assertThat(store.documentByHash(org.treatywatch.store.ContentHash.of(lithuania.text())))
                    .hasValueSatisfying(d -> assertThat(d.document()).isEqualTo(lithuania));
        }
    }

    @Test
    void importingTheSameOutputTwice_changesNothing() throws IOException {
        Path out = batchOutput("run1", "rules-1", List.of(lithuania, finland),
                List.of(production(lithuania, Modality.PLANNED), withdrawal(finland)));
        assertThat(run("import", "--db", db(), out.toString()).exit()).isZero();
        List<StoredClaim> before = storedClaims();

        CliRun again = run("import", "--db", db(), out.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("0 documents added, 0 updated, 2 unchanged; 0 claims stored");
        assertThat(storedClaims()).isEqualTo(before); // same ids, same times, same everything
    }

    @Test
    void importFromANewerExtractor_replacesPendingClaims_andKeepsAnalystsReviews() throws IOException {
        Claim reviewedLater = production(lithuania, Modality.PLANNED);
        Claim leftPending = plannedBatch(lithuania);
        assertThat(run("import", "--db", db(),
                batchOutput("run1", "rules-1", List.of(lithuania), List.of(reviewedLater, leftPending)).toString()).exit())
                .isZero();
        long acceptedId;
        try (Store store = Stores.open(db())) {
            store.addAnalyst("ana", "not-a-real-hash");
            acceptedId = store.claims(ClaimQuery.all()).items().stream()
                    .filter(c -> c.claim().equals(reviewedLater)).findFirst().orElseThrow().id();
            store.review(acceptedId, "ana", ReviewAction.ACCEPT, null);
        }
        // The newer extractor reads the first sentence as FACT and no longer finds the second claim.
        Claim newer = production(lithuania, Modality.FACT);

        CliRun r = run("import", "--db", db(),
                batchOutput("run2", "rules-2", List.of(lithuania), List.of(newer)).toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("0 documents added, 1 updated, 0 unchanged");
        List<StoredClaim> after = storedClaims();
        // Same key and evidence as the accepted claim: the analyst already decided on it, so the
        // newer claim is not added beside it (Store.replaceMachineClaims).
        assertThat(after).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(acceptedId);
            assertThat(c.reviewState()).isEqualTo(ReviewState.ACCEPTED);
            assertThat(c.claim()).isEqualTo(reviewedLater);
        });
    }

    @Test
    void badLinesAndClaimsWithoutTheirDocument_areReported_andTheRestIsImported() throws IOException {
        Path out = batchOutput("run1", "rules-1", List.of(lithuania, finland),
                List.of(production(lithuania, Modality.PLANNED), withdrawal(finland)));
        Path extra = out.resolve("claims-jsonl/year=2025/type=USE/part-00001-c3.c000.txt");
        Files.createDirectories(extra.getParent());
        Claim orphan = new Claim("https://elsewhere.example/x", ClaimType.USE, "RUS", Modality.ALLEGED, null, null,
                Weapon.AP_MINE, null, null, null, null, null, null, Evidence.of("Russia laid mines.", 0, 18));
        ObjectNode orphanLine = ((ObjectNode) JSON.readTree(ClaimJson.toJson(orphan))).put("version", "rules-1");
        Files.writeString(extra, "{\"doc\": \"cut off\n" + JSON.writeValueAsString(orphanLine) + "\n");

        CliRun r = run("import", "--db", db(), out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("2 documents added", "2 problems",
                "type=USE/part-00001-c3.c000.txt:1: not valid JSON",
                "https://elsewhere.example/x: 1 claim(s) without their document");
        assertThat(storedClaims()).hasSize(2);
    }

    /** The tester's case: a claims part file cut short (a full disk, a copy stopped half-way). */
    @Test
    void aTruncatedClaimsFile_importsNoDocumentWithoutAllItsClaims_andTheRepairedOutputCompletesThem() throws IOException {
        List<Claim> claims = List.of(production(lithuania, Modality.PLANNED), plannedBatch(lithuania), withdrawal(finland));
        Path out = batchOutput("run1", "rules-1", List.of(lithuania, finland), claims);
        Path production = out.resolve("claims-jsonl/year=2025/type=PRODUCTION/part-00000-b2.c000.txt");
        byte[] whole = Files.readAllBytes(production);
        int firstLineEnd = new String(whole, StandardCharsets.UTF_8).indexOf('\n') + 1; // ASCII text
        Files.write(production, java.util.Arrays.copyOf(whole, firstLineEnd + 20)); // one line whole, one cut

        CliRun damaged = run("import", "--db", db(), out.toString());

        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.err()).contains("1 documents added, 0 updated, 0 unchanged, 1 not imported (claims incomplete);"
                        + " 1 claims stored; 2 problems",
                "type=PRODUCTION/part-00000-b2.c000.txt:2: not valid JSON",
                lithuania.id() + ": 1 of its 2 claims were read (a claims file is damaged or missing); not imported");
        assertThat(storedClaims()).extracting(StoredClaim::claim).containsExactly(withdrawal(finland));

        Files.write(production, whole);
        CliRun repaired = run("import", "--db", db(), out.toString());

        assertThat(repaired.exit()).as(repaired.err()).isZero();
        assertThat(repaired.err()).contains("1 documents added, 0 updated, 1 unchanged; 2 claims stored");
        assertThat(storedClaims()).extracting(StoredClaim::claim).containsExactlyInAnyOrderElementsOf(claims);
    }

    @Test
    void aMissingClaimsFile_isSeenByTheCounts() throws IOException {
        Path out = batchOutput("run1", "rules-1", List.of(lithuania, finland),
                List.of(production(lithuania, Modality.PLANNED), withdrawal(finland)));
        Files.delete(out.resolve("claims-jsonl/year=2026/type=WITHDRAWAL/part-00000-b2.c000.txt"));

        CliRun r = run("import", "--db", db(), out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("1 not imported", finland.id() + ": 0 of its 1 claims were read");
        assertThat(storedClaims()).extracting(c -> c.claim().doc()).containsExactly(lithuania.id());
    }

    @Test
    void anOlderOutputWithoutCounts_andADamagedClaimsFile_importsNothing() throws IOException {
        Path out = batchOutput("run1", "rules-1", List.of(lithuania, finland),
                List.of(production(lithuania, Modality.PLANNED), withdrawal(finland)), false);
        Files.writeString(out.resolve("claims-jsonl/year=2025/type=PRODUCTION/part-00000-b2.c000.txt"), "{\"doc\": \"cut",
                java.nio.file.StandardOpenOption.APPEND);

        CliRun r = run("import", "--db", db(), out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("0 documents added", "2 not imported",
                "2 documents not imported: this output (from an older treatywatch batch) does not say how many claims");
        assertThat(storedClaims()).isEmpty();

        CliRun whole = run("import", "--db", db(),
                batchOutput("run2", "rules-1", List.of(lithuania, finland),
                        List.of(production(lithuania, Modality.PLANNED), withdrawal(finland)), false).toString());
        assertThat(whole.exit()).as("an older output that reads cleanly imports as before").isZero();
        assertThat(storedClaims()).hasSize(2);
    }

    @Test
    void aDirectoryThatIsNotABatchOutput_isAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));

        CliRun r = run("import", "--db", db(), dir.resolve("empty").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not the output of treatywatch batch").doesNotContain("Exception");
    }
}
