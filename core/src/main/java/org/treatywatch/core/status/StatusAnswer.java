package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.state.State;
import org.treatywatch.core.treaty.Treaty;

/**
 * The engine's answer for (state, treaty, date), with its reasons.
 *
 * @param status       where the state stands
 * @param rule         the provision that produced the status, and why
 * @param events       the dated events on or before {@code on} (signature, deposit, entry into force,
 *                     withdrawal, armed conflicts, declarations), oldest first
 * @param next         the next change the data and rules schedule, or null
 * @param declarations declarations the treaty does not provide for, made on or before {@code on};
 *                     shown beside the status, which they do not change
 */
public record StatusAnswer(
        State state,
        Treaty treaty,
        LocalDate on,
        TreatyStatus status,
        Rule rule,
        List<Event> events,
        NextChange next,
        List<Declaration> declarations) {
    public StatusAnswer {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rule, "rule");
        events = List.copyOf(events);
        declarations = List.copyOf(declarations);
    }

    public StatusCode code() {
        return status.code();
    }

    /** The day the status began, or null for NOT_SIGNED. */
    public LocalDate since() {
        return status.since();
    }
}
