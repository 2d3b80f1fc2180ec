package org.treatywatch.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.testing.CliRun;

/**
 * Issue 3, "Done when": empty input, binary junk, a 50 MB file, malformed HTML and XML, invalid
 * UTF-8 give a clear message or no claims, never a stack trace. The large files are made in the
 * test's temp dir, never committed.
 */
class ExtractRobustnessTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.with(CliRun.replacing(ExtractCommand.class, () -> new ExtractCommand(LineRuleExtractor::new)), args);
    }

    @Test
    void hostileInputs_giveOneLineEachOrNoClaims_neverAStackTrace() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path emptyFeed = Files.createFile(dir.resolve("empty.rss"));
        Path junk = dir.resolve("junk.bin");
        byte[] random = new byte[100_000];
        new Random(3).nextBytes(random);
        Files.write(junk, random);
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        Path badHtml = Files.writeString(dir.resolve("bad.html"), "<html><p>Lithuania <b>mines<table><td>x</p></html");
        Path badXml = Files.writeString(dir.resolve("bad.rss"), "<rss><channel><item><description>Lithuania mines</item>");
        Path badUtf8 = dir.resolve("bad.txt");
        Files.write(badUtf8, new byte[] {'L', 'i', 't', 'h', 'u', 'a', 'n', 'i', 'a', ' ', (byte) 0xC0, ' ', 'm', 'i', 'n', 'e', 's'});

        CliRun r = run("extract", "--progress", "none", empty.toString(), emptyFeed.toString(), junk.toString(),
                huge.toString(), badHtml.toString(), badXml.toString(), badUtf8.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "internal error");
        assertThat(r.err().lines().toList()).containsExactly(
                "treatywatch: " + emptyFeed + ": is empty: no RSS or Atom feed in it",
                "treatywatch: " + junk + ": looks like a binary file (it has NUL or control bytes), not text, HTML, a feed or JSON Lines; leave it out",
                "treatywatch: " + huge + ": the document is larger than the 5 MB limit; split it or raise the limit (--max-doc-size)",
                "treatywatch: " + badXml + ": malformed XML at line 1, column 51: The element type \"description\" must be terminated"
                        + " by the matching end-tag \"</description>\""
                        + "; check that it is a well-formed RSS or Atom feed");
        // Malformed HTML is read as browsers read it; invalid UTF-8 becomes U+FFFD.
        assertThat(r.out()).contains("\"doc\":\"" + badHtml + "\"", "\"text\":\"Lithuania mines\"");
        assertThat(r.out()).contains("\"doc\":\"" + badUtf8 + "\"", "Lithuania \uFFFD mines");
    }

    @Test
    void fiftyMegabytesOfJsonLines_streamThrough_documentByDocument() throws IOException {
        Path big = dir.resolve("big.jsonl");
        String line = "{\"id\":\"d%d\",\"text\":\"Lithuania will make mines.\\n" + "Filler sentence about the weather. ".repeat(140) + "\"}\n";
        long lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            while (Files.size(big) < 50L * 1024 * 1024 && lines < 20_000) {
                w.write(line.formatted(lines++));
                if (lines % 1000 == 0) {
                    w.flush();
                }
            }
        }
        assertThat(Files.size(big)).isGreaterThanOrEqualTo(50L * 1024 * 1024);

        CliRun r = run("extract", "--progress", "none", big.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().count()).isEqualTo(lines);
    }
}
