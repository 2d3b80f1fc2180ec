package org.treatywatch.cli.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.testing.CliRun;

/** {@code treatywatch notices} as a user runs it: what it prints, what it reports, its exit codes. */
class NoticesCommandTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String EXAMPLES = "docs/examples/notices/";

    @TempDir
    Path dir;

    private static CliRun run(byte[] stdin, String... args) {
        return CliRun.with(CliRun.replacing(NoticesCommand.class, () -> {
            NoticesCommand c = new NoticesCommand();
            c.workingDirectory = ROOT;
            c.stdin = new ByteArrayInputStream(stdin);
            return c;
        }), args);
    }

    private static CliRun run(String... args) {
        return run(new byte[0], args);
    }

    @Test
    void aTableOfTheNoticesFound() {
        CliRun r = run("notices", EXAMPLES + "withdrawal.txt", EXAMPLES + "accession.html");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("C.N.9001.2025.TREATIES-XXVI.5  2025-07-02  APMBC   LTU    WITHDRAWAL  2025-06-27  2025-12-27")
                .contains("C.N.9003.2025.TREATIES-XXVI.6  2025-09-09  CCM     VUT    ACCESSION   2025-09-05  2026-03-01")
                .endsWith("(2 notices)\n");
    }

    @Test
    void jsonLinesOneNoticeALine() throws IOException {
        CliRun r = run("notices", "--format", "json", EXAMPLES + "declaration.txt", EXAMPLES + "ratification.txt");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode ukraine = new ObjectMapper().readTree(lines[0]);
        assertThat(ukraine.get("action").asText()).isEqualTo("DECLARATION");
        assertThat(ukraine.get("state").asText()).isEqualTo("UKR");
        assertThat(ukraine.get("deposited").asText()).isEqualTo("2025-07-18");
        assertThat(ukraine.get("effective").isNull()).isTrue();
        assertThat(ukraine.get("text").asText()).startsWith("\"Ukraine, invoking article 62");
        assertThat(ukraine.get("source").asText()).isEqualTo(EXAMPLES + "declaration.txt");
        assertThat(new ObjectMapper().readTree(lines[1]).get("notice_date").asText()).isEqualTo("2025-03-14");
    }

    @Test
    void standardInputAndThePdfItHolds() throws IOException {
        byte[] pdf = org.treatywatch.notice.Pdfs.of(Files.readString(ROOT.resolve(EXAMPLES + "withdrawal.txt")));
        CliRun r = run(pdf, "notices", "--format", "json", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"reference\":\"C.N.9001.2025.TREATIES-XXVI.5\"").contains("\"source\":\"<stdin>\"");
    }

    @Test
    void eachFailedInputIsOneLineAndTheRestGoThrough() throws IOException {
        Path garbled = dir.resolve("garbled.pdf");
        byte[] junk = new byte[3000];
        new Random(3).nextBytes(junk);
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, junk, 0, 9);
        Files.write(garbled, junk);
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<!doctype html><html><body><h1>Treaty Section</h1><p>Welcome.</p></body></html>");
        CliRun r = run("notices", EXAMPLES + "withdrawal.txt", EXAMPLES + "other-treaty.txt", garbled.toString(),
                page.toString(), "missing.txt");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("LTU").endsWith("(1 notice)\n");
        assertThat(r.err().split("\n")).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("treatywatch: "));
        assertThat(r.err()).contains("treatywatch: " + EXAMPLES + "other-treaty.txt: notice C.N.9906.2099.TREATIES-XXVI.2 is about chapter XXVI-2 (CONVENTION ON PROHIBITIONS")
                .contains("treatywatch: " + garbled + ": is a damaged PDF that cannot be read (")
                .contains("treatywatch: " + page + ": holds no depositary notification")
                .contains("treatywatch: missing.txt: no such file")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void everyInputFailedIsExitTwo() {
        CliRun r = run("notices", EXAMPLES + "other-treaty.txt", EXAMPLES);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("treatywatch: " + EXAMPLES + ": is a folder; give the notices' files");
    }

    @Test
    void anInputOverTheLimitIsRefusedUnread() {
        CliRun r = run("notices", "--max-size", "200", EXAMPLES + "withdrawal.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("treatywatch: " + EXAMPLES + "withdrawal.txt: is larger than 200 bytes,"
                + " far more than a depositary notification\n");
    }

    @Test
    void usageErrors() {
        assertThat(run("notices").exit()).isEqualTo(2);
        CliRun size = run("notices", "--max-size", "lots", "x.txt");
        assertThat(size.exit()).isEqualTo(2);
        assertThat(size.err()).startsWith("treatywatch: --max-size: \"lots\" is not a size");
        assertThat(run("notices", "--format", "xml", "x.txt").exit()).isEqualTo(2);
        CliRun help = run("notices", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: treatywatch notices").contains("--format").contains("--max-size");
    }
}
