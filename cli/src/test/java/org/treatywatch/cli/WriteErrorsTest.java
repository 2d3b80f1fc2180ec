package org.treatywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a closed stdout, for real: the command runs in a child JVM as {@code ./treatywatch}
 * runs it, with stdout on {@code /dev/full} (every write fails with ENOSPC) or closed. Each must end
 * with one line on stderr and exit 1, never exit 0 with nothing written.
 */
@EnabledOnOs(OS.LINUX)
class WriteErrorsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String FULL = "treatywatch: cannot write to standard output: No space left on device\n";

    @TempDir
    Path dir;

    record Result(int exit, String err) {}

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Result run(ProcessBuilder pb) throws Exception {
        Process p = pb.directory(ROOT.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Result toDevFull(String... args) throws Exception {
        return run(new ProcessBuilder(java(args)).redirectOutput(new File("/dev/full")));
    }

    @Test
    void status_toAFullDisk_exitsOne_withOneLine() throws Exception {
        assertThat(toDevFull("status", "--json")).isEqualTo(new Result(1, FULL));
        assertThat(toDevFull("status", "--on", "2026-01-01", "LTU")).isEqualTo(new Result(1, FULL));
    }

    @Test
    void extract_toAFullDisk_exitsOne_withOneLine() throws Exception {
        assertThat(toDevFull("extract", "docs/examples/extract/vilnius.html")).isEqualTo(new Result(1, FULL));
    }

    @Test
    void export_toAFullDisk_orAFullFile_exitsOne_withOneLine() throws Exception {
        String db = dir.resolve("x.db").toString();
        assertThat(run(new ProcessBuilder(java("ingest", "--quiet", "--db", db, "docs/examples/extract/vilnius.html"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)).exit()).isZero();

        assertThat(toDevFull("export", "claims", "--db", db)).isEqualTo(new Result(1, FULL));
        assertThat(toDevFull("export", "status", "--db", db, "--format", "json")).isEqualTo(new Result(1, FULL));
        assertThat(run(new ProcessBuilder(java("export", "claims", "--db", db, "-o", "/dev/full"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)))
                .isEqualTo(new Result(1, "treatywatch: cannot write to /dev/full: No space left on device\n"));
    }

    @Test
    void aClosedStdout_exitsOne_withOneLine() throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" >&-", "sh"));
        cmd.addAll(java("status", "--json"));
        Result r = run(new ProcessBuilder(cmd));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("treatywatch: cannot write to standard output: ").hasLineCount(1);
    }

    @Test
    void aFileThatIsWritten_isWhole() throws Exception {
        Path out = dir.resolve("status.jsonl");
        Result r = run(new ProcessBuilder(java("status", "--json", "--on", "2026-01-01")).redirectOutput(out.toFile()));
        assertThat(r).isEqualTo(new Result(0, ""));
        assertThat(Files.readAllLines(out)).hasSizeGreaterThan(2 * 190);
    }
}
