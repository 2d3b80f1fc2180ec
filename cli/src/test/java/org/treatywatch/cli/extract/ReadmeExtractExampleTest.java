package org.treatywatch.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.cli.TreatywatchCommand;
import picocli.CommandLine;

/**
 * The README's "Extracting claims" example runs as written (STYLE.md, "Compile your examples"):
 * each {@code $ ./treatywatch extract ...} line of its console block is run from the repository
 * root with the standard extractor, and its stdout must be the lines shown under it.
 */
class ReadmeExtractExampleTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void readmeExample_printsWhatTheReadmeShows() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        int section = readme.indexOf("### Extracting claims");
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
            String[] args = line.substring("$ ./treatywatch ".length()).split(" +");
            assertThat(run(args)).as(line).isEqualTo(String.join("\n", expected) + "\n");
            commands++;
        }
        assertThat(commands).isPositive();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = TreatywatchCommand.commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExtractCommand.class) {
                    ExtractCommand command = new ExtractCommand();
                    command.workingDirectory = ROOT;
                    return type.cast(command);
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }
}
