package org.treatywatch.core.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatywatch.core.names.NameIndex;

/**
 * Every state a treaty can have as a party (UN members, the observer states Holy See and State of
 * Palestine, the Cook Islands and Niue) plus the former states the codebook names (YUG, SUN, CSK,
 * DDR), with their codes, names, aliases, adjectives and capitals.
 *
 * <p>The standard registry is read once from {@code states.tsv} next to this class, which
 * {@code scripts/states/build-states.mjs} generates from the {@code world-countries} dataset
 * (ODbL-1.0; see {@code STATES-NOTICE.md} there and {@code docs/data-sources.md}) plus
 * hand-written overrides. Edit the overrides and rerun the script; never edit the TSV by hand.
 *
 * <p><b>This is the one source of state names in Treatywatch.</b> The news extractor's gazetteer
 * reads {@link State#name()}, {@link State#formalName()}, {@link State#aliases()},
 * {@link State#adjectives()} and {@link State#capitals()} from here (CODEBOOK.md: demonyms count,
 * "Lithuanian officials" is LTU; a capital standing for its government counts), so a name added to
 * the overrides is found both by the CLI and in news text.
 *
 * <p>{@link #find} answers from the first of these tiers that knows the input: codes (alpha-3,
 * alpha-2, numeric), names (short and formal), aliases, adjectives and demonyms, capitals. Input is
 * compared in any case, with or without diacritics and full stops ("turkiye", "U.S."). A name
 * shared by several states in one tier ("Congolese", "Dominican") finds none of them, except that
 * a current state wins over a former one ("Moscow" is Russia). Immutable and thread-safe.
 */
public final class StateRegistry {
    private static final String RESOURCE = "states.tsv";

    private final List<State> all;
    private final List<State> current;
    private final Map<String, State> byAlpha3;
    private final NameIndex<State> index;

    private StateRegistry(List<State> states) {
        this.all = states.stream().sorted(Comparator.comparing(State::alpha3)).toList();
        this.current = all.stream().filter(s -> !s.former()).toList();
        Map<String, State> codes = new HashMap<>();
        for (State s : all) {
            if (codes.put(s.alpha3(), s) != null) {
                throw new IllegalArgumentException("duplicate state " + s.alpha3());
            }
        }
        this.byAlpha3 = Map.copyOf(codes);
        NameIndex.Builder<State> b = NameIndex.builder(s -> !s.former());
        all.forEach(s -> b.add(s.alpha3(), s, false));
        all.forEach(s -> b.add(s.alpha2(), s, false));
        all.forEach(s -> b.add(s.numeric(), s, false));
        b.tier();
        all.forEach(s -> b.add(s.name(), s, true).add(s.formalName(), s, true));
        b.tier();
        all.forEach(s -> s.aliases().forEach(a -> b.add(a, s, true)));
        b.tier();
        all.forEach(s -> s.adjectives().forEach(a -> b.add(a, s, true)));
        b.tier();
        all.forEach(s -> s.capitals().forEach(a -> b.add(a, s, true)));
        this.index = b.build();
    }

    private static final class Standard {
        static final StateRegistry INSTANCE = load();

        private static StateRegistry load() {
            try (InputStream in = StateRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
                }
                return of(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The registry shipped with Treatywatch, loaded once from {@code states.tsv}. */
    public static StateRegistry standard() {
        return Standard.INSTANCE;
    }

    /** A registry of exactly these states (for tests and for reference data from other sources). */
    public static StateRegistry of(List<State> states) {
        return new StateRegistry(states);
    }

    /** Every state, current and former, ordered by alpha-3. */
    public List<State> all() {
        return all;
    }

    /** The states that exist today (not {@link State#former()}), ordered by alpha-3. */
    public List<State> current() {
        return current;
    }

    /** The state with this alpha-3 code, exactly as written ("LTU"; not "ltu"). */
    public Optional<State> byAlpha3(String alpha3) {
        return Optional.ofNullable(byAlpha3.get(alpha3));
    }

    /**
     * The state {@code text} names: a code, name, alias, adjective/demonym or capital, in any case,
     * trimmed, with or without diacritics. Empty when unknown or ambiguous (see the class comment).
     */
    public Optional<State> find(String text) {
        return index.find(text);
    }

    /** The known state name closest to {@code text}, for "did you mean" messages. */
    public Optional<String> closest(String text) {
        return index.closest(text);
    }

    /**
     * What every entry point (CLI, API, pages) says when {@link #find} finds nothing:
     * {@code unknown state 'Lithunia' (did you mean Lithuania?)}, or what it accepts.
     */
    public String unknownMessage(String text) {
        return "unknown state '" + text.strip() + "'" + closest(text).map(c -> " (did you mean " + c + "?)")
                .orElse(" (give an ISO code, a name, an alias or an unambiguous adjective, e.g. LTU, Lithuania, lithuanian)");
    }

    /**
     * Reads the {@code states.tsv} format: {@code #} comment lines, a header line, then one state
     * per line with tab-separated columns {@code alpha2 alpha3 numeric name formal_name aliases
     * adjectives capitals membership}, lists separated by {@code |}, membership {@code former} for
     * former states.
     */
    static List<State> parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<State> states = new ArrayList<>();
        String line;
        int lineNumber = 0;
        boolean headerSeen = false;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 9) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": expected 9 columns, got " + f.length);
            }
            states.add(new State(f[0], f[1], f[2], f[3], f[4], list(f[5]), list(f[6]), list(f[7]), f[8].equals("former")));
        }
        return states;
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }
}
