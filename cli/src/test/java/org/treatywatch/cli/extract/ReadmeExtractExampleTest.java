package org.treatywatch.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.cli.TreatywatchCommand;
import org.treatywatch.cli.testing.ReadmeConsole;
import picocli.CommandLine;

/**
 * The README's "Extracting claims" example runs as written (STYLE.md, "Compile your examples"):
 * each {@code $ ./treatywatch extract ...} line of its console block is run from the repository
 * root with the standard extractor, and its stdout must be the lines shown under it.
 */
class ReadmeExtractExampleTest {
    private static final Path ROOT = ReadmeConsole.ROOT;

    @Test
    void readmeExample_printsWhatTheReadmeShows() throws IOException {
        List<ReadmeConsole.Example> examples = ReadmeConsole.examples("### Extracting claims");
        assertThat(examples).isNotEmpty();
        for (ReadmeConsole.Example e : examples) {
            assertThat(run(e.args())).as(e.line()).isEqualTo(String.join("\n", e.expected()) + "\n");
        }
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
