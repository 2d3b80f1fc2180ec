package org.treatywatch.web.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pages need to know about treaties and states, answered by core's status engine and
 * reference data (see {@link EngineFacts}). Kept narrow so that the pages know nothing of the
 * engine's internals: a new treaty shows up here as data, not code.
 */
public interface TreatyFacts {
    /** The treaties, in display order. */
    List<MapView.TreatyOption> treaties();

    /** Short names of the states the registry knows (current and former), by alpha-3. */
    Map<String, String> stateNames();

    /** The alpha-3 code of the state {@code text} names (code, name, alias, adjective; any case), as the CLI takes it. */
    Optional<String> stateCode(String text);

    /** What to say when {@link #stateCode} finds nothing: the CLI's "did you mean" message. */
    String unknownState(String text);

    /** An analyst's edit or new claim read from {@code fields}, checked against the states and treaties known here. */
    org.treatywatch.web.ClaimEdit edit(java.util.function.Function<String, String> fields);

    /** The start of the date control: the year the first treaty was adopted. */
    LocalDate firstDate();

    /** The last date on which any status changes, scheduled changes included. */
    LocalDate lastScheduledChange();

    /** Each state's map group for {@code treaty} on {@code date}. */
    Map<String, MapCategory> categories(String treaty, LocalDate date);

    /**
     * What the map says beside a state's group on {@code date}, by alpha-3, for the states that have
     * something to add: when a withdrawal takes effect, a declaration the treaty does not provide
     * for ("declared suspension on 2025-07-18").
     */
    Map<String, String> notes(String treaty, LocalDate date);

    /** The changes in the number of parties of {@code treaty}, by date. */
    List<PartiesChart.Step> partiesOverTime(String treaty);

    /** The state's page: its status and timeline for each treaty on {@code date}. */
    Optional<StateView> state(String alpha3, LocalDate date);
}
