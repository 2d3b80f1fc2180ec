package org.treatywatch.core.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;

/**
 * An act the news reports a state did, does or will do: one claim, or one event made of several
 * claims that report the same act. The fields are the codebook's (CODEBOOK.md, "A claim").
 *
 * @param type      the kind of act
 * @param actor     alpha-3 of the state that acts
 * @param treaty    the treaty code for WITHDRAWAL and ACCESSION, else null (the treaty then
 *                  follows from the weapon)
 * @param weapon    for the non-treaty types, else null
 * @param recipient alpha-3 of the receiving state for TRANSFER, else null
 * @param modality  how certain the report is that the act happens
 * @param stage     how far a treaty act has gone, or null when the report does not say
 * @param allegedBy alpha-3 of the accusing state for ALLEGED, or null
 * @param date      the day the act is reported to happen or to have happened by (see
 *                  {@link #fromClaim})
 * @param reported  the day it was (first) reported
 * @param evidence  where it is reported, at least one
 */
public record ReportedAct(
        ClaimType type, String actor, String treaty, Weapon weapon, String recipient, Modality modality, Stage stage,
        String allegedBy, LocalDate date, LocalDate reported, List<EvidenceRef> evidence) {
    public ReportedAct {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reported, "reported");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a reported act needs its evidence");
        }
        if (type.isTreatyType() ? treaty == null : weapon == null) {
            throw new IllegalArgumentException(type + (type.isTreatyType() ? " needs a treaty" : " needs a weapon"));
        }
    }

    /**
     * The act one claim reports. Its date: the claim's {@code when} when it is a whole date; when it
     * is a month or a year, {@code reported} if that falls in it, else the period's last day if the
     * period is over by then (an act reported as past), else its first day (an act to come); without
     * {@code when}, {@code reported}, the day the report places the act by.
     *
     * @param reported the report's date (the document's publication date, else the day it was read)
     * @param claimId  the stored claim's id, or null
     */
    public static ReportedAct fromClaim(Claim claim, LocalDate reported, Long claimId) {
        Objects.requireNonNull(reported, "reported");
        return new ReportedAct(claim.type(), claim.actor(), claim.treaty(), claim.weapon(), claim.recipient(),
                claim.modality(), claim.stage(), claim.allegedBy(), actDate(claim.when(), reported), reported,
                List.of(new EvidenceRef(claim.doc(), claimId, claim.evidence())));
    }

    static LocalDate actDate(String when, LocalDate reported) {
        if (when == null) {
            return reported;
        }
        LocalDate first;
        LocalDate last;
        switch (when.length()) {
            case 10 -> {
                return LocalDate.parse(when);
            }
            case 7 -> {
                YearMonth month = YearMonth.parse(when);
                first = month.atDay(1);
                last = month.atEndOfMonth();
            }
            default -> {
                int year = Integer.parseInt(when);
                first = LocalDate.of(year, 1, 1);
                last = LocalDate.of(year, 12, 31);
            }
        }
        if (last.isBefore(reported)) {
            return last;
        }
        return first.isAfter(reported) ? first : reported;
    }
}
