package org.treatywatch.core.state;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A state that can be party to a treaty, or a former state the codebook can name (CODEBOOK.md,
 * "actor": ISO 3166-3 codes such as {@code YUG}, {@code SUN}, {@code CSK}, {@code DDR}).
 *
 * @param alpha2     ISO 3166-1 alpha-2 ({@code "LT"}); for former states their ISO 3166-3 alpha-2
 * @param alpha3     ISO 3166-1 alpha-3 ({@code "LTU"}); for former states ISO 3166-3's
 * @param numeric    ISO 3166-1 numeric, three digits ({@code "440"})
 * @param name       English short name as the UN writes it ({@code "Türkiye"}, {@code "Côte d'Ivoire"})
 * @param formalName English formal name ({@code "Republic of Lithuania"})
 * @param aliases    other names met in English text ({@code "Turkey"}, {@code "Ivory Coast"}, {@code "U.S."})
 * @param adjectives adjectives and demonyms ({@code "Lithuanian"}, {@code "Finns"}, {@code "Dutch"})
 * @param capitals   capitals and seats of government ({@code "Vilnius"}, {@code "The Hague"})
 * @param former     true for a state that no longer exists (ISO 3166-3)
 */
public record State(
        String alpha2,
        String alpha3,
        String numeric,
        String name,
        String formalName,
        List<String> aliases,
        List<String> adjectives,
        List<String> capitals,
        boolean former) {

    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]{3}");

    public State {
        if (alpha2 == null || !ALPHA2.matcher(alpha2).matches()) {
            throw new IllegalArgumentException("alpha2 must be two capital letters, got " + alpha2);
        }
        if (alpha3 == null || !ALPHA3.matcher(alpha3).matches()) {
            throw new IllegalArgumentException("alpha3 must be three capital letters, got " + alpha3);
        }
        if (numeric == null || !NUMERIC.matcher(numeric).matches()) {
            throw new IllegalArgumentException(alpha3 + ": numeric must be three digits, got " + numeric);
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException(alpha3 + ": name is blank");
        }
        formalName = formalName == null || formalName.isBlank() ? name : formalName;
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
    }

    @Override
    public String toString() {
        return alpha3 + " " + name;
    }
}
