package org.treatywatch.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing (OWASP ASVS 2.2.1): failed sign-ins are counted per account and per
 * client address. After {@value #FREE_PER_ACCOUNT} failures for an account, or
 * {@value #FREE_PER_ADDRESS} from an address (for guesses spread over many accounts), each further
 * try must wait twice as long as the last (1 s, 2 s, 4 s ... at most {@link #MAX_WAIT}) after the
 * latest failure; a try made sooner is refused without looking at the password, so it teaches the
 * guesser nothing, and is not counted. A sign-in that succeeds clears its account's count; counts
 * are forgotten {@link #FORGET_AFTER} after their last failure.
 *
 * <p>The counts are in memory, per server process, and bounded ({@value #MAX_ENTRIES} keys, the
 * least recently used dropped). The address is the TCP peer's, not {@code X-Forwarded-For}, which a
 * client can write itself. A guesser can make an account wait, but never for more than
 * {@link #MAX_WAIT} between tries.
 */
public final class SignInThrottle {
    static final int FREE_PER_ACCOUNT = 5;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 10_000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a sign-in to {@code account} from {@code address} must still wait; zero when it may go ahead. */
    public synchronized Duration waitFor(String account, String address) {
        Instant now = clock.instant();
        Duration a = remaining(accountKey(account), FREE_PER_ACCOUNT, now);
        Duration b = remaining(addressKey(address), FREE_PER_ADDRESS, now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Counts a wrong name or password. */
    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        count(accountKey(account), now);
        count(addressKey(address), now);
    }

    /** Clears the account's count after a right password (the address keeps its own). */
    public synchronized void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private Duration remaining(String key, int free, Instant now) {
        Failures f = current(key, now);
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - free, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void count(String key, Instant now) {
        Failures f = current(key, now);
        failures.put(key, new Failures(f == null ? 1 : f.count() + 1, now));
    }

    private Failures current(String key, Instant now) {
        Failures f = failures.get(key);
        if (f != null && f.last().plus(FORGET_AFTER).isBefore(now)) {
            failures.remove(key);
            return null;
        }
        return f;
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
