package org.treatywatch.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredSession;
import org.treatywatch.store.Stores;

/** Passwords, tokens, and sessions over a real SQLite store with a clock moved by hand. */
class PasswordsAndSessionsTest {
    @Test
    void hash_isSaltedBcryptThatVerifiesOnlyTheSamePassword() {
        String a = Passwords.hash("pässwörd long".toCharArray());
        String b = Passwords.hash("pässwörd long".toCharArray());
        assertThat(a).startsWith("$2a$10$").isNotEqualTo(b);
        assertThat(Passwords.verify("pässwörd long".toCharArray(), a)).isTrue();
        assertThat(Passwords.verify("passwörd long".toCharArray(), a)).isFalse();
        assertThat(Passwords.verify("pässwörd long".toCharArray(), "not a hash")).isFalse();
    }

    @Test
    void hash_refusesPasswordsBcryptWouldTruncateOrThatAreTooShort() {
        assertThatThrownBy(() -> Passwords.hash("short".toCharArray())).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> Passwords.hash("x".repeat(73).toCharArray())).hasMessageContaining("72 bytes");
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void sessions_expireAfterIdlingAndEachHasItsOwnCsrfToken(@TempDir Path dir) {
        try (Store store = Stores.open(dir.resolve("sessions.db").toString())) {
            long alice = store.addAnalyst("alice", "$2a$10$not-a-real-hash").id();
            ManualClock clock = new ManualClock();
            Sessions sessions = new Sessions(store, clock);
            Sessions.Session s = sessions.start(alice, "alice");
            Sessions.Session t = sessions.start(alice, "alice");
            assertThat(s.id()).isNotEqualTo(t.id()).hasSize(43);
            assertThat(s.csrfToken()).isNotEqualTo(t.csrfToken()).isNotEqualTo(s.id());
            clock.now = clock.now.plus(Sessions.IDLE.minusMinutes(1));
            assertThat(sessions.find(s.id())).hasValueSatisfying(found -> {
                assertThat(found.analyst()).isEqualTo("alice");
                assertThat(found.csrfToken()).isEqualTo(s.csrfToken());
            });
            clock.now = clock.now.plus(Sessions.IDLE.plus(Duration.ofMinutes(1)));
            assertThat(sessions.find(s.id())).isEmpty();
            assertThat(sessions.find("forged")).isEmpty();
            assertThat(sessions.find("x".repeat(100_000))).isEmpty();
            sessions.end(t.id());
            assertThat(sessions.find(t.id())).isEmpty();
        }
    }

    @Test
    void sessions_writeTheLastSeenTimeOnlyWhenItIsATouchIntervalOld(@TempDir Path dir) {
        try (Store store = Stores.open(dir.resolve("sessions.db").toString())) {
            long alice = store.addAnalyst("alice", "$2a$10$not-a-real-hash").id();
            ManualClock clock = new ManualClock();
            Instant start = clock.now;
            Sessions sessions = new Sessions(store, clock);
            Sessions.Session s = sessions.start(alice, "alice");
            String hash = Tokens.sha256Hex(s.id());

            clock.now = start.plus(Sessions.TOUCH_INTERVAL).minusMillis(1);
            assertThat(sessions.find(s.id())).map(Sessions.Session::lastSeen).contains(start);
            assertThat(store.session(hash, clock.now)).map(StoredSession::lastSeenAt).contains(start);

            clock.now = start.plus(Sessions.TOUCH_INTERVAL);
            assertThat(sessions.find(s.id())).map(Sessions.Session::lastSeen).contains(clock.now);
            assertThat(store.session(hash, clock.now)).hasValueSatisfying(stored -> {
                assertThat(stored.lastSeenAt()).isEqualTo(start.plus(Sessions.TOUCH_INTERVAL));
                assertThat(stored.expiresAt()).isEqualTo(start.plus(Sessions.TOUCH_INTERVAL).plus(Sessions.IDLE));
            });
        }
    }

    @Test
    void tokens_compareInConstantTimeAndHashAsHexSha256() {
        assertThat(Tokens.same("abc", "abc")).isTrue();
        assertThat(Tokens.same("abc", "abd")).isFalse();
        assertThat(Tokens.same(null, "abc")).isFalse();
        assertThat(Tokens.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
