package org.treatywatch.core.participation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One state's recorded acts under one treaty: a row of {@code apmbc-participants.csv} (see the
 * README next to it for its sources). Facts as the depositary records them; what they mean on a
 * given date is the status engine's business.
 *
 * @param treaty               treaty code ("APMBC")
 * @param state                alpha-3 of the state
 * @param signed               date of signature, or null (accession, succession, never signed)
 * @param instrument           the instrument deposited, or null for a signatory that has not deposited one
 * @param deposited            the day the depositary received the instrument (not the entry-into-force date)
 * @param withdrawalDeposited  the day the depositary received an instrument of withdrawal, or null
 * @param withdrawalEffective  the day the withdrawal took effect as recorded by sources, or null;
 *                             the engine also computes it from the treaty's rule (see
 *                             {@code StatusEngine} for which wins)
 * @param note                 free text, may be empty
 */
public record Participation(
        String treaty,
        String state,
        LocalDate signed,
        Instrument instrument,
        LocalDate deposited,
        LocalDate withdrawalDeposited,
        LocalDate withdrawalEffective,
        String note) {

    public Participation {
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(state, "state");
        note = note == null ? "" : note;
        String where = treaty + " " + state + ": ";
        if ((instrument == null) != (deposited == null)) {
            throw new IllegalArgumentException(where + "an instrument and its deposit date go together");
        }
        if (signed == null && deposited == null) {
            throw new IllegalArgumentException(where + "neither signed nor deposited");
        }
        if (signed != null && deposited != null && deposited.isBefore(signed)) {
            throw new IllegalArgumentException(where + "deposited " + deposited + " before signing " + signed);
        }
        if (withdrawalDeposited != null && (deposited == null || withdrawalDeposited.isBefore(deposited))) {
            throw new IllegalArgumentException(where + "withdrawal " + withdrawalDeposited + " without an earlier deposit");
        }
        if (withdrawalEffective != null && (withdrawalDeposited == null || withdrawalEffective.isBefore(withdrawalDeposited))) {
            throw new IllegalArgumentException(where + "withdrawal effective " + withdrawalEffective
                    + " without an earlier instrument of withdrawal");
        }
    }
}
