package org.treatywatch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.json.ClaimJson;
import org.treatywatch.spark.input.HtmlPages;
import org.treatywatch.spark.output.ClaimRows;

/**
 * Runs the batch job in Spark's local mode on inputs the tests write (WARC, JSON Lines, Parquet)
 * and checks its claims against the extraction library's claims for the same documents, and that
 * damaged inputs are counted, not fatal. One local session serves the whole class.
 */
class BatchRunTest {
    /** Fast and predictable, for the tests about inputs and outputs rather than claims. */
    private static final String EXTRACTOR = KeywordTestExtractor.class.getName();
    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();

    private static SparkSession spark;
    private final ClaimExtractor library = ExtractorHolder.get(EXTRACTOR);
    /** The extraction library's standard extractor, for the tests that compare claims. */
    private final ClaimExtractor standard = Extractors.standard();

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("treatywatch-batch-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void warcAndJsonLines_claimsEqualTheLibrarysClaimsForTheSameDocuments() throws Exception {
        List<Document> mines = TestArticles.aboutMines(REPO_ROOT);
        List<Document> fillers = TestArticles.fillers(60, 1);
        List<Document> viaJson = new ArrayList<>();
        List<Document> viaWarc = new ArrayList<>();
        for (int i = 0; i < mines.size(); i++) {
            (i % 2 == 0 ? viaJson : viaWarc).add(mines.get(i));
        }
        viaJson.addAll(fillers.subList(0, 30));
        viaWarc.addAll(fillers.subList(30, 60));

        Path in = Files.createDirectories(dir.resolve("in"));
        TestInputs.writeJsonLines(in.resolve("export.jsonl"), viaJson);
        List<Document> warcDocuments = new ArrayList<>();
        try (TestInputs.Warc warc = new TestInputs.Warc(in.resolve("crawl.warc.gz"))) {
            for (Document d : viaWarc) {
                warc.request(d.url()).page(d, "utf-8", StandardCharsets.UTF_8);
                // The document the job should see is the one the HTML reader makes of the page.
                warcDocuments.add(HtmlPages.document(DocumentReader.standard(), d.url(), TestInputs.html(d, "utf-8").getBytes(StandardCharsets.UTF_8),
                        "utf-8", LocalDate.of(2025, 7, 1)));
            }
            warc.response("https://news.example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }

        RunReport report = run(in.toString(), ExtractorHolder.STANDARD);

        List<Document> all = new ArrayList<>(viaJson);
        all.addAll(warcDocuments);
        List<Claim> expected = all.stream().flatMap(d -> standard.extract(d).stream()).toList();
        assertThat(expected).as("the test articles hold claims").hasSizeGreaterThan(10);
        assertThat(parquetClaims()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(jsonLinesClaims()).containsExactlyInAnyOrderElementsOf(expected);

        List<Document> withClaims = all.stream().filter(d -> !standard.extract(d).isEmpty()).toList();
        assertThat(storedDocuments()).as("documents-jsonl holds each document with claims, as read")
                .containsExactlyInAnyOrderElementsOf(withClaims);

        long dropped = all.stream().filter(d -> !standard.mightHoldClaims(d.text())).count();
        assertThat(report.documentsRead()).isEqualTo(all.size());
        assertThat(report.prefiltered()).isEqualTo(dropped).isGreaterThanOrEqualTo(fillers.size());
        assertThat(report.extracted()).isEqualTo(all.size() - dropped);
        assertThat(report.claims()).isEqualTo(expected.size());
        assertThat(report.failures()).isEmpty();
        assertThat(report.extractorVersion()).isEqualTo(standard.version());
        assertThat(report.cpuSeconds()).isPositive();
    }

    @Test
    void output_isPartitionedByYearAndType_withTheDocumentsTitleUrlOutletAndDate() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Document lithuania = TestArticles.aboutMines(REPO_ROOT).getFirst();
        Document undated = new Document("undated", "Poland will leave the mine ban treaty.", null, null, null, null);
        TestInputs.writeJsonLines(in.resolve("a.jsonl"), List.of(lithuania, undated));

        run(in.toString());

        assertThat(dir.resolve("out/claims-parquet/year=2024/type=PRODUCTION")).isDirectory();
        assertThat(dir.resolve("out/claims-jsonl/year=2024/type=PRODUCTION")).isDirectory();
        try (var parts = Files.list(dir.resolve("out/claims-jsonl/year=2024/type=PRODUCTION"))) {
            assertThat(parts.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-")).toList())
                    .isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(".jsonl"));
        }
        try (var parts = Files.list(dir.resolve("out/documents-jsonl"))) {
            assertThat(parts.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-")).toList())
                    .isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(".jsonl"));
        }
        assertThat(dir.resolve("out/claims-parquet/year=unknown/type=WITHDRAWAL")).isDirectory();
        JsonNode line = jsonLines().stream().filter(n -> n.get("doc").asText().equals(lithuania.id())).findFirst().orElseThrow();
        assertThat(line.get("type").asText()).isEqualTo("PRODUCTION");
        assertThat(line.get("title").asText()).isEqualTo(lithuania.title()).isNotBlank();
        assertThat(line.get("url").asText()).isEqualTo(lithuania.url());
        assertThat(line.get("outlet").asText()).isEqualTo(lithuania.outlet());
        assertThat(line.get("published").asText()).isEqualTo(lithuania.published().toString());
        assertThat(line.get("version").asText()).isEqualTo(library.version());
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("\"documents_read\" : 2");
        long lithuaniaClaims = jsonLines().stream().filter(n -> n.get("doc").asText().equals(lithuania.id())).count();
        try (Stream<Path> files = Files.walk(dir.resolve("out/documents-jsonl"))) {
            List<JsonNode> documents = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                for (String l : Files.readAllLines(f)) {
                    documents.add(new ObjectMapper().readTree(l));
                }
            }
            assertThat(documents).as("each document says how many claims it has, for import to check")
                    .filteredOn(n -> n.get("id").asText().equals(lithuania.id()))
                    .singleElement().satisfies(n -> assertThat(n.get("claims").asLong()).isEqualTo(lithuaniaClaims));
        }
    }

    @Test
    void parquetInput_givesTheSameClaimsAsTheLibrary() throws IOException {
        List<Document> docs = new ArrayList<>(TestArticles.aboutMines(REPO_ROOT));
        docs.addAll(TestArticles.fillers(20, 2));
        List<Row> rows = docs.stream().map(d -> org.apache.spark.sql.RowFactory.create(d.id(), d.text(), d.title(),
                d.published() == null ? null : java.sql.Date.valueOf(d.published()), d.url())).toList();
        var schema = new org.apache.spark.sql.types.StructType()
                .add("id", "string").add("text", "string").add("title", "string").add("published", "date")
                .add("url", "string");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(dir.resolve("in/docs.parquet").toString());

        RunReport report = run(dir.resolve("in").toString(), ExtractorHolder.STANDARD);

        List<Claim> expected = docs.stream().flatMap(d -> standard.extract(d).stream()).toList();
        assertThat(expected).isNotEmpty();
        assertThat(parquetClaims()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.documentsRead()).isEqualTo(docs.size());
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void damagedInputs_areCountedByReason_andTheJobFinishes() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Document> mines = TestArticles.aboutMines(REPO_ROOT);
        Document good = mines.getFirst();
        Document strange = mines.get(1);
        Document afterDamage = mines.get(2);
        try (TestInputs.Warc warc = new TestInputs.Warc(in.resolve("damaged.warc"))) {
            warc.page(good, "utf-8", StandardCharsets.UTF_8)
                    // A page in an encoding no JVM knows: its bytes cannot be turned into text we trust.
                    .response(strange.url(), "text/html; charset=x-treatywatch-unknown",
                            TestInputs.html(strange, "x-treatywatch-unknown").getBytes(StandardCharsets.UTF_8))
                    // A record whose header is cut off and overwritten: the rest of the file is lost.
                    .garbage("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nnot a record\r\n\r\n")
                    .page(afterDamage, "utf-8", StandardCharsets.UTF_8);
        }
        Files.createFile(in.resolve("empty.jsonl"));
        Files.writeString(in.resolve("mixed.jsonl"), "{\"id\": \"j1\", \"text\": \"Finland will produce landmines.\"}\n"
                + "{\"id\": \"j2\", \"text\": \n" + "\n" + "{\"id\": \"j3\", \"title\": \"no text here\"}\n"
                + "{\"text\": \"Rain is expected in Tartu.\"}\n");
        Files.writeString(in.resolve("notes.docx"), "not an input format");

        RunReport report = run(in.toString());

        assertThat(report.failures()).containsOnlyKeys("corrupt-warc-record", "unknown-encoding", "empty-file",
                "bad-json-line", "unknown-format");
        assertThat(report.failures().get("bad-json-line").count()).as("line 2 is cut off, line 4 has no text").isEqualTo(2);
        assertThat(report.failures().get("bad-json-line").example()).contains("mixed.jsonl:2");
        assertThat(report.failures().get("empty-file").example()).endsWith("empty.jsonl");
        assertThat(report.failures().get("unknown-encoding").example()).contains(strange.url(), "x-treatywatch-unknown");
        assertThat(report.failures().get("corrupt-warc-record").example()).contains("damaged.warc");
        assertThat(report.documentsRead()).as("the good page and the two good JSON lines").isEqualTo(3);
        assertThat(parquetClaims()).extracting(Claim::doc).contains(good.url(), "j1");
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("\"failures_total\" : 6");
    }

    @Test
    void existingOutput_isRefusedUnlessOverwriteIsAsked() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestInputs.writeJsonLines(in.resolve("a.jsonl"), TestArticles.fillers(3, 3));
        Files.createDirectories(dir.resolve("out"));

        assertThatThrownBy(() -> run(in.toString()))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("output exists");
        RunReport report = BatchRun.run(spark, new BatchOptions(List.of(in.toString()), dir.resolve("out").toString(),
                EXTRACTOR, true, 1 << 20));
        assertThat(report.documentsRead()).isEqualTo(3);
    }

    @Test
    void missingInput_isAUsageError() {
        assertThatThrownBy(() -> run(dir.resolve("nothing-here/*.warc.gz").toString()))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("no such file");
    }

    private RunReport run(String input) throws IOException {
        return run(input, EXTRACTOR);
    }

    private RunReport run(String input, String extractor) throws IOException {
        return BatchRun.run(spark, new BatchOptions(List.of(input), dir.resolve("out").toString(), extractor, false,
                1 << 20));
    }

    private List<Claim> parquetClaims() {
        return spark.read().parquet(dir.resolve("out/claims-parquet").toString()).collectAsList().stream()
                .map(ClaimRows::toClaim).toList();
    }

    /** documents-jsonl read back with the extraction library's JSON Lines reader, as import does. */
    private List<Document> storedDocuments() throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("out/documents-jsonl"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                docs.addAll(DocumentReader.standard().readAll(f));
            }
        }
        return docs;
    }

    private List<Claim> jsonLinesClaims() throws IOException {
        return jsonLines().stream().map(ClaimJson::fromTree).toList();
    }

    private List<JsonNode> jsonLines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("out/claims-jsonl"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    lines.add(json.readTree(line));
                }
            }
        }
        return lines;
    }
}
