package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.treaty.ObligationRule;

/**
 * One obligation deadline of one party: computed from the treaty's entry into force for it
 * ({@link ObligationRule#dueFor}), replaced by the latest extension if one was granted.
 *
 * @param computed          the deadline by the treaty's rule
 * @param due               the deadline that applies (the latest extension's, if any)
 * @param extensions        the extensions recorded for this obligation, oldest decision first; the
 *                          last is the one that applies, the others are its history (the record may
 *                          lack a decision, so a row does not say which deadline it replaced)
 * @param citation          "APMBC Art. 5(1)"
 * @param endedByWithdrawal true when the state's withdrawal took effect on or before {@code due},
 *                          so the deadline no longer binds it
 */
public record Deadline(
        ObligationRule obligation,
        LocalDate computed,
        LocalDate due,
        List<ObligationExtension> extensions,
        String citation,
        boolean endedByWithdrawal) {
    public Deadline {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(citation, "citation");
        extensions = List.copyOf(extensions);
    }

    /** The latest extension, the one that set {@link #due}, or null if none was granted. */
    public ObligationExtension extension() {
        return extensions.isEmpty() ? null : extensions.getLast();
    }
}
