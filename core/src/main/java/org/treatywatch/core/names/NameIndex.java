package org.treatywatch.core.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds things (states, treaties) by any of their names, in any case, with or without diacritics,
 * and suggests the closest name for "did you mean" messages.
 *
 * <p>Names are added in tiers (for states: codes, then names, aliases, adjectives, capitals). A
 * lookup tries the tiers in order and answers from the first tier that knows the key. Within a
 * tier a key may name several things ("Congolese": both Congos); the index then prefers the ones
 * {@code preferred} accepts (current over former states, so "Moscow" is Russia, not the Soviet
 * Union), and gives no answer when that still leaves more than one: an ambiguous name is not
 * guessed.
 *
 * <p>Keys are compared after {@link #normalize}. Immutable and thread-safe once built.
 *
 * @param <T> what the names name
 */
public final class NameIndex<T> {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final List<Map<String, List<T>>> tiers;
    private final Map<String, String> surfaceByKey;
    private final Predicate<? super T> preferred;

    private NameIndex(List<Map<String, List<T>>> tiers, Map<String, String> surfaceByKey, Predicate<? super T> preferred) {
        this.tiers = tiers;
        this.surfaceByKey = surfaceByKey;
        this.preferred = preferred;
    }

    /**
     * The comparison form of a name: Unicode compatibility-decomposed without combining marks
     * ("Türkiye" and "Turkiye" meet), lower case, curly apostrophes made straight, full stops
     * dropped ("U.S." is "us"), hyphens and dashes read as spaces ("Guinea-Bissau"), runs of
     * white space (including no-break spaces) as one space, and a leading "the " dropped.
     */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u02BB', '\'')
                .replace(".", "")
                .replace('-', ' ')
                .replace('\u2010', ' ')
                .replace('\u2011', ' ')
                .replace('\u2013', ' ')
                .replace('\u2014', ' ');
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** Levenshtein edit distance (insertions, deletions, substitutions, each costing one). */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The thing {@code name} names, if exactly one (see the class comment for ties). */
    public Optional<T> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalize(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Map<String, List<T>> tier : tiers) {
            List<T> hits = tier.get(key);
            if (hits == null) {
                continue;
            }
            if (hits.size() == 1) {
                return Optional.of(hits.getFirst());
            }
            List<T> better = hits.stream().filter(preferred).toList();
            return better.size() == 1 ? Optional.of(better.getFirst()) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The known name closest to {@code name} by edit distance on normalized forms, as it was
     * added (with its capitals and diacritics), if one is close enough to be a plausible typo: at
     * most a third of the longer string's length, and at least two edits allowed (a swapped pair
     * of letters). For messages
     * only; never use it to resolve input silently.
     */
    public Optional<String> closest(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalize(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        // Ties go to the name added first (a state's name before its aliases).
        for (Map.Entry<String, String> e : surfaceByKey.entrySet()) {
            int d = editDistance(key, e.getKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getValue();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(2, Math.max(key.length(), normalize(best).length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Starts an index whose ties prefer what {@code preferred} accepts. */
    public static <T> Builder<T> builder(Predicate<? super T> preferred) {
        return new Builder<>(preferred);
    }

    /** Collects names tier by tier; {@link #tier()} starts the next tier. */
    public static final class Builder<T> {
        private final List<Map<String, List<T>>> tiers = new ArrayList<>();
        private final Map<String, String> surfaceByKey = new LinkedHashMap<>();
        private final Predicate<? super T> preferred;

        private Builder(Predicate<? super T> preferred) {
            this.preferred = Objects.requireNonNull(preferred, "preferred");
            tiers.add(new HashMap<>());
        }

        /** Ends the current tier: names added after this are tried only when earlier ones miss. */
        public Builder<T> tier() {
            tiers.add(new HashMap<>());
            return this;
        }

        /**
         * Adds a name for {@code value} to the current tier.
         *
         * @param suggest whether {@link #closest} may offer this name (codes usually should not)
         */
        public Builder<T> add(String name, T value, boolean suggest) {
            String key = normalize(name);
            if (key.isEmpty()) {
                return this;
            }
            List<T> hits = tiers.getLast().computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!hits.contains(value)) {
                hits.add(value);
            }
            if (suggest) {
                surfaceByKey.putIfAbsent(key, name.strip());
            }
            return this;
        }

        public NameIndex<T> build() {
            List<Map<String, List<T>>> frozen = tiers.stream()
                    .map(t -> {
                        Map<String, List<T>> copy = new HashMap<>();
                        t.forEach((k, v) -> copy.put(k, List.copyOf(v)));
                        return Map.copyOf(copy);
                    })
                    .toList();
            return new NameIndex<>(frozen, Collections.unmodifiableMap(new LinkedHashMap<>(surfaceByKey)), preferred);
        }
    }
}
