package org.treatywatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;

/**
 * Names wherever codes are taken (issue 13, point 7): the web filters, the state pages and the
 * API take a state as the CLI does (code, name, adjective, any case), and an unknown one gets the
 * CLI's "did you mean" message. Real server, real HTTP.
 */
class StateNamesTest {
    static TestServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        String text = "Finland will produce anti-personnel mines. Lithuania will buy anti-personnel mines.";
        Document doc = new Document("test:names", text, "An invented article", java.time.LocalDate.of(2026, 1, 5), null, "Test Wire");
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("test:names", ClaimType.PRODUCTION, "FIN", Modality.PLANNED, null, null, Weapon.AP_MINE,
                null, null, null, null, null, null, Evidence.of(text, 0, 42)));
        claims.add(new Claim("test:names", ClaimType.PROCUREMENT, "LTU", Modality.PLANNED, null, null, Weapon.AP_MINE,
                null, null, null, null, null, null, Evidence.of(text, 43, text.length())));
        server.store().addDocument(doc, claims, "test");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Test
    void theClaimsPageFiltersByNameAdjectiveOrLowerCaseCode() throws Exception {
        for (String name : List.of("Finland", "finnish", "fin", "FIN")) {
            HttpResponse<String> r = get("/claims?state=" + q(name));
            assertThat(r.statusCode()).as(name).isEqualTo(200);
            assertThat(r.body()).as(name).contains("Finland will produce").doesNotContain("Lithuania will buy");
        }
        HttpResponse<String> typo = get("/claims?state=Finlnd");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("Unknown state 'Finlnd' (did you mean Finland?)");
    }

    @Test
    void aStatePageByNameIsTheStatePageByCode() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = noRedirects.send(HttpRequest.newBuilder(URI.create(server.url("/states/finland?on=2026-01-01"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).contains("/states/FIN?on=2026-01-01");
        HttpResponse<String> followed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(server.url("/states/lithuanian"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("<h1 data-state=\"LTU\">Lithuania</h1>");
        HttpResponse<String> typo = get("/states/Lithunia");
        assertThat(typo.statusCode()).isEqualTo(404);
        assertThat(typo.body()).contains("Unknown state 'Lithunia' (did you mean Lithuania?)");
    }

    @Test
    void theApiTakesNamesInEveryStateParameter() throws Exception {
        JsonNode claims = json.readTree(get("/api/v1/claims?state=Finland").body());
        assertThat(claims.get("items")).hasSize(1);
        assertThat(claims.get("items").get(0).get("actor").asText()).isEqualTo("FIN");
        assertThat(get("/api/v1/export/claims?format=csv&state=finnish").body()).contains("FIN").doesNotContain(",LTU,");

        JsonNode status = json.readTree(get("/api/v1/status?on=2026-01-01&states=" + q("Finland,lithuanian,est")).body());
        assertThat(status.get("items").findValuesAsText("state")).contains("FIN", "LTU", "EST");
        assertThat(get("/api/v1/states/finland/timeline").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/claims?treaty=" + q("Ottawa Convention")).statusCode()).isEqualTo(200);

        HttpResponse<String> typo = get("/api/v1/claims?state=Finlnd");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(json.readTree(typo.body()).get("message").asText())
                .isEqualTo("parameter 'state': unknown state 'Finlnd' (did you mean Finland?)");
        HttpResponse<String> ccw = get("/api/v1/status?treaty=CCW");
        assertThat(ccw.statusCode()).isEqualTo(400);
        assertThat(json.readTree(ccw.body()).get("message").asText()).contains("does not follow the Convention on Certain Conventional Weapons");
    }
}
