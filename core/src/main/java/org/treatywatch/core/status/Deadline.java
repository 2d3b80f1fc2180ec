package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.Objects;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.treaty.ObligationRule;

/**
 * One obligation deadline of one party: computed from the treaty's entry into force for it
 * ({@link ObligationRule#dueFor}), replaced by the latest extension if one was granted.
 *
 * @param computed          the deadline by the treaty's rule
 * @param due               the deadline that applies (the extension's, if any)
 * @param extension         the latest extension, or null
 * @param citation          "APMBC Art. 5(1)"
 * @param endedByWithdrawal true when the state's withdrawal took effect on or before {@code due},
 *                          so the deadline no longer binds it
 */
public record Deadline(
        ObligationRule obligation,
        LocalDate computed,
        LocalDate due,
        ObligationExtension extension,
        String citation,
        boolean endedByWithdrawal) {
    public Deadline {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(citation, "citation");
    }
}
