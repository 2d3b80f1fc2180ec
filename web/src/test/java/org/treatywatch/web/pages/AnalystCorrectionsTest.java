package org.treatywatch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Origin;
import org.treatywatch.store.ReviewAction;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.web.TestServer;

/**
 * Analysts can correct everything (issue 13, point 6), through the pages and the API alike: an
 * invalid edit is refused and stores nothing, every codebook field can be set, a claim the
 * extractor missed can be added, a review carries its reason, the audit trail says what changed,
 * re-accepting changes nothing, and the queue filters and names its claims. Real server, HTTP.
 */
class AnalystCorrectionsTest {
    static final String TOKEN = "corrections-token-0123456789";
    static final String TEXT = "Finland will produce anti-personnel mines, its minister said. Lithuania plans to buy mines too."
            + " Russia laid 5,000 mines near the border, Ukraine said.";

    TestServer server;
    long docId;
    long finClaim;
    long ltuClaim;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        server.addAnalyst("ana", "a long password");
        server.store().addApiToken(server.store().analyst("ana").orElseThrow().id(), ContentHash.sha256Hex(TOKEN));
        Document doc = new Document("test:corrections", TEXT, "Corrections", LocalDate.of(2026, 1, 5), null, "Test Wire");
        docId = server.store().addDocument(doc, List.of(
                new Claim("test:corrections", ClaimType.PRODUCTION, "FIN", Modality.PLANNED, null, null, Weapon.AP_MINE, null, null,
                        null, null, null, null, Evidence.of(TEXT, 0, 60)),
                new Claim("test:corrections", ClaimType.PROCUREMENT, "LTU", Modality.PLANNED, null, null, Weapon.AP_MINE, null, null,
                        null, null, null, null, Evidence.of(TEXT, 61, 95))), "test");
        List<StoredClaim> claims = server.store().claims(ClaimQuery.all().withDocument(docId)).items();
        finClaim = claims.stream().filter(c -> c.claim().actor().equals("FIN")).findFirst().orElseThrow().id();
        ltuClaim = claims.stream().filter(c -> c.claim().actor().equals("LTU")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        return post(path, "application/x-www-form-urlencoded", TestServer.formBody(fields));
    }

    @Test
    void anInvalidEditIsRefused_andStoresNothing() throws Exception {
        HttpResponse<String> api = post("/api/v1/claims/" + finClaim + "/review", "application/json", "{\"action\": \"EDIT\", \"actor\": \"XYZ\"}");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json.readTree(api.body()).get("message").asText()).startsWith("'actor': unknown state 'XYZ'");
        HttpResponse<String> stage = post("/api/v1/claims/" + finClaim + "/review", "application/json",
                "{\"action\": \"EDIT\", \"type\": \"WITHDRAWAL\", \"treaty\": \"APMBC\", \"modality\": \"NEGATED\", \"stage\": \"NOTIFIED\"}");
        assertThat(stage.statusCode()).isEqualTo(400);
        assertThat(json.readTree(stage.body()).get("message").asText()).contains("'stage' is only for a WITHDRAWAL or ACCESSION that is not NEGATED or ALLEGED");

        HttpResponse<String> page = form("/claims/" + finClaim + "/review", Map.of("action", "edit", "type", "PRODUCTION",
                "actor", "XYZ", "modality", "PLANNED", "weapon", "AP_MINE"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The edit was not saved: 'actor': unknown state 'XYZ'");

        StoredClaim after = server.store().claim(finClaim).orElseThrow();
        assertThat(after.claim().actor()).isEqualTo("FIN");
        assertThat(server.store().audit(finClaim)).isEmpty();
    }

    @Test
    void anEditSetsEveryCodebookField_withAReason_andTheAuditTrailShowsTheDiff() throws Exception {
        HttpResponse<String> r = post("/api/v1/claims/" + finClaim + "/review", "application/json", """
                {"action": "EDIT", "type": "USE", "actor": "Russia", "modality": "ALLEGED", "alleged_by": "ukrainian",
                 "quantity_min": 5000, "quantity_unit": "mines", "amount_min": 1000000, "amount_currency": "eur",
                 "when": "2025-11", "speaker_name": "Olena K.", "speaker_role": "spokeswoman", "speaker_actor": "UKR",
                 "reason": "the sentence is about Russia"}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Claim c = server.store().claim(finClaim).orElseThrow().claim();
        assertThat(c.type()).isEqualTo(ClaimType.USE);
        assertThat(c.actor()).isEqualTo("RUS");
        assertThat(c.allegedBy()).isEqualTo("UKR");
        assertThat(c.quantity().min()).isEqualTo(5000L);
        assertThat(c.amount().currency()).isEqualTo("EUR");
        assertThat(c.when()).isEqualTo("2025-11");
        assertThat(c.speaker().role()).isEqualTo("spokeswoman");

        // a stage on a treaty claim, through the page's form
        HttpResponse<String> page = form("/claims/" + ltuClaim + "/review", Map.of("action", "edit", "type", "WITHDRAWAL",
                "actor", "Lithuania", "modality", "FACT", "treaty", "Ottawa Convention", "stage", "APPROVED", "reason", "it is a withdrawal"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(303);
        Claim ltu = server.store().claim(ltuClaim).orElseThrow().claim();
        assertThat(ltu.treaty()).isEqualTo("APMBC");
        assertThat(ltu.stage()).hasToString("APPROVED");

        String claimPage = get("/claims/" + finClaim).body();
        assertThat(claimPage).contains("the sentence is about Russia")
                .contains("<code>actor: FIN \u2192 RUS</code>")
                .contains("<code>modality: PLANNED \u2192 ALLEGED</code>")
                .contains("<code>alleged_by: none \u2192 UKR</code>")
                .doesNotContain("{&#34;doc&#34;");
    }

    @Test
    void reAcceptingChangesNothing() throws Exception {
        assertThat(post("/api/v1/claims/" + finClaim + "/review", "application/json", "{\"action\": \"ACCEPT\", \"reason\": \"checked\"}").statusCode()).isEqualTo(200);
        StoredClaim first = server.store().claim(finClaim).orElseThrow();
        assertThat(form("/claims/" + finClaim + "/review", Map.of("action", "accept")).statusCode()).isEqualTo(303);
        server.store().review(finClaim, "ben", ReviewAction.ACCEPT, null);
        assertThat(server.store().audit(finClaim)).singleElement().satisfies(a -> {
            assertThat(a.analyst()).isEqualTo("ana");
            assertThat(a.reason()).isEqualTo("checked");
        });
        assertThat(server.store().claim(finClaim).orElseThrow()).isEqualTo(first);
    }

    @Test
    void anAnalystAddsAClaimTheExtractorMissed_onTheDocumentPageAndThroughTheApi() throws Exception {
        int start = TEXT.indexOf("Russia");
        HttpResponse<String> api = post("/api/v1/documents/" + docId + "/claims", "application/json",
                "{\"type\": \"USE\", \"actor\": \"RUS\", \"modality\": \"ALLEGED\", \"alleged_by\": \"UKR\", \"evidence_start\": " + start
                        + ", \"evidence_end\": " + TEXT.length() + ", \"reason\": \"missed by the extractor\"}");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(201);
        JsonNode added = json.readTree(api.body());
        assertThat(added.get("origin").asText()).isEqualTo("ANALYST");
        assertThat(added.get("evidence").get("text").asText()).isEqualTo(TEXT.substring(start));

        assertThat(get("/documents/" + docId).body()).contains("Add a claim the extractor missed");
        HttpResponse<String> page = form("/documents/" + docId + "/claims", Map.of("type", "PROCUREMENT", "actor", "lithuanian",
                "modality", "PLANNED", "weapon", "AP_MINE", "evidence_start", "61", "evidence_end", "95", "when", "2026"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(303);
        long id = Long.parseLong(page.headers().firstValue("Location").orElseThrow().replace("/claims/", ""));
        StoredClaim stored = server.store().claim(id).orElseThrow();
        assertThat(stored.origin()).isEqualTo(Origin.ANALYST);
        assertThat(stored.claim().when()).isEqualTo("2026");

        HttpResponse<String> bad = form("/documents/" + docId + "/claims", Map.of("type", "USE", "actor", "RUS", "modality", "FACT",
                "evidence_start", "50", "evidence_end", "10"));
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void theQueueFiltersByStateTypeAndDocument_showsContext_andNamesEachButtonsClaim() throws Exception {
        String all = get("/review").body();
        assertThat(all).contains("Finland will produce").contains("Lithuania plans to buy");
        String fin = get("/review?state=Finland&type=PRODUCTION&document=" + docId).body();
        assertThat(fin).contains("Finland will produce").doesNotContain("Lithuania plans to buy mines too.</mark>");
        assertThat(fin).contains("<mark>Finland will produce anti-personnel mines, its minister said</mark>. Lithuania plans to buy");
        assertThat(fin).contains("aria-label=\"Accept claim " + finClaim + ": Finland plans to produce anti-personnel mines\"")
                .contains("aria-label=\"Reject claim " + finClaim + ": Finland plans to produce anti-personnel mines\"");
        assertThat(get("/review?document=" + (docId + 100)).body()).contains("Nothing left to review");
        assertThat(get("/review?state=Finlnd").statusCode()).isEqualTo(400);
    }
}
