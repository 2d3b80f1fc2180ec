package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.List;
import org.treatywatch.core.state.State;
import org.treatywatch.core.treaty.Treaty;

/**
 * The parties to a treaty on a date, counted as the depositary counts them: instrument deposited on
 * or before the date and any withdrawal not yet effective (participation README, "Sanity figures").
 *
 * @param parties       every state counted, by alpha-3
 * @param notYetInForce those among them the treaty has not yet entered into force for ({@link StatusCode#JOINING})
 */
public record Parties(Treaty treaty, LocalDate on, List<State> parties, List<State> notYetInForce) {
    public Parties {
        parties = List.copyOf(parties);
        notYetInForce = List.copyOf(notYetInForce);
    }

    public int count() {
        return parties.size();
    }
}
