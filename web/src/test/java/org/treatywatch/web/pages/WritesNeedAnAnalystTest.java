package org.treatywatch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.ReviewState;
import org.treatywatch.web.TestServer;

/**
 * Reading is open, every change needs an analyst (issue 5): an anonymous write is 401, a signed-in
 * write without the form's CSRF token (a forged cross-site post) is 403, and the cookies carry the
 * flags that keep them out of scripts and cross-site posts. Real server, real HTTP.
 */
class WritesNeedAnAnalystTest {
    static TestServer server;
    static long claimId;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        server.addAnalyst("reviewer", "a long password");
        String text = "Exampleland will start making anti-personnel mines next year, its defence minister said.";
        Document doc = new Document("test:access", text, "An invented article", java.time.LocalDate.of(2026, 1, 5), null, "Test Wire");
        Claim claim = new Claim("test:access", ClaimType.PRODUCTION, "LTU", Modality.PLANNED, null, null, Weapon.AP_MINE,
                null, null, null, null, "2027", null, Evidence.of(text, 0, text.length()));
        long docId = server.store().addDocument(doc, List.of(claim), "test");
        claimId = server.store().claims(ClaimQuery.all().withDocument(docId)).items().get(0).id();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> get(HttpClient c, String path) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient c, String path, Map<String, String> form, String... headers) throws Exception {
        String body = TestServer.formBody(form);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfIn(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    /** Signs in through the form and returns the session's CSRF token, read from a page. */
    private static String signIn(HttpClient c) throws Exception {
        String loginCsrf = csrfIn(get(c, "/signin").body());
        HttpResponse<String> r = post(c, "/signin", Map.of("_csrf", loginCsrf, "name", "reviewer", "password", "a long password"));
        assertThat(r.statusCode()).isEqualTo(303);
        return csrfIn(get(c, "/review").body());
    }

    @Test
    void anonymousWritesAreRefusedWith401AndChangeNothing() throws Exception {
        HttpClient c = client();
        assertThat(get(c, "/claims/" + claimId).statusCode()).isEqualTo(200);
        HttpResponse<String> r = post(c, "/claims/" + claimId + "/review", Map.of("action", "accept"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(post(c, "/ingest", Map.of("text", "some text")).statusCode()).isEqualTo(401);
        assertThat(get(c, "/review").statusCode()).isEqualTo(401);
        assertThat(server.store().claim(claimId).orElseThrow().reviewState()).isEqualTo(ReviewState.PENDING);
    }

    @Test
    void aForgedPostWithoutTheCsrfTokenIsRefusedWith403EvenWithAValidSession() throws Exception {
        HttpClient c = client();
        String csrf = signIn(c);
        // What a hostile page can send with the analyst's cookie: no token, or a guessed one.
        assertThat(post(c, "/claims/" + claimId + "/review", Map.of("action", "reject")).statusCode()).isEqualTo(403);
        assertThat(post(c, "/claims/" + claimId + "/review", Map.of("action", "reject", "_csrf", "guess")).statusCode()).isEqualTo(403);
        assertThat(server.store().claim(claimId).orElseThrow().reviewState()).isEqualTo(ReviewState.PENDING);
        // The real form, with the session's token, goes through and is audited.
        HttpResponse<String> ok = post(c, "/claims/" + claimId + "/review", Map.of("action", "accept", "_csrf", csrf));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(server.store().claim(claimId).orElseThrow().reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(server.store().audit(claimId)).anySatisfy(a -> assertThat(a.analyst()).isEqualTo("reviewer"));
        post(c, "/claims/" + claimId + "/review", Map.of("action", "reset", "_csrf", csrf));
    }

    @Test
    void anApiWriteCarryingOnlyTheSessionCookieIsRefusedWith403() throws Exception {
        HttpClient c = client();
        String csrf = signIn(c);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url("/api/v1/claims/" + claimId + "/review")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"REJECT\"}"));
        assertThat(c.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(server.store().claim(claimId).orElseThrow().reviewState()).isEqualTo(ReviewState.PENDING);
        assertThat(csrf).isNotBlank();
    }

    @Test
    void theSignInFormItselfNeedsItsCsrfTokenAndAWrongPasswordIs401() throws Exception {
        HttpClient c = client();
        get(c, "/signin");
        assertThat(post(c, "/signin", Map.of("name", "reviewer", "password", "a long password")).statusCode()).isEqualTo(403);
        String loginCsrf = csrfIn(get(c, "/signin").body());
        assertThat(post(c, "/signin", Map.of("_csrf", loginCsrf, "name", "reviewer", "password", "wrong password")).statusCode()).isEqualTo(401);
    }

    @Test
    void sessionCookiesAreHttpOnlyLaxAndSecureBehindHttps() throws Exception {
        HttpClient c = client();
        HttpResponse<String> page = get(c, "/signin");
        String loginCsrf = csrfIn(page.body());
        HttpResponse<String> r = post(c, "/signin", Map.of("_csrf", loginCsrf, "name", "reviewer", "password", "a long password"),
                "X-Forwarded-Proto", "https");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("tw_session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    }
}
