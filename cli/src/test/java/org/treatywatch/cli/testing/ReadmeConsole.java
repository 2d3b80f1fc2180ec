package org.treatywatch.cli.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of the first {@code ```console} block under a README heading: each
 * {@code $ ./treatywatch ...} line with the lines shown under it (trailing blank lines dropped).
 */
public final class ReadmeConsole {
    /** The repository root, where the README's commands run. */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PROMPT = "$ ./treatywatch ";

    /** One command of the block: the line as written, its arguments and what it shows. */
    public record Example(String line, String[] args, List<String> expected) {}

    private ReadmeConsole() {}

    /**
     * The examples under {@code heading} (a line of the README, e.g. {@code ### Extracting claims}).
     *
     * @throws IllegalStateException when the README has no such heading or no console block under it
     */
    public static List<Example> examples(String heading) throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        int section = readme.indexOf(heading);
        if (section < 0) {
            throw new IllegalStateException("README.md has no heading " + heading);
        }
        int open = readme.subList(section, readme.size()).indexOf("```console");
        if (open < 0) {
            throw new IllegalStateException("README.md has no console block under " + heading);
        }
        int start = section + open + 1;
        int end = readme.subList(start, readme.size()).indexOf("```") + start;
        List<Example> examples = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String line = readme.get(i);
            if (!line.startsWith(PROMPT)) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (int j = i + 1; j < end && !readme.get(j).startsWith("$ "); j++) {
                expected.add(readme.get(j));
            }
            while (!expected.isEmpty() && expected.getLast().isEmpty()) {
                expected.removeLast();
            }
            examples.add(new Example(line, line.substring(PROMPT.length()).split(" +"), List.copyOf(expected)));
        }
        return examples;
    }
}
