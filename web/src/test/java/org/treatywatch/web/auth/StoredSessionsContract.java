package org.treatywatch.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import org.treatywatch.web.TestServer;
import org.treatywatch.web.WebServer;
import org.treatywatch.web.pages.PagesExtension;

/**
 * Sessions live in the store, not in a server's memory: real web servers (the pages as
 * {@code treatywatch serve} installs them) over a real store, driven over HTTP with the cookies a
 * browser would send. {@link SqliteSessionsTest} runs it on an SQLite file, {@link PostgresSessionsTest}
 * on a real PostgreSQL server. The servers share a clock that the tests move by hand.
 */
abstract class StoredSessionsContract {
    private static final String PASSWORD = "a long password";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A new, empty store's location (a file path or a JDBC URL). */
    abstract String newLocation();

    final PasswordsAndSessionsTest.ManualClock clock = new PasswordsAndSessionsTest.ManualClock();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final List<Server> servers = new ArrayList<>();
    String location;

    /** A running web app over its own connection to the store at {@link #location}. */
    final class Server implements AutoCloseable {
        final Store store;
        final Javalin app;

        Server() {
            store = Stores.open(location);
            app = WebServer.builder(store).extension(new PagesExtension(clock)).build().start("127.0.0.1", 0);
            servers.add(this);
        }

        String url(String path) {
            return "http://127.0.0.1:" + app.port() + path;
        }

        @Override
        public void close() {
            if (servers.remove(this)) {
                app.stop();
                store.close();
            }
        }
    }

    @BeforeEach
    void makeStoreWithAnAnalyst() {
        location = newLocation();
        try (Store store = Stores.open(location)) {
            store.addAnalyst("reviewer", Passwords.hash(PASSWORD.toCharArray()));
        }
    }

    @AfterEach
    void stopServers() {
        List.copyOf(servers).forEach(Server::close);
    }

    // ---- HTTP as a browser would do it --------------------------------------------------------

    private HttpResponse<String> get(Server s, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path)));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Server s, String path, String cookie, Map<String, String> form) throws Exception {
        String body = TestServer.formBody(form);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookieSet(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(name + "="))
                .map(h -> h.substring(name.length() + 1, h.indexOf(';') < 0 ? h.length() : h.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + r.headers().map()));
    }

    private static String csrfIn(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    /** Signs in through the form (sending {@code oldSession} too, if any) and returns the new session cookie's value. */
    private String signIn(Server s, String oldSession) throws Exception {
        HttpResponse<String> form = get(s, "/signin", null);
        String loginCsrf = cookieSet(form, Access.LOGIN_CSRF_COOKIE);
        assertThat(csrfIn(form.body())).isEqualTo(loginCsrf);
        String cookies = Access.LOGIN_CSRF_COOKIE + "=" + loginCsrf
                + (oldSession == null ? "" : "; " + Access.SESSION_COOKIE + "=" + oldSession);
        HttpResponse<String> r = post(s, "/signin", cookies, Map.of("_csrf", loginCsrf, "name", "reviewer", "password", PASSWORD));
        assertThat(r.statusCode()).isEqualTo(303);
        return cookieSet(r, Access.SESSION_COOKIE);
    }

    /** The status of the analysts' review page with this session: 200 signed in, 401 not. */
    private int reviewPage(Server s, String session) throws Exception {
        return get(s, "/review", Access.SESSION_COOKIE + "=" + session).statusCode();
    }

    /** The session's CSRF token, as its forms carry it. */
    private String csrfOf(Server s, String session) throws Exception {
        HttpResponse<String> page = get(s, "/review", Access.SESSION_COOKIE + "=" + session);
        assertThat(page.statusCode()).isEqualTo(200);
        return csrfIn(page.body());
    }

    private HttpResponse<String> signOut(Server s, String session, String csrf) throws Exception {
        return post(s, "/signout", Access.SESSION_COOKIE + "=" + session, Map.of("_csrf", csrf));
    }

    /** Every row of the sessions table, read with plain JDBC, column name to value. */
    private List<Map<String, String>> storedSessions() throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Stores.jdbcUrl(location));
                ResultSet rs = c.createStatement().executeQuery("SELECT * FROM analyst_sessions")) {
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i).toLowerCase(), rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    // ---- the behaviour ------------------------------------------------------------------------

    @Test
    void aSessionSurvivesARestartOfTheServerOverTheSameStore() throws Exception {
        Server first = new Server();
        String session = signIn(first, null);
        String csrf = csrfOf(first, session);
        int port = first.app.port();
        first.close();

        Server second = new Server();
        assertThat(second.app.port()).isNotEqualTo(port);
        assertThat(reviewPage(second, session)).isEqualTo(200);
        // the CSRF token survives with it: the forms of the page loaded before the restart still work
        assertThat(csrfOf(second, session)).isEqualTo(csrf);
        assertThat(signOut(second, session, csrf).statusCode()).isEqualTo(303);
        assertThat(reviewPage(second, session)).isEqualTo(401);
    }

    @Test
    void twoServersOverOneStoreAcceptEachOthersSessions() throws Exception {
        Server a = new Server();
        Server b = new Server();
        String fromA = signIn(a, null);
        String fromB = signIn(b, null);

        assertThat(reviewPage(b, fromA)).isEqualTo(200);
        assertThat(reviewPage(a, fromB)).isEqualTo(200);
        assertThat(csrfOf(b, fromA)).isEqualTo(csrfOf(a, fromA));
        assertThat(storedSessions()).hasSize(2);
    }

    @Test
    void signingOutOnOneServerEndsTheSessionOnTheOther() throws Exception {
        Server a = new Server();
        Server b = new Server();
        String session = signIn(a, null);
        String other = signIn(a, null);
        assertThat(reviewPage(b, session)).isEqualTo(200);

        HttpResponse<String> out = signOut(b, session, csrfOf(b, session));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(h -> assertThat(h).startsWith(Access.SESSION_COOKIE + "=;"));
        assertThat(reviewPage(a, session)).isEqualTo(401);
        assertThat(reviewPage(b, session)).isEqualTo(401);
        assertThat(reviewPage(a, other)).as("the analyst's other session is not ended").isEqualTo(200);
    }

    @Test
    void anExpiredSessionIsRefusedAndDeleted() throws Exception {
        Server s = new Server();
        String idle = signIn(s, null);
        String active = signIn(s, null);

        clock.now = clock.now.plus(Sessions.IDLE.minusMinutes(5));
        assertThat(reviewPage(s, active)).as("a request just before the idle timeout").isEqualTo(200);
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(reviewPage(s, idle)).as("idle for longer than Sessions.IDLE").isEqualTo(401);
        assertThat(reviewPage(s, active)).as("kept alive by its request").isEqualTo(200);
        assertThat(storedSessions()).as("the expired one is deleted").singleElement()
                .satisfies(row -> assertThat(row.get("id_hash")).isEqualTo(Tokens.sha256Hex(active)));

        clock.now = clock.now.plus(Sessions.IDLE).plusSeconds(1);
        assertThat(reviewPage(s, active)).isEqualTo(401);
        assertThat(storedSessions()).isEmpty();
    }

    @Test
    void theStoreKeepsTheSha256OfTheSessionCookieNeverItsValue() throws Exception {
        Server s = new Server();
        String session = signIn(s, null);
        String csrf = csrfOf(s, session);

        Map<String, String> row = storedSessions().get(0);
        assertThat(row.get("id_hash")).isEqualTo(Tokens.sha256Hex(session)).hasSize(64).isNotEqualTo(session);
        assertThat(row.values()).allSatisfy(v -> assertThat(v).doesNotContain(session));
        assertThat(row.get("csrf_token")).isEqualTo(csrf);
        assertThat(Instant.parse(row.get("expires_at"))).isEqualTo(clock.now.plus(Sessions.IDLE));
    }

    @Test
    void readingPagesWritesTheLastSeenTimeAtMostOncePerTouchInterval() throws Exception {
        Server s = new Server();
        Instant signedIn = clock.now;
        String session = signIn(s, null);
        String cookie = Access.SESSION_COOKIE + "=" + session;

        clock.now = signedIn.plusSeconds(59);
        for (String page : List.of("/", "/claims", "/review", "/signin")) {
            assertThat(get(s, page, cookie).statusCode()).isEqualTo(200);
        }
        assertThat(storedSessions().get(0)).containsEntry("last_seen_at", "2026-01-01T00:00:00.000Z");

        clock.now = signedIn.plus(Sessions.TOUCH_INTERVAL);
        assertThat(get(s, "/assets/app.css", cookie).statusCode()).isEqualTo(200);
        assertThat(storedSessions().get(0)).as("static files do not look the session up")
                .containsEntry("last_seen_at", "2026-01-01T00:00:00.000Z");
        assertThat(get(s, "/claims", cookie).statusCode()).isEqualTo(200);
        assertThat(storedSessions().get(0))
                .containsEntry("last_seen_at", "2026-01-01T00:01:00.000Z")
                .containsEntry("expires_at", "2026-01-01T12:01:00.000Z");
    }

    @Test
    void signingInAgainStartsAFreshSessionAndEndsTheOneTheBrowserHad() throws Exception {
        Server s = new Server();
        String planted = signIn(s, null);
        String fresh = signIn(s, planted);

        assertThat(fresh).isNotEqualTo(planted).hasSize(43);
        assertThat(reviewPage(s, planted)).isEqualTo(401);
        assertThat(reviewPage(s, fresh)).isEqualTo(200);
        assertThat(storedSessions()).singleElement()
                .satisfies(row -> assertThat(row.get("id_hash")).isEqualTo(Tokens.sha256Hex(fresh)));
    }
}
