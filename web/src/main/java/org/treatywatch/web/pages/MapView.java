package org.treatywatch.web.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Everything the home page shows: the map coloured for one treaty on one date, its legend, the
 * date control's range and the parties chart.
 *
 * @param categories by alpha-3, each state's group; shapes whose id is missing here are NO_DATA
 * @param names      by alpha-3, the registry's short names
 * @param firstDate  the date control's start (the APMBC's adoption year)
 * @param lastDate   the last scheduled change in the reference data
 * @param notes      by alpha-3, what to say beside a state's group (a withdrawal's date, a declaration)
 */
public record MapView(
        WorldMap map,
        Map<String, MapCategory> categories,
        Map<String, String> names,
        Legend legend,
        TreatyOption treaty,
        List<TreatyOption> treaties,
        LocalDate date,
        LocalDate firstDate,
        LocalDate lastDate,
        PartiesChart chart,
        List<StateEntry> states,
        Map<String, String> notes) {

    /** A treaty the page can show. */
    public record TreatyOption(String code, String shortName, String fullName) {}

    /** A state in the list under the map (the map's text alternative). */
    public record StateEntry(String code, String name, MapCategory category, String note) {}

    /** A shape's tooltip: the state, its group and any note ("Ukraine: State Party; declared suspension on ..."). */
    public String tooltip(WorldMap.Shape shape) {
        String note = shape.id() == null ? null : notes.get(shape.id());
        return nameOf(shape) + ": " + categoryOf(shape).label() + (note == null ? "" : "; " + note);
    }

    public MapCategory categoryOf(WorldMap.Shape shape) {
        return shape.id() == null ? MapCategory.NO_DATA : categories.getOrDefault(shape.id(), MapCategory.NO_DATA);
    }

    public String nameOf(WorldMap.Shape shape) {
        return shape.id() == null ? shape.name() : names.getOrDefault(shape.id(), shape.name());
    }

    /** True when the shape is a state with its own page. */
    public boolean linked(WorldMap.Shape shape) {
        return shape.id() != null && names.containsKey(shape.id());
    }

    /** The date as a day offset from {@link #firstDate}, for the range slider. */
    public long dayIndex() {
        return ChronoUnit.DAYS.between(firstDate, date);
    }

    public long dayCount() {
        return ChronoUnit.DAYS.between(firstDate, lastDate);
    }

    public List<StateEntry> statesIn(MapCategory category) {
        return states.stream().filter(s -> s.category() == category).toList();
    }
}
