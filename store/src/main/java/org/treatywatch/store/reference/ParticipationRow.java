package org.treatywatch.store.reference;

import java.time.LocalDate;
import java.util.Objects;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.Participation;

/**
 * One state's record under one treaty, the columns of {@code shared/data/treaties/*-participants.csv}
 * (see its README): signature, the instrument of ratification, acceptance, approval, accession or
 * succession and its deposit, and a withdrawal under Art. 20 of either treaty.
 *
 * @param treaty              treaty code, e.g. {@code APMBC}
 * @param state               ISO 3166-1 alpha-3
 * @param deposited           when the instrument was deposited with the Secretary-General (not entry into force)
 * @param withdrawalDeposited when the depositary received the instrument of withdrawal
 * @param withdrawalEffective when the withdrawal took effect, where known
 */
public record ParticipationRow(
        String treaty,
        String state,
        String stateName,
        LocalDate signed,
        String instrument,
        LocalDate deposited,
        LocalDate withdrawalDeposited,
        LocalDate withdrawalEffective,
        String note) {

    public ParticipationRow {
        Objects.requireNonNull(treaty, "treaty");
        if (state == null || !state.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("state must be ISO alpha-3, got " + state);
        }
        // the engine's own checks (dates in order, instrument and deposit together): a row the
        // engine would refuse never gets into the store
        new Participation(treaty, state, signed,
                instrument == null || instrument.isBlank() ? null : Instrument.parse(instrument),
                deposited, withdrawalDeposited, withdrawalEffective, note);
    }
}
