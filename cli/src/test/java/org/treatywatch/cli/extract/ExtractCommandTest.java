package org.treatywatch.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.testing.CliRun;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.extract.json.ClaimJson;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private byte[] stdin = new byte[0];
    private long progressIntervalMillis = 10_000;

    private CliRun run(String... args) {
        return CliRun.with(CliRun.replacing(ExtractCommand.class, () -> {
            ExtractCommand command = new ExtractCommand(LineRuleExtractor::new);
            command.stdin = new ByteArrayInputStream(stdin);
            command.progressIntervalMillis = progressIntervalMillis;
            return command;
        }), args);
    }

    private static List<Claim> claims(CliRun r) {
        return r.out().lines().map(ClaimJson::fromJson).toList();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void textFile_claimsGoToStdoutAsJsonLines_withThePathAsGivenAsDoc() throws IOException {
        Path file = write("lt.txt", "Intro line.\nLithuania will make mines next year.\n");

        CliRun r = run("extract", "--published", "2025-06-02", file.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(claims(r)).singleElement().satisfies(c -> {
            assertThat(c.doc()).isEqualTo(file.toString());
            assertThat(c.evidence().text()).isEqualTo("Lithuania will make mines next year.");
            assertThat(c.evidence().start()).isEqualTo(12);
            assertThat(c.when()).isEqualTo("2025"); // --published reached the extractor
        });
        assertThat(r.out()).startsWith("{\"doc\":\"" + file + "\",\"type\":\"PRODUCTION\",\"actor\":\"LTU\"");
    }

    @Test
    void feedsAndJsonLines_useTheItemIds_orPathHashN() throws IOException {
        Path feed = write("wire.rss", "<rss><channel>"
                + "<item><guid>g-1</guid><description>Lithuania buys mines.</description></item>"
                + "<item><description>&lt;p&gt;Lithuania sells mines.&lt;/p&gt;</description></item>"
                + "</channel></rss>");
        Path jsonl = write("docs.jsonl", "{\"id\":\"j1\",\"text\":\"Lithuania stores mines.\",\"published\":\"2024-01-01\"}\n"
                + "{\"text\":\"Lithuania and mines again.\"}\n");

        CliRun r = run("extract", "--progress", "none", feed.toString(), jsonl.toString());

        assertThat(r.exit()).isZero();
        assertThat(claims(r)).extracting(Claim::doc)
                .containsExactly("g-1", feed + "#2", "j1", jsonl + "#2");
        assertThat(claims(r).get(2).when()).isEqualTo("2024");
    }

    @Test
    void standardInput_isReadForDash_withFormatSniffed() {
        stdin = "<html><body><nav>Lithuania mines menu</nav><p>Lithuania will make mines.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        CliRun r = run("extract", "-");

        assertThat(r.exit()).isZero();
        assertThat(claims(r)).singleElement().satisfies(c -> {
            assertThat(c.doc()).isEqualTo("<stdin>");
            assertThat(c.evidence().text()).isEqualTo("Lithuania will make mines.");
        });
    }

    @Test
    void table_isAlignedWithAHeader_andACount() throws IOException {
        Path a = write("a.txt", "Lithuania will make mines.\nLithuania will make more mines, officials in Vilnius said on Tuesday after a long meeting of the cabinet.");
        Path longer = write("a-much-longer-name.txt", "Lithuania mines.");

        CliRun r = run("extract", "--format", "table", "--progress", "none", a.toString(), longer.toString());

        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("DOC").contains("TYPE", "ACTOR", "MODALITY", "EVIDENCE");
        int column = lines.get(0).indexOf("TYPE");
        for (String row : lines.subList(1, 4)) {
            assertThat(row.indexOf("PRODUCTION")).isEqualTo(column);
        }
        assertThat(lines.get(2)).endsWith("\u2026").hasSizeLessThan(200);
        assertThat(lines.get(4)).isEqualTo("(3 claims)");
    }

    @Test
    void badFiles_areReportedOnStderr_theRestGoesThrough_andTheExitIsOne() throws IOException {
        Path good = write("good.txt", "Lithuania will make mines.");
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path missing = dir.resolve("missing.txt");

        CliRun r = run("extract", "--progress", "none", binary.toString(), missing.toString(), good.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(claims(r)).extracting(Claim::doc).containsExactly(good.toString());
        assertThat(r.err().lines().toList()).containsExactly(
                "treatywatch: " + binary + ": looks like a binary file (it has NUL or control bytes), not text, HTML, a feed or JSON Lines; leave it out",
                "treatywatch: " + missing + ": no such file");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void documentOverTheLimit_isSkippedWithTheLimitInTheMessage() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(2L * 1024 * 1024);
        }

        CliRun r = run("extract", "--max-doc-size", "1MB", big.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("treatywatch: " + big
                + ": the document is larger than the 1 MB limit; split it or raise the limit (--max-doc-size)\n");
    }

    @Test
    void usageErrors_exitTwo_withOneLineAndNoStackTrace() throws IOException {
        Path file = write("x.txt", "text");

        CliRun badDate = run("extract", "--published", "18/03/2025", file.toString());
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).isEqualTo("treatywatch: --published: \"18/03/2025\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01\n");

        CliRun farFuture = run("extract", "--published", "9999-12-31", file.toString());
        assertThat(farFuture.exit()).isEqualTo(2);
        assertThat(farFuture.err()).isEqualTo("treatywatch: --published: 9999-12-31 is out of range;"
                + " give a date between 1900-01-01 and 2200-12-31\n");

        CliRun badSize = run("extract", "--max-doc-size", "huge", file.toString());
        assertThat(badSize.exit()).isEqualTo(2);
        assertThat(badSize.err()).startsWith("treatywatch: --max-doc-size: \"huge\" is not a size");

        CliRun badFormat = run("extract", "--format", "xml", file.toString());
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format").doesNotContain("\tat ");

        CliRun noFiles = run("extract");
        assertThat(noFiles.exit()).isEqualTo(2);
        assertThat(noFiles.err()).contains("FILE");
    }

    @Test
    void extractorFailure_isAFailedDocument_exitOne_stackTraceOnlyWithDebug() throws IOException {
        Path crash = write("crash.txt", "CRASH Lithuania mines");
        Path good = write("good.txt", "Lithuania mines");

        CliRun r = run("extract", crash.toString(), good.toString(), "--progress", "none");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(claims(r)).extracting(Claim::doc).containsExactly(good.toString());
        assertThat(r.err()).isEqualTo("treatywatch: " + crash + ": extraction failed:"
                + " java.lang.IllegalStateException: rule blew up (run with --debug for details)\n");

        CliRun debug = run("--debug", "extract", crash.toString());
        assertThat(debug.err()).contains("\tat org.treatywatch.cli.extract.LineRuleExtractor.extract");
        CliRun debugAfter = run("extract", "--debug", crash.toString());
        assertThat(debugAfter.err()).contains("\tat org.treatywatch.cli.extract.LineRuleExtractor.extract");
    }

    @Test
    void evidenceThatIsNotItsSlice_isDropped_andReportedAsABug() throws IOException {
        Path skew = write("skew.txt", "SKEW: Lithuania mines");

        CliRun r = run("extract", skew.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("treatywatch: " + skew + ": evidence 0..21 does not match the text; the claim was dropped (a bug)\n");
    }

    @Test
    void progressLines_goToStderr_neverIntoStdout() throws IOException {
        progressIntervalMillis = 0;
        Path a = write("a.txt", "Lithuania mines");
        Path b = write("b.txt", "Nothing here");

        CliRun r = run("extract", a.toString(), b.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line).startsWith("{"));
        assertThat(r.err().lines().toList()).last()
                .isEqualTo("treatywatch extract: 2/2 inputs, 2 documents, 1 claims");
    }
}
