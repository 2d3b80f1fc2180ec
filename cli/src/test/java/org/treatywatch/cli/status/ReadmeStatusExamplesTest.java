package org.treatywatch.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.treatywatch.cli.Main;

/**
 * Runs every example of the README's "Treaty status" section and compares its output with what
 * the README shows (STYLE.md: README examples run as tests). A {@code | head -N} keeps the first N
 * lines; a trailing {@code # exit code 2} means the shown line is stderr and the exit code is 2.
 */
@Isolated("replaces System.out and System.err")
class ReadmeStatusExamplesTest {
    private static final Pattern HEAD = Pattern.compile("\\s*\\|\\s*head -(\\d+)$");
    private static final Pattern EXIT = Pattern.compile("\\s+# exit code (\\d+)$");

    record Example(String command, List<String> expected) {}

    @Test
    void everyTreatyStatusExampleInTheReadme_printsWhatTheReadmeShows() throws IOException {
        List<Example> examples = examples(Files.readString(Path.of("..", "README.md")));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (Example e : examples) {
            String command = e.command();
            int head = Integer.MAX_VALUE;
            Matcher h = HEAD.matcher(command);
            if (h.find()) {
                head = Integer.parseInt(h.group(1));
                command = command.substring(0, h.start());
            }
            List<String> expected = new ArrayList<>(e.expected());
            int expectedExit = 0;
            if (!expected.isEmpty()) {
                Matcher x = EXIT.matcher(expected.getLast());
                if (x.find()) {
                    expectedExit = Integer.parseInt(x.group(1));
                    expected.set(expected.size() - 1, expected.getLast().substring(0, x.start()));
                }
            }
            String[] args = Arrays.copyOfRange(command.split(" +"), 1, command.split(" +").length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            int exit;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                exit = Main.run(out, args);
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            String shown = (expectedExit == 0 ? out : err).toString(StandardCharsets.UTF_8);
            assertThat(exit).as(e.command()).isEqualTo(expectedExit);
            assertThat(shown.lines().limit(head).toList()).as(e.command()).isEqualTo(expected);
        }
    }

    /** The "$ ./treatywatch ..." commands of the section's console block, each with the lines after it. */
    private static List<Example> examples(String readme) {
        int start = readme.indexOf("### Treaty status");
        assertThat(start).as("README has a Treaty status section").isNotNegative();
        String section = readme.substring(start);
        String block = section.substring(section.indexOf("```console") + "```console".length());
        block = block.substring(0, block.indexOf("```"));
        List<Example> out = new ArrayList<>();
        String command = null;
        List<String> lines = new ArrayList<>();
        for (String line : block.strip().split("\n", -1)) {
            if (line.startsWith("$ ./treatywatch ")) {
                if (command != null) {
                    out.add(new Example(command, trimBlankEnd(lines)));
                }
                command = line.substring(2).strip();
                lines = new ArrayList<>();
            } else {
                lines.add(line);
            }
        }
        if (command != null) {
            out.add(new Example(command, trimBlankEnd(lines)));
        }
        return out;
    }

    private static List<String> trimBlankEnd(List<String> lines) {
        List<String> l = new ArrayList<>(lines);
        while (!l.isEmpty() && l.getLast().isBlank()) {
            l.removeLast();
        }
        return l;
    }
}
