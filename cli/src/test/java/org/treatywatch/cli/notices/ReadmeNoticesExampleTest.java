package org.treatywatch.cli.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.cli.testing.CliRun;
import org.treatywatch.cli.testing.ReadmeConsole;

/**
 * The README's "Depositary notifications" example runs as written: each {@code $ ./treatywatch}
 * line of its console block is run from the repository root; the lines under it are its stdout,
 * or, when they end in {@code # exit code N}, its stderr and its exit code.
 */
class ReadmeNoticesExampleTest {
    private static final String EXIT = "      # exit code ";

    @Test
    void readmeExample_printsWhatTheReadmeShows() throws IOException {
        List<ReadmeConsole.Example> examples = ReadmeConsole.examples("### Depositary notifications");
        assertThat(examples).hasSize(2);
        for (ReadmeConsole.Example e : examples) {
            CliRun run = CliRun.with(CliRun.replacing(NoticesCommand.class, () -> {
                NoticesCommand c = new NoticesCommand();
                c.workingDirectory = ReadmeConsole.ROOT;
                return c;
            }), e.args());
            String last = e.expected().getLast();
            if (last.contains(EXIT)) {
                assertThat(run.exit()).as(e.line()).isEqualTo(Integer.parseInt(last.substring(last.indexOf(EXIT) + EXIT.length()).strip()));
                assertThat(run.err()).as(e.line()).isEqualTo(last.substring(0, last.indexOf(EXIT)) + "\n");
                assertThat(run.out()).as(e.line()).isEmpty();
            } else {
                assertThat(run.exit()).as(e.line()).isZero();
                assertThat(run.err()).as(e.line()).isEmpty();
                assertThat(run.out()).as(e.line()).isEqualTo(String.join("\n", e.expected()) + "\n");
            }
        }
    }
}
