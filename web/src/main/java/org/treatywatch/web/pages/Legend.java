package org.treatywatch.web.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The map's legend: each category with how many states fall in it, and the number of States
 * Parties as the depositary counts them (every state whose instrument is deposited and whose
 * withdrawal has not taken effect: {@link MapCategory#PARTY} and {@link MapCategory#WITHDRAWING}
 * together), so that "161 State Party" beside "2 withdrawing" is never read as 161 parties.
 *
 * @param parties the States Parties on the date, as {@code treatywatch parties} counts them
 */
public record Legend(List<Entry> entries, int parties) {
    public record Entry(MapCategory category, int count) {}

    public Legend {
        entries = List.copyOf(entries);
    }

    /** Counts the categories of the states on the map (shapes without a state count as NO_DATA). */
    public static Legend of(Map<String, MapCategory> byState, WorldMap map, int parties) {
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
        return new Legend(entries, parties);
    }

    /** The States Parties that are withdrawing (their withdrawal not yet in effect). */
    public int withdrawing() {
        return count(MapCategory.WITHDRAWING);
    }

    public int count(MapCategory category) {
        return entries.stream().filter(e -> e.category() == category).mapToInt(Entry::count).sum();
    }
}
