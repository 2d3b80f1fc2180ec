package org.treatywatch.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatywatch.cli.testing.CliRun;

/** {@code serve} refuses bad options with exit 2 and one clear line, before it opens the store. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--threads|7|--threads must be between 8 and 1000, got 7",
        "--threads|5000|--threads must be between 8 and 1000, got 5000",
        "--threads|many|Invalid value for option '--threads'",
        "--port|70000|--port must be between 0 and 65535, got 70000"})
    void badOption_exitsWithUsage_andLeavesNoStore(String option, String value, String message) {
        Path db = dir.resolve("never.db");

        CliRun r = CliRun.of("serve", "--no-demo", "--db", db.toString(), option, value);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(db)).isFalse();
    }
}
