package org.treatywatch.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.core.treaty.TreatyRegistry;

/**
 * Lexicons fed from core's reference data, the one source of state and treaty names: every
 * state's name, formal name, aliases, adjectives/demonyms and capitals from {@link StateRegistry};
 * every treaty's name, short name and aliases from {@link TreatyRegistry}, plus the wordings news
 * uses that are phrases rather than names ("treaty banning anti-personnel mines"). A one-word treaty
 * alias that is also a capital ("Ottawa") is left to the state gazetteer: "the Ottawa treaty"
 * still matches as a longer phrase.
 */
public final class ReferenceLexicons {
    private ReferenceLexicons() {}

    public static StateLexicon states(StateRegistry registry) {
        List<StateLexicon.Entry> entries = new ArrayList<>();
        // a city that was a former state's capital and is a current state's ("Moscow", "Belgrade", "Prague")
        // names the current state in today's news: the former state does not get it
        Set<String> currentCapitals = new HashSet<>();
        registry.all().stream().filter(s -> !s.former())
                .forEach(s -> s.capitals().forEach(c -> currentCapitals.add(c.toLowerCase(Locale.ROOT))));
        for (State s : registry.all()) {
            List<String> names = new ArrayList<>();
            names.add(s.name());
            names.add(s.formalName());
            names.addAll(s.aliases());
            // "US", "UK" are listed as adjectives but stand alone as names too ("the US will supply")
            s.adjectives().stream().filter(a -> a.length() <= 4 && a.equals(a.toUpperCase(Locale.ROOT))).forEach(names::add);
            List<String> capitals = s.former()
                    ? s.capitals().stream().filter(c -> !currentCapitals.contains(c.toLowerCase(Locale.ROOT))).toList()
                    : s.capitals();
            entries.add(new StateLexicon.Entry(s.alpha3(), names, s.adjectives(), capitals));
        }
        return StateLexicon.of(entries);
    }

    public static TreatyLexicon treaties(TreatyRegistry registry, StateRegistry states) {
        Set<String> placeNames = new HashSet<>();
        for (State s : states.all()) {
            s.capitals().forEach(c -> placeNames.add(c.toLowerCase(Locale.ROOT)));
            placeNames.add(s.name().toLowerCase(Locale.ROOT));
        }
        TreatyLexicon builtIn = TreatyLexicon.standard();
        Map<String, List<String>> names = new LinkedHashMap<>();
        builtIn.names().forEach((code, list) -> names.put(code, new ArrayList<>(list)));
        for (Treaty t : registry.all()) {
            List<String> list = names.computeIfAbsent(t.code(), k -> new ArrayList<>());
            List<String> candidates = new ArrayList<>();
            candidates.add(t.name());
            if (t.shortName() != null) {
                candidates.add(t.shortName());
            }
            candidates.addAll(t.aliases());
            for (String c : candidates) {
                if (c != null && !c.isBlank() && !placeNames.contains(c.toLowerCase(Locale.ROOT)) && !list.contains(c)) {
                    list.add(c);
                }
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        names.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        List<String> others = builtIn.otherTreaties();
        return new TreatyLexicon() {
            @Override
            public Map<String, List<String>> names() {
                return frozen;
            }

            @Override
            public List<String> otherTreaties() {
                return others;
            }
        };
    }
}
