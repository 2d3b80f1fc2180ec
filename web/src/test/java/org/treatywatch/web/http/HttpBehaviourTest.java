package org.treatywatch.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.store.Analyst;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import org.treatywatch.web.TestServer;
import org.treatywatch.web.WebExtension;
import org.treatywatch.web.WebServer;
import org.treatywatch.web.auth.Passwords;

/**
 * What HTTP itself promises, on the real app (pages and API) over real HTTP: HEAD is GET without
 * the body, a method a path does not take is a 405 naming those it does, every error (Jetty's own
 * included) has the security headers, a bug is a 500 that shows nothing of itself, what a client
 * sent is echoed without its control characters, and nothing cached keeps a signed-in page.
 */
class HttpBehaviourTest {
    static final String TOKEN = "behaviour-test-token-0123456789";
    static final String SECRET = "internal detail /opt/treatywatch/secret.db";
    @TempDir
    static Path dir;
    static Store store;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    /** A route with a bug: an IllegalArgumentException nobody expected, under /api and on a page. */
    static final class Buggy implements WebExtension {
        @Override
        public void configure(io.javalin.config.JavalinConfig config, WebServer server) {
            config.routes.get("/api/v1/test-bug", ctx -> {
                throw new IllegalArgumentException(SECRET);
            });
            config.routes.get("/test-bug", ctx -> {
                throw new IllegalArgumentException(SECRET);
            });
        }
    }

    @BeforeAll
    static void start() {
        store = Stores.open(dir.resolve("t.db").toString());
        Analyst a = store.addAnalyst("reviewer", Passwords.hash("a long password".toCharArray()));
        store.addApiToken(a.id(), ContentHash.sha256Hex(TOKEN));
        app = WebServer.builder(store).extractor(TestServer.extractor()).discoverExtensions().extension(new Buggy())
                .build().start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    static String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertSecurityHeaders(HttpHeaders h, String what) {
        assertThat(h.firstValue("Content-Security-Policy")).as(what).hasValue(SecurityHeaders.CSP);
        assertThat(h.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    }

    @Test
    void head_isGetWithoutTheBody_sameStatusAndHeaders() throws Exception {
        Set<String> varying = Set.of("date", "set-cookie");
        for (String path : List.of("/api/v1/claims?limit=5", "/api/v1/status?on=2026-01-15&states=LTU", "/api/v1/claims/999999",
                "/api/v1/claims?limit=0", "/", "/claims", "/states/LTU", "/assets/app.css", "/no-such-page")) {
            for (String encoding : List.of("identity", "gzip")) {
                HttpResponse<String> get = send("GET", path, "Accept-Encoding", encoding);
                HttpResponse<String> head = send("HEAD", path, "Accept-Encoding", encoding);
                String what = "HEAD " + path + " (" + encoding + ")";
                assertThat(head.statusCode()).as(what).isEqualTo(get.statusCode());
                assertThat(head.body()).as(what).isEmpty();
                Map<String, List<String>> g = new java.util.TreeMap<>(get.headers().map());
                Map<String, List<String>> h = new java.util.TreeMap<>(head.headers().map());
                g.keySet().removeIf(varying::contains);
                h.keySet().removeIf(varying::contains);
                assertThat(h).as(what).isEqualTo(g);
            }
        }
        assertThat(send("GET", "/api/v1/claims?limit=5").headers().firstValue("Content-Length")).isPresent();
    }

    @Test
    void aMethodThePathDoesNotTake_is405_withAllow() throws Exception {
        Map<String, String> cases = Map.of(
                "PUT /api/v1/claims", "GET, HEAD",
                "DELETE /api/v1/claims/1", "GET, HEAD",
                "POST /api/v1/status", "GET, HEAD",
                "GET /api/v1/claims/1/review", "POST",
                "FOO /", "GET, HEAD",
                "FOO /claims", "GET, HEAD");
        for (var c : cases.entrySet()) {
            String[] m = c.getKey().split(" ");
            HttpResponse<String> r = send(m[0], m[1]);
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(c.getKey()).hasValue(c.getValue());
            assertSecurityHeaders(r.headers(), c.getKey());
        }
        JsonNode body = json.readTree(send("PUT", "/api/v1/claims").body());
        assertThat(body.get("error").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void jettysOwnErrorPages_carryTheSecurityHeaders() throws Exception {
        HttpResponse<String> longUri = send("GET", "/claims?q=" + "a".repeat(10_000));
        assertThat(longUri.statusCode()).isEqualTo(414);
        assertSecurityHeaders(longUri.headers(), "414");
        HttpResponse<String> bigHeaders = send("GET", "/", "X-Padding", "a".repeat(10_000));
        assertThat(bigHeaders.statusCode()).isEqualTo(431);
        assertSecurityHeaders(bigHeaders.headers(), "431");

        String raw = rawExchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNot a header\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).contains("Content-Security-Policy: " + SecurityHeaders.CSP).contains("X-Content-Type-Options: nosniff");
    }

    @Test
    void anUnexpectedIllegalArgumentException_is500_andHidesItself_whileBadInputStays400() throws Exception {
        HttpResponse<String> api = send("GET", "/api/v1/test-bug");
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(json.readTree(api.body()).get("error").asText()).isEqualTo("internal_error");
        assertThat(api.body()).doesNotContain("secret").doesNotContain("IllegalArgument");
        HttpResponse<String> page = send("GET", "/test-bug");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("<html").doesNotContain("secret").doesNotContain("IllegalArgument");

        // Real bad input that a parser refuses with an IllegalArgumentException is still a 400 with its reason.
        HttpResponse<String> cursor = send("GET", "/api/v1/claims?cursor=zzz");
        assertThat(cursor.statusCode()).isEqualTo(400);
        assertThat(json.readTree(cursor.body()).get("message").asText()).contains("cursor");
        assertThat(send("GET", "/api/v1/search?q=*").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/export/claims?format=xlsx").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/export/claims?cursor=zzz").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/claims?cursor=zzz").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/review?cursor=zzz", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void controlCharactersSent_areEscapedInErrorMessages() throws Exception {
        String esc = "%1B%5B2J%0D%0Aforged";
        for (String path : List.of("/api/v1/claims?state=" + esc, "/api/v1/claims?type=" + esc, "/api/v1/nothing/" + esc,
                "/states/" + esc, "/claims?type=" + esc, "/no-page-" + esc)) {
            HttpResponse<String> r = send("GET", path);
            assertThat(r.statusCode()).as(path).isBetween(400, 404);
            String body = r.body();
            assertThat(body.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t').count()).as(path + ": " + body).isZero();
            assertThat(body).as(path).doesNotContain("\u001B").doesNotContain("\r\nforged");
            if (path.startsWith("/api")) {
                assertThat(json.readTree(body).get("message").asText()).as(path).doesNotContain("\u001B").doesNotContain("\r");
            }
        }
        assertThat(json.readTree(send("GET", "/api/v1/claims?state=%1BAB").body()).get("message").asText()).contains("\\u001BAB");
    }

    @Test
    void signedInResponses_areNoStore_andPublicOnesAreNot() throws Exception {
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String form = c.send(HttpRequest.newBuilder(URI.create(url("/signin"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(m.find()).isTrue();
        HttpResponse<String> signedIn = c.send(HttpRequest.newBuilder(URI.create(url("/signin")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.formBody(Map.of("_csrf", m.group(1), "name", "reviewer",
                        "password", "a long password")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(303);
        for (String path : List.of("/review", "/", "/claims", "/api/v1/claims")) {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
        assertThat(send("GET", "/api/v1/claims", "Authorization", "Bearer " + TOKEN).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(send("GET", "/").headers().firstValue("Cache-Control")).isEmpty();
        assertThat(send("GET", "/assets/app.css").headers().firstValue("Cache-Control")).hasValue("max-age=3600");
    }

    private static String rawExchange(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
