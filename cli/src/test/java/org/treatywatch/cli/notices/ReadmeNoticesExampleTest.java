package org.treatywatch.cli.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.cli.testing.CliRun;

/**
 * The README's "Depositary notifications" example runs as written: each {@code $ ./treatywatch}
 * line of its console block is run from the repository root; the lines under it are its stdout,
 * or, when they end in {@code # exit code N}, its stderr and its exit code.
 */
class ReadmeNoticesExampleTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String EXIT = "      # exit code ";

    @Test
    void readmeExample_printsWhatTheReadmeShows() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        int section = readme.indexOf("### Depositary notifications");
        assertThat(section).as("README section").isNotNegative();
        int start = readme.subList(section, readme.size()).indexOf("```console") + section + 1;
        int end = readme.subList(start, readme.size()).indexOf("```") + start;
        int commands = 0;
        for (int i = start; i < end; i++) {
            String line = readme.get(i);
            if (!line.startsWith("$ ./treatywatch ")) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (int j = i + 1; j < end && !readme.get(j).startsWith("$ "); j++) {
                expected.add(readme.get(j));
            }
            while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
                expected.remove(expected.size() - 1);
            }
            String[] args = line.substring("$ ./treatywatch ".length()).split(" +");
            CliRun run = CliRun.with(CliRun.replacing(NoticesCommand.class, () -> {
                NoticesCommand c = new NoticesCommand();
                c.workingDirectory = ROOT;
                return c;
            }), args);
            String last = expected.get(expected.size() - 1);
            if (last.contains(EXIT)) {
                assertThat(run.exit()).as(line).isEqualTo(Integer.parseInt(last.substring(last.indexOf(EXIT) + EXIT.length()).strip()));
                assertThat(run.err()).as(line).isEqualTo(last.substring(0, last.indexOf(EXIT)) + "\n");
                assertThat(run.out()).as(line).isEmpty();
            } else {
                assertThat(run.exit()).as(line).isZero();
                assertThat(run.out()).as(line).isEqualTo(String.join("\n", expected) + "\n");
            }
            commands++;
        }
        assertThat(commands).isEqualTo(2);
    }
}
