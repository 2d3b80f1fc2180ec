package org.treatywatch.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --syntax} in a JVM whose heap cannot hold the parser's models: one line saying so
 * and what to do, exit 2, no stack trace and no claims, before any input is read.
 */
class ExtractSyntaxMemoryTest {
    @TempDir
    Path dir;

    @Test
    void tooSmallAHeap_isOneClearLine_notAStackTrace() throws IOException, InterruptedException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Poland will produce anti-personnel mines.\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                "org.treatywatch.cli.Main", "extract", "--syntax", text.toString())).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).contains("not enough memory to load the syntax models").contains("-Xmx")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err.lines().filter(l -> !l.startsWith("SLF4J")).count()).isEqualTo(1);
    }
}
