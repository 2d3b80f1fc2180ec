package org.treatywatch.extract.mention;

import java.util.List;

/**
 * The state names the gazetteer is compiled from: one entry per state with its names (short,
 * formal, aliases), adjectives/demonyms and capitals. The standard lexicon is read from core's
 * {@code StateRegistry}, the one source of state names in Treatywatch; tests may pass their own.
 */
public interface StateLexicon {

    record Entry(String alpha3, List<String> names, List<String> adjectives, List<String> capitals) {
        public Entry {
            names = List.copyOf(names);
            adjectives = List.copyOf(adjectives);
            capitals = List.copyOf(capitals);
        }
    }

    List<Entry> entries();

    static StateLexicon of(List<Entry> entries) {
        List<Entry> copy = List.copyOf(entries);
        return () -> copy;
    }
}
