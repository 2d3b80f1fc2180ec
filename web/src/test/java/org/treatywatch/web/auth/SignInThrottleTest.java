package org.treatywatch.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatywatch.web.TestServer;

/** Password guessing is slowed per account and per address (OWASP ASVS 2.2.1). */
class SignInThrottleTest {

    /** The sessions test's hand-moved clock. */
    static final class HandClock {
        final PasswordsAndSessionsTest.ManualClock clock = new PasswordsAndSessionsTest.ManualClock();

        void advance(Duration d) {
            clock.now = clock.now.plus(d);
        }
    }

    @Test
    void manyWrongPasswords_thenTheRightOne_isRefusedWith429AndRetryAfter() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.addAnalyst("reviewer", "a long password");
            HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            String form = c.send(HttpRequest.newBuilder(URI.create(server.url("/signin"))).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            assertThat(m.find()).isTrue();
            String csrf = m.group(1);
            int refused = 0;
            for (int i = 0; i < 30; i++) {
                int status = signIn(c, server, csrf, "wrong password " + i).statusCode();
                assertThat(status).isIn(401, 429);
                refused += status == 429 ? 1 : 0;
            }
            assertThat(refused).as("guesses refused unchecked").isGreaterThan(20);
            HttpResponse<String> right = signIn(c, server, csrf, "a long password");
            assertThat(right.statusCode()).isEqualTo(429);
            assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
            assertThat(right.body()).contains("too many failed sign-ins");
            assertThat(right.headers().allValues("Set-Cookie")).noneMatch(h -> h.startsWith("tw_session="));
        }
    }

    private static HttpResponse<String> signIn(HttpClient c, TestServer server, String csrf, String password) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(server.url("/signin")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.formBody(Map.of("_csrf", csrf, "name", "reviewer",
                        "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAccount_waitsLongerAfterEachFailure_andIsFreeAgainAfterTheWait() {
        HandClock clock = new HandClock();
        SignInThrottle t = new SignInThrottle(clock.clock);
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT; i++) {
            assertThat(t.waitFor("ana", "10.0.0.1")).isZero();
            t.failed("ana", "10.0.0.1");
        }
        assertThat(t.waitFor("ana", "10.0.0.2")).as("another address, same account").isEqualTo(Duration.ofSeconds(1));
        assertThat(t.waitFor("Ana ", "10.0.0.2")).as("the name as typed").isEqualTo(Duration.ofSeconds(1));
        assertThat(t.waitFor("bob", "10.0.0.2")).as("another account").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(t.waitFor("ana", "10.0.0.1")).isZero();
        t.failed("ana", "10.0.0.1");
        assertThat(t.waitFor("ana", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        t.succeeded("ana");
        assertThat(t.waitFor("ana", "10.0.0.1")).as("the right password clears the account").isZero();
    }

    @Test
    void oneAddress_guessingOverManyAccounts_isSlowedToo_andEverythingIsForgottenInTime() {
        HandClock clock = new HandClock();
        SignInThrottle t = new SignInThrottle(clock.clock);
        for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
            assertThat(t.waitFor("user" + i, "10.0.0.9")).isZero();
            t.failed("user" + i, "10.0.0.9");
        }
        assertThat(t.waitFor("someone-new", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        assertThat(t.waitFor("someone-new", "10.0.0.8")).isZero();
        for (int i = 0; i < 40; i++) {
            clock.advance(SignInThrottle.MAX_WAIT);
            t.failed("x", "10.0.0.9");
        }
        assertThat(t.waitFor("y", "10.0.0.9")).as("the wait is capped").isEqualTo(SignInThrottle.MAX_WAIT);
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(t.waitFor("x", "10.0.0.9")).isZero();
    }
}
