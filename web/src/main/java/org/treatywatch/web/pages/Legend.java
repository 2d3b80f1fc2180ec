package org.treatywatch.web.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The map's legend: each category with how many states fall in it. */
public record Legend(List<Entry> entries) {
    public record Entry(MapCategory category, int count) {}

    public Legend {
        entries = List.copyOf(entries);
    }

    /** Counts the categories of the states on the map (shapes without a state count as NO_DATA). */
    public static Legend of(Map<String, MapCategory> byState, WorldMap map) {
        Map<MapCategory, Integer> counts = new EnumMap<>(MapCategory.class);
        byState.values().forEach(c -> counts.merge(c, 1, Integer::sum));
        // Shapes that are no state in the registry (territories, disputed land) count as "no data".
        for (WorldMap.Shape s : map.shapes()) {
            if (s.id() == null || !byState.containsKey(s.id())) {
                counts.merge(MapCategory.NO_DATA, 1, Integer::sum);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (MapCategory c : MapCategory.values()) {
            entries.add(new Entry(c, counts.getOrDefault(c, 0)));
        }
        return new Legend(entries);
    }

    public int count(MapCategory category) {
        return entries.stream().filter(e -> e.category() == category).mapToInt(Entry::count).sum();
    }
}
