package org.treatywatch.web.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * A state's page: for each treaty its status on the chosen date, the rules that produced it, its
 * obligation deadlines with the decisions that extended them, and the timeline of what happened
 * (events, obligation deadlines, extensions, armed-conflict periods, declarations).
 */
public record StateView(String code, String name, String formalName, LocalDate date, List<TreatyCard> treaties) {
    public StateView {
        treaties = List.copyOf(treaties);
    }

    /**
     * One treaty's box on the state page.
     *
     * @param summary   one sentence: where the state stands and since when
     * @param rules     the treaty rules applied to reach it, each citing its article
     * @param deadlines the obligation deadlines that bind it (none before it is in force)
     */
    public record TreatyCard(MapView.TreatyOption treaty, MapCategory category, String summary, List<String> rules,
            List<DeadlineRow> deadlines, Timeline timeline) {
        public TreatyCard {
            rules = List.copyOf(rules);
            deadlines = List.copyOf(deadlines);
        }
    }

    /**
     * One obligation deadline as it stands.
     *
     * @param obligation the id in the treaty data (clearance)
     * @param due        the deadline that applies: the latest decision's, else the treaty's
     * @param computed   the treaty's own deadline
     * @param appliesIf  the condition under which it binds, or null when it always does
     * @param decisions  the extensions granted, oldest first; the last one set {@code due}
     */
    public record DeadlineRow(String obligation, String label, String citation, LocalDate due, LocalDate computed,
            String appliesIf, List<Decision> decisions) {
        public DeadlineRow {
            decisions = List.copyOf(decisions);
        }

        /** The decision behind {@link #due}, or null when it is the treaty's. */
        public Decision current() {
            return decisions.isEmpty() ? null : decisions.getLast();
        }

        /** The decisions before the current one, newest first. */
        public List<Decision> earlier() {
            return decisions.isEmpty() ? List.of() : decisions.subList(0, decisions.size() - 1).reversed();
        }
    }

    /** An extension: on {@code decided}, {@code source} set the deadline to {@code to}. */
    public record Decision(LocalDate decided, LocalDate to, String source) {}
}
