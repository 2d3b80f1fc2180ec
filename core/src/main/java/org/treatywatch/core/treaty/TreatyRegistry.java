package org.treatywatch.core.treaty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.treatywatch.core.names.NameIndex;

/**
 * The treaties Treatywatch follows, read from data: {@code treaties.list} next to this class
 * names one {@code .properties} file per treaty (see {@code apmbc.properties} for the format),
 * each with its names, dates and rules with article citations. Adding a treaty needs a file, not
 * code (docs/design.md, "Conventions").
 *
 * <p>{@link #find} accepts the code, the full or short name, or an alias, in any case: "APMBC",
 * "ccm", "Ottawa Convention", "Mine Ban Treaty", "Oslo Convention", "cluster munitions treaty".
 * The news extractor uses the same aliases to spot treaty mentions. Immutable and thread-safe.
 */
public final class TreatyRegistry {
    private static final String LIST = "treaties.list";
    private static final String LIST_SEPARATOR = "\\s*\\|\\s*";

    private final List<Treaty> all;
    private final Map<String, Treaty> byCode;
    private final NameIndex<Treaty> index;

    private TreatyRegistry(List<Treaty> treaties) {
        Map<String, Treaty> codes = new LinkedHashMap<>();
        for (Treaty t : treaties) {
            if (codes.put(t.code(), t) != null) {
                throw new IllegalArgumentException("duplicate treaty " + t.code());
            }
        }
        this.all = List.copyOf(treaties);
        this.byCode = Map.copyOf(codes);
        NameIndex.Builder<Treaty> b = NameIndex.builder(t -> true);
        all.forEach(t -> b.add(t.code(), t, true));
        b.tier();
        all.forEach(t -> b.add(t.name(), t, true).add(t.shortName(), t, true));
        b.tier();
        all.forEach(t -> t.aliases().forEach(a -> b.add(a, t, true)));
        this.index = b.build();
    }

    private static final class Standard {
        static final TreatyRegistry INSTANCE = load();

        private static TreatyRegistry load() {
            List<Treaty> treaties = new ArrayList<>();
            for (String file : resourceLines(LIST)) {
                try (Reader r = resource(file)) {
                    treaties.add(parse(file, r));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read treaty file " + file, e);
                }
            }
            return of(treaties);
        }
    }

    /** The treaties shipped with Treatywatch (APMBC, CCM), loaded once. */
    public static TreatyRegistry standard() {
        return Standard.INSTANCE;
    }

    /** A registry of exactly these treaties, in this order. */
    public static TreatyRegistry of(List<Treaty> treaties) {
        return new TreatyRegistry(treaties);
    }

    /** Every treaty, in the order of {@code treaties.list}. */
    public List<Treaty> all() {
        return all;
    }

    /** The treaty with exactly this code ("APMBC"). */
    public Optional<Treaty> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The treaty {@code text} names: code, name or alias, any case. */
    public Optional<Treaty> find(String text) {
        return index.find(text);
    }

    /** The known treaty name closest to {@code text}, for "did you mean" messages. */
    public Optional<String> closest(String text) {
        return index.closest(text);
    }

    /**
     * What every entry point says when {@link #find} finds nothing: that a treaty Treatywatch
     * does not follow (the CCW) is not followed, else the closest name, and the known codes.
     */
    public String unknownMessage(String text) {
        String known = "; known: " + String.join(", ", all.stream().map(Treaty::code).toList());
        String other = NotFollowed.INSTANCE.get(NameIndex.normalize(text));
        if (other != null) {
            return "Treatywatch does not follow " + other + " ('" + text.strip() + "')" + known;
        }
        return "unknown treaty '" + text.strip() + "'" + closest(text).map(c -> " (did you mean " + c + "?)").orElse("") + known;
    }

    /** {@code not-followed.tsv}: folded name to the treaty it names. */
    private static final class NotFollowed {
        static final Map<String, String> INSTANCE = load();

        private static Map<String, String> load() {
            Map<String, String> names = new LinkedHashMap<>();
            List<String> lines = resourceLines("not-followed.tsv");
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                for (String name : f[0].split("\\|")) {
                    names.put(NameIndex.normalize(name), f[1]);
                }
            }
            return Map.copyOf(names);
        }
    }

    /**
     * Reads one treaty from the {@code .properties} format of {@code apmbc.properties}. Errors
     * name the file and the key.
     */
    public static Treaty parse(String file, Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Keys k = new Keys(file, p);
        List<ObligationRule> obligations = new ArrayList<>();
        for (String id : k.list("obligations")) {
            String prefix = "obligation." + id + ".";
            obligations.add(new ObligationRule(
                    id, k.required(prefix + "label"), k.period(prefix + "period"),
                    k.required(prefix + "citation"), k.optional(prefix + "applies_if")));
        }
        return new Treaty(
                k.required("code"),
                k.required("name"),
                k.optional("short_name"),
                k.list("aliases"),
                k.date("adopted"),
                k.optional("adopted_at"),
                k.optionalDate("opened_for_signature"),
                k.optional("opened_for_signature_at"),
                k.date("entered_into_force"),
                k.optional("depositary"),
                k.optional("depositary_reference"),
                new EntryIntoForceRule(
                        k.integer("entry_into_force.months_after_deposit_month"),
                        k.required("entry_into_force.general_citation"),
                        k.required("entry_into_force.citation")),
                new WithdrawalRule(
                        k.integer("withdrawal.months_after_receipt"),
                        Boolean.parseBoolean(k.required("withdrawal.armed_conflict_hold")),
                        k.required("withdrawal.citation")),
                obligations);
    }

    private record Keys(String file, Properties p) {
        String optional(String key) {
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? null : v.strip();
        }

        String required(String key) {
            String v = optional(key);
            if (v == null) {
                throw new IllegalArgumentException(file + ": missing " + key);
            }
            return v;
        }

        List<String> list(String key) {
            String v = optional(key);
            return v == null ? List.of() : Arrays.stream(v.split(LIST_SEPARATOR)).filter(s -> !s.isBlank()).toList();
        }

        LocalDate date(String key) {
            return parseDate(key, required(key));
        }

        LocalDate optionalDate(String key) {
            String v = optional(key);
            return v == null ? null : parseDate(key, v);
        }

        private LocalDate parseDate(String key, String v) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(file + ": " + key + " is not an ISO date: " + v, e);
            }
        }

        int integer(String key) {
            String v = required(key);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": " + key + " is not a whole number: " + v, e);
            }
        }

        Period period(String key) {
            String v = required(key);
            try {
                return Period.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(file + ": " + key + " is not an ISO period like P4Y: " + v, e);
            }
        }
    }

    private static Reader resource(String name) {
        InputStream in = TreatyRegistry.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<String> resourceLines(String name) {
        try (BufferedReader r = new BufferedReader(resource(name))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
