package org.treatywatch.core.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A treaty and its rules, as data (DOMAIN.md, "The two treaties"). Nothing in the engine names
 * a treaty: APMBC and CCM are two {@code .properties} files next to {@link TreatyRegistry}, and a
 * third treaty is a third file.
 *
 * @param code                 short upper-case code used everywhere else ({@code "APMBC"}, {@code "CCM"}); the
 *                             {@code treaty} field of a claim (CODEBOOK.md)
 * @param name                 the full title
 * @param shortName            the name used in running text ("Mine Ban Treaty")
 * @param aliases              other names found in text and accepted on the command line ("Ottawa Convention")
 * @param adopted              date the text was adopted
 * @param entryIntoForce       date the treaty itself entered into force
 * @param depositaryReference  where the depositary records its status ("UN Treaty Collection, chapter XXVI-5")
 * @param entryIntoForceRule   when the treaty enters into force for a state that joins (Art. 17 of both)
 * @param withdrawalRule       when a withdrawal takes effect (APMBC Art. 20(3), CCM Art. 20(2))
 * @param obligations          the deadlines counted from entry into force for a state
 */
public record Treaty(
        String code,
        String name,
        String shortName,
        List<String> aliases,
        LocalDate adopted,
        String adoptedAt,
        LocalDate openedForSignature,
        String openedForSignatureAt,
        LocalDate entryIntoForce,
        String depositary,
        String depositaryReference,
        EntryIntoForceRule entryIntoForceRule,
        WithdrawalRule withdrawalRule,
        List<ObligationRule> obligations) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

    public Treaty {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("treaty code must be 2-16 capital letters or digits, got " + code);
        }
        Objects.requireNonNull(name, "name");
        shortName = shortName == null || shortName.isBlank() ? code : shortName;
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(adopted, code + ": adopted");
        Objects.requireNonNull(entryIntoForce, code + ": entered_into_force");
        if (entryIntoForce.isBefore(adopted)) {
            throw new IllegalArgumentException(code + ": in force before it was adopted");
        }
        Objects.requireNonNull(entryIntoForceRule, code + ": entry_into_force rule");
        Objects.requireNonNull(withdrawalRule, code + ": withdrawal rule");
        obligations = List.copyOf(obligations);
    }

    /** A citation with the treaty's code: {@code cite("Art. 17(2)")} is {@code "APMBC Art. 17(2)"}. */
    public String cite(String article) {
        return code + " " + article;
    }

    /** The obligation with this id ({@code "stockpile"}, {@code "clearance"}, {@code "initial_report"}). */
    public Optional<ObligationRule> obligation(String id) {
        return obligations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * The date the treaty enters into force for a state that deposits its instrument on
     * {@code deposited}: the later of the treaty's own entry into force (Art. 17(1)) and the first
     * day of the sixth month after the month of deposit (Art. 17(2)).
     */
    public LocalDate entryIntoForceFor(LocalDate deposited) {
        LocalDate forJoiner = entryIntoForceRule.firstDayAfterDeposit(deposited);
        return forJoiner.isBefore(entryIntoForce) ? entryIntoForce : forJoiner;
    }

    /** The citation that fixes the entry into force of a deposit on {@code deposited}. */
    public String entryIntoForceCitationFor(LocalDate deposited) {
        return cite(entryIntoForceRule.firstDayAfterDeposit(deposited).isBefore(entryIntoForce)
                ? entryIntoForceRule.generalCitation()
                : entryIntoForceRule.citation());
    }

    @Override
    public String toString() {
        return code;
    }
}
