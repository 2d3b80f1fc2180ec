package org.treatywatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One name per parameter (issue 13, point 1): the date of a map, a state page and a status is
 * {@code on} everywhere ({@code date} its alias), and a parameter a route does not take is a 400
 * that names it, never silently ignored. Real server, real HTTP.
 */
class ParameterNamesTest {
    static TestServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theMapAndTheStatePageShowTheDateGivenAsOn() throws Exception {
        HttpResponse<String> map = get("/?on=2025-12-31&treaty=APMBC");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).contains("<time data-bind=\"date\" datetime=\"2025-12-31\">2025-12-31</time>");
        assertThat(get("/?date=2025-12-31").body()).as("the old name still works").contains("datetime=\"2025-12-31\"");
        assertThat(get("/states/LTU?on=2025-12-31").body()).contains("Status on <time datetime=\"2025-12-31\">");
        JsonNode data = json.readTree(get("/map/data?treaty=APMBC&on=2025-12-31").body());
        assertThat(data.get("date").asText()).isEqualTo("2025-12-31");
    }

    @Test
    void theApiStatusAnswersForTheDateGivenAsOnOrDate() throws Exception {
        assertThat(json.readTree(get("/api/v1/status?on=2026-01-15&states=LTU").body()).get("on").asText()).isEqualTo("2026-01-15");
        assertThat(json.readTree(get("/api/v1/status?date=2026-01-15&states=LTU").body()).get("on").asText()).isEqualTo("2026-01-15");
        assertThat(json.readTree(get("/api/v1/export/status?date=2026-01-15&format=json").body()).toString()).contains("2026-01-15");
    }

    @Test
    void anUnknownParameterIsRefusedWithItsName() throws Exception {
        HttpResponse<String> api = get("/api/v1/status?ob=2026-01-15");
        assertThat(api.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(api.body());
        assertThat(body.get("error").asText()).isEqualTo("bad_request");
        assertThat(body.get("message").asText()).contains("unknown parameter 'ob'").contains("on, states, treaty");

        assertThat(get("/api/v1/claims?stat=LTU").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/claims/1?verbose=1").statusCode()).isEqualTo(400);

        HttpResponse<String> page = get("/?colour=red");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("unknown parameter 'colour'; / takes as_known_on, on, treaty");
        assertThat(get("/claims?sate=LTU").statusCode()).isEqualTo(400);
    }

    @Test
    void twoDifferentDatesAreRefused() throws Exception {
        assertThat(get("/?on=2025-12-31&date=2026-01-01").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/status?on=2025-12-31&date=2026-01-01").statusCode()).isEqualTo(400);
        assertThat(get("/?on=2025-12-31&date=2025-12-31").statusCode()).isEqualTo(200);
    }
}
