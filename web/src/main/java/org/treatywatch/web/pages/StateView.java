package org.treatywatch.web.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * A state's page: for each treaty its status on the chosen date, the rules that produced it and
 * the timeline of what happened (events, obligation deadlines, armed-conflict periods, declarations).
 */
public record StateView(String code, String name, String formalName, LocalDate date, List<TreatyCard> treaties) {
    public StateView {
        treaties = List.copyOf(treaties);
    }

    /**
     * One treaty's box on the state page.
     *
     * @param summary one sentence: where the state stands and since when
     * @param rules   the treaty rules applied to reach it, each citing its article
     */
    public record TreatyCard(MapView.TreatyOption treaty, MapCategory category, String summary, List<String> rules, Timeline timeline) {}
}
