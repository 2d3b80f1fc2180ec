package org.treatywatch.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One of the extraction rules' data files ({@code extract/src/main/resources/org/treatywatch/extract/rules/}):
 * named lists, each opened by {@code [name]} on a line of its own and followed by one entry a line;
 * an entry is one or more words separated by spaces; {@code #} starts a comment (a line's rest).
 * Errors name the file and line ({@code claim-words.txt:12: duplicate entry 'from' (first at line 9)})
 * and are thrown when the file is read, which is when the class that uses it loads.
 */
public final class RuleFile {
    static final String FOLDER = "/org/treatywatch/extract/rules/";

    /** One entry: its words and the line it is on. */
    public record Row(int line, List<String> columns) {
        public String first() {
            return columns.getFirst();
        }
    }

    /** One {@code [name]} list. */
    public record Section(String name, int line, List<Row> rows) {}

    private final String name;
    private final Map<String, Section> sections;

    private RuleFile(String name, Map<String, Section> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** Reads a file of {@link RuleFiles#NAMES} from the classpath. */
    public static RuleFile load(String name) {
        return parse(name, RuleFiles.read(name));
    }

    static String readResource(String name) {
        try (InputStream in = RuleFile.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + FOLDER + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + name, e);
        }
    }

    /** Parses {@code content} as the file {@code name} (tests give content of their own). */
    public static RuleFile parse(String name, String content) {
        Map<String, Section> sections = new LinkedHashMap<>();
        String[] lines = content.split("\n", -1);
        String current = null;
        List<Row> rows = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (body.isEmpty()) {
                continue;
            }
            if (body.startsWith("[")) {
                if (!body.endsWith("]") || body.length() < 3 || body.substring(1, body.length() - 1).isBlank()) {
                    throw new RuleFileException(name + ":" + lineNo + ": a list opens with [name], got '" + body + "'");
                }
                current = body.substring(1, body.length() - 1).strip();
                Section before = sections.get(current);
                if (before != null) {
                    throw new RuleFileException(name + ":" + lineNo + ": list [" + current + "] again (first at line "
                            + before.line() + ")");
                }
                rows = new ArrayList<>();
                sections.put(current, new Section(current, lineNo, rows));
                continue;
            }
            if (current == null) {
                throw new RuleFileException(name + ":" + lineNo + ": entry '" + body + "' before any [list]");
            }
            rows.add(new Row(lineNo, List.of(body.split("\\s+"))));
        }
        Map<String, Section> frozen = new LinkedHashMap<>();
        sections.forEach((k, s) -> frozen.put(k, new Section(s.name(), s.line(), List.copyOf(s.rows()))));
        return new RuleFile(name, frozen);
    }

    public String name() {
        return name;
    }

    /** An error at {@code line} of this file, for the loaders' own checks. */
    public RuleFileException error(int line, String message) {
        return new RuleFileException(name + ":" + line + ": " + message);
    }

    /**
     * The lists, checked against the names the code reads: every list must be one of {@code known}
     * and every known one present. Use {@link #wordLists} for lists of single words.
     */
    public Map<String, Section> sections(Set<String> known) {
        for (Section s : sections.values()) {
            if (!known.contains(s.name())) {
                throw error(s.line(), "unknown list [" + s.name() + "]; the lists are " + new TreeSet<>(known));
            }
        }
        for (String k : known) {
            if (!sections.containsKey(k)) {
                throw new RuleFileException(name + ": list [" + k + "] is missing");
            }
        }
        return sections;
    }

    /** The lists, each of which must be one of {@code known}; any of them may be absent. */
    public Map<String, Section> optionalSections(Set<String> known) {
        for (Section s : sections.values()) {
            if (!known.contains(s.name())) {
                throw error(s.line(), "unknown list [" + s.name() + "]; the lists are " + new TreeSet<>(known));
            }
        }
        return sections;
    }

    /**
     * Lists of single words (the tokens' norm: lower case, ASCII quotes), each word once per list.
     * {@code known} names every list the code reads.
     */
    public Map<String, Set<String>> wordLists(String... known) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Section s : sections(Set.copyOf(Arrays.asList(known))).values()) {
            Map<String, Integer> seen = new HashMap<>();
            for (Row r : s.rows()) {
                if (r.columns().size() != 1) {
                    throw error(r.line(), "one word a line in [" + s.name() + "], got '" + String.join(" ", r.columns()) + "'");
                }
                String word = r.first();
                if (!word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                    throw error(r.line(), "'" + word + "' is not lower case: entries are matched against the tokens' lower-case norm");
                }
                Integer first = seen.putIfAbsent(word, r.line());
                if (first != null) {
                    throw error(r.line(), "duplicate entry '" + word + "' in [" + s.name() + "] (first at line " + first + ")");
                }
            }
            if (seen.isEmpty()) {
                throw error(s.line(), "list [" + s.name() + "] is empty");
            }
            out.put(s.name(), Set.copyOf(new LinkedHashSet<>(seen.keySet())));
        }
        return Map.copyOf(out);
    }
}
