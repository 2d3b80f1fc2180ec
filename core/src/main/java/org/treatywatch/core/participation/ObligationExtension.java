package org.treatywatch.core.participation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A new deadline granted to a party for one obligation, such as an extension of the APMBC Art. 5
 * clearance deadline decided by a Meeting of the States Parties (Art. 5(3)-(6)). The latest
 * extension (by {@code decided}) replaces the deadline computed from the treaty's rule.
 *
 * @param treaty     treaty code
 * @param state      alpha-3 of the party
 * @param obligation the obligation's id in the treaty data ({@code clearance})
 * @param deadline   the new deadline
 * @param decided    the day the extension was granted
 * @param source     where the facts come from
 */
public record ObligationExtension(
        String treaty, String state, String obligation, LocalDate deadline, LocalDate decided, String source) {
    public ObligationExtension {
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(decided, "decided");
        source = source == null ? "" : source;
    }
}
