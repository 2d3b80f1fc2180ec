package org.treatywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --help} as a user reads it: text that picocli can format (a bare
 * {@code %} makes it print a warning and show the raw string) and lines that fit 80 columns.
 */
class HelpTextTest {
    static Stream<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        collect(TreatywatchCommand.commandLine(), all);
        return all.stream();
    }

    private static void collect(CommandLine cl, List<CommandLine> into) {
        into.add(cl);
        cl.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    @org.junit.jupiter.api.Test
    void theHelpListsBatch_andVersionGivesTheProjectAndRulesVersions() {
        String help = TreatywatchCommand.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help).contains("  batch ");
        org.treatywatch.cli.testing.CliRun batch = org.treatywatch.cli.testing.CliRun.of("help", "batch");
        assertThat(batch.exit()).isZero();
        assertThat(batch.out()).contains("Apache Spark").contains("./treatywatch batch -o out/2025-06");
        org.treatywatch.cli.testing.CliRun version = org.treatywatch.cli.testing.CliRun.of("--version");
        assertThat(version.out()).matches("(?s)treatywatch \\d+\\.\\d+\\.\\d+\\S*\\nextraction rules rules-\\S+\\n")
                .doesNotContain("development build");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void helpText_formatsCleanly_andFitsEightyColumns(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        List<String> texts = new ArrayList<>();
        texts.addAll(Arrays.asList(spec.usageMessage().description()));
        texts.addAll(Arrays.asList(spec.usageMessage().header()));
        texts.addAll(Arrays.asList(spec.usageMessage().footer()));
        for (ArgSpec arg : spec.args()) {
            texts.addAll(Arrays.asList(arg.description()));
        }
        for (String text : texts) {
            // picocli runs each text through String.format; ${DEFAULT-VALUE} and the like are replaced first
            String expanded = text.replaceAll("\\$\\{[^}]*}", "x");
            assertThatCode(() -> String.format(expanded)).as(spec.qualifiedName() + ": " + text).doesNotThrowAnyException();
        }
        // the command list shows a description's first line alone: it must be a whole sentence
        String[] description = spec.usageMessage().description();
        if (description.length > 1 && spec.parent() != null && !spec.name().equals("help")) {
            assertThat(description[0].strip()).as(spec.qualifiedName() + ": the first line of the description").endsWith(".");
        }
        String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(usage.lines()).as(spec.qualifiedName()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
}
