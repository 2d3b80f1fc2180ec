package org.treatywatch.core.participation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.core.treaty.TreatyRegistry;

/**
 * Everything the status engine reads, as one immutable value: states, treaties, each state's
 * participation in each treaty, armed-conflict periods, declarations the treaties do not provide
 * for, and obligation extensions.
 *
 * <p>{@link #defaults()} loads the tables shipped in this package ({@code *-participants.csv},
 * {@code armed-conflicts.csv}, {@code declarations.csv}, {@code obligation-extensions.csv}; see
 * {@code README.md} here and {@code docs/data-sources.md}). The canonical constructor builds one
 * from any source, such as the store's copy of an analyst's edits; it checks that every row names
 * a known state and treaty, so an engine never meets a dangling code.
 *
 * @param participation at most one row per (treaty, state)
 */
public record ReferenceData(
        StateRegistry states,
        TreatyRegistry treaties,
        List<Participation> participation,
        List<ArmedConflict> conflicts,
        List<Declaration> declarations,
        List<ObligationExtension> extensions) {

    public ReferenceData {
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(treaties, "treaties");
        participation = List.copyOf(participation);
        conflicts = List.copyOf(conflicts);
        declarations = List.copyOf(declarations);
        extensions = List.copyOf(extensions);
        Set<String> seen = new HashSet<>();
        for (Participation p : participation) {
            check(states, treaties, p.treaty(), p.state(), "participation");
            if (!seen.add(p.treaty() + " " + p.state())) {
                throw new IllegalArgumentException("participation: two rows for " + p.treaty() + " " + p.state());
            }
        }
        for (ArmedConflict c : conflicts) {
            if (states.byAlpha3(c.state()).isEmpty()) {
                throw new IllegalArgumentException("armed conflicts: unknown state " + c.state());
            }
        }
        for (Declaration d : declarations) {
            check(states, treaties, d.treaty(), d.state(), "declarations");
        }
        for (ObligationExtension e : extensions) {
            check(states, treaties, e.treaty(), e.state(), "obligation extensions");
            if (treaties.byCode(e.treaty()).orElseThrow().obligation(e.obligation()).isEmpty()) {
                throw new IllegalArgumentException("obligation extensions: " + e.treaty() + " has no obligation '"
                        + e.obligation() + "'");
            }
        }
    }

    private static void check(StateRegistry states, TreatyRegistry treaties, String treaty, String state, String table) {
        if (treaties.byCode(treaty).isEmpty()) {
            throw new IllegalArgumentException(table + ": unknown treaty " + treaty);
        }
        if (states.byAlpha3(state).isEmpty()) {
            throw new IllegalArgumentException(table + ": unknown state " + state);
        }
    }

    private static final class Defaults {
        static final ReferenceData INSTANCE = load(StateRegistry.standard(), TreatyRegistry.standard());
    }

    /** The reference data shipped with Treatywatch, loaded once from this package's resources. */
    public static ReferenceData defaults() {
        return Defaults.INSTANCE;
    }

    /** The same data with these armed-conflict periods instead (an analyst's edits; tests). */
    public ReferenceData withConflicts(List<ArmedConflict> newConflicts) {
        return new ReferenceData(states, treaties, participation, newConflicts, declarations, extensions);
    }

    /** The same data with these participation rows instead. */
    public ReferenceData withParticipation(List<Participation> newParticipation) {
        return new ReferenceData(states, treaties, newParticipation, conflicts, declarations, extensions);
    }

    /** The same data with these obligation extensions instead. */
    public ReferenceData withExtensions(List<ObligationExtension> newExtensions) {
        return new ReferenceData(states, treaties, participation, conflicts, declarations, newExtensions);
    }

    /** The participation row of {@code state} (alpha-3) in {@code treaty} (code), if any. */
    public Optional<Participation> participation(String treaty, String state) {
        return participation.stream().filter(p -> p.treaty().equals(treaty) && p.state().equals(state)).findFirst();
    }

    /** Loads the shipped tables for these registries: one {@code <code>-participants.csv} per treaty. */
    static ReferenceData load(StateRegistry states, TreatyRegistry treaties) {
        List<Participation> participation = new ArrayList<>();
        for (Treaty t : treaties.all()) {
            String file = t.code().toLowerCase(Locale.ROOT) + "-participants.csv";
            for (Csv.Row r : rows(file)) {
                String instrument = r.get("instrument");
                participation.add(new Participation(
                        t.code(), r.required("state_iso3"), r.date("signed"),
                        instrument.isEmpty() ? null : Instrument.parse(instrument),
                        r.date("deposited"), r.date("withdrawal_deposited"), r.date("withdrawal_effective"),
                        r.get("note")));
            }
        }
        List<ArmedConflict> conflicts = rows("armed-conflicts.csv").stream()
                .map(r -> new ArmedConflict(r.required("state_iso3"), r.date("start"), r.date("end"), r.get("note")))
                .toList();
        List<Declaration> declarations = rows("declarations.csv").stream()
                .map(r -> new Declaration(r.required("treaty"), r.required("state_iso3"), r.date("date"),
                        r.required("kind"), r.get("summary"), r.get("source")))
                .toList();
        List<ObligationExtension> extensions = rows("obligation-extensions.csv").stream()
                .map(r -> new ObligationExtension(r.required("treaty"), r.required("state_iso3"),
                        r.required("obligation"), r.date("deadline"), r.date("decided"), r.get("source")))
                .toList();
        return new ReferenceData(states, treaties, participation, conflicts, declarations, extensions);
    }

    private static List<Csv.Row> rows(String file) {
        InputStream in = ReferenceData.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("resource " + file + " is missing from the classpath");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Csv.read(file, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
