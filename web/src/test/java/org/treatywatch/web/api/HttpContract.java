package org.treatywatch.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.treatywatch.store.Store;

/**
 * What the API contracts share: a store and the server over it (each contract opens them in its own
 * {@code @BeforeEach}), stopped after each test, and plain HTTP requests to it.
 */
abstract class HttpContract {
    Store store;
    Javalin app;
    String base;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** Where the test's store lives: an SQLite file or a PostgreSQL URL. */
    abstract String newLocation();

    /** Starts the app on a free port of 127.0.0.1 and remembers its base URL. */
    void serve(Javalin started) {
        app = started;
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with the body as the content type, and a bearer token unless it is null. */
    HttpResponse<String> post(String path, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode body(HttpResponse<String> r) throws Exception {
        return json.readTree(r.body());
    }
}
