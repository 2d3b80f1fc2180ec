package org.treatywatch.store.alerts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.claim.ClaimType;

/**
 * What a subscription follows. An empty set matches anything. With no flag kinds, every change of
 * the states and claim types matches (claims, events and flags); with flag kinds, only flags of
 * those kinds do.
 *
 * @param states    alpha-3 codes
 * @param types     claim types (a flag's is its event's)
 * @param flagKinds the kinds of flag
 */
public record SubscriptionFilter(Set<String> states, Set<ClaimType> types, Set<FindingKind> flagKinds) {
    /** At most this many states in one subscription. */
    public static final int MAX_STATES = 250;

    public SubscriptionFilter {
        states = Set.copyOf(states);
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        flagKinds = flagKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flagKinds));
        if (states.size() > MAX_STATES) {
            throw new IllegalArgumentException("at most " + MAX_STATES + " states in a subscription");
        }
        for (String s : states) {
            if (!s.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("a state is an alpha-3 code, got " + s);
            }
        }
    }

    public static final SubscriptionFilter ANYTHING = new SubscriptionFilter(Set.of(), Set.of(), Set.of());

    /** The states as the store keeps them: sorted, separated by spaces (so are the next two). */
    public String statesText() {
        return String.join(" ", new TreeSet<>(states));
    }

    public String typesText() {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }

    public String flagKindsText() {
        return flagKinds.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }

    public static SubscriptionFilter parse(String states, String types, String flagKinds) {
        return new SubscriptionFilter(words(states),
                words(types).stream().map(ClaimType::valueOf).collect(Collectors.toSet()),
                words(flagKinds).stream().map(FindingKind::valueOf).collect(Collectors.toSet()));
    }

    private static Set<String> words(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.strip().split(" +")).collect(Collectors.toSet());
    }
}
