package org.treatywatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.notice.NoticeAction;
import org.treatywatch.store.Analyst;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Stores;
import org.treatywatch.store.reference.RecordChanges;
import org.treatywatch.web.WebServer;

/**
 * The record's API over real HTTP on a real store (issue 12): a proposed change confirmed by an
 * analyst changes the status answers at once; {@code as_known_on} answers from the record as it
 * stood on a day; the feed announces the change; the history is exported. {@link SqliteRecordApiTest}
 * and {@link PostgresRecordApiTest} run it on both databases.
 */
abstract class RecordApiContract extends HttpContract {
    static final String TOKEN = "record-token-0123456789abcdef";
    /** An invented notice, for the test: Austria has deposited no instrument of withdrawal. */
    static final Notice AUSTRIA_LEAVES = new Notice("C.N.17.2026.TREATIES-XXVI.5", LocalDate.of(2026, 1, 7), "APMBC", "AUT",
            NoticeAction.WITHDRAWAL, LocalDate.of(2026, 1, 5), null, "", "aut.txt");


    @BeforeEach
    void start() {
        store = Stores.open(newLocation());
        Analyst ana = store.addAnalyst("ana", "not-a-real-hash");
        store.addApiToken(ana.id(), ContentHash.sha256Hex(TOKEN));
        serve(WebServer.builder(store).build().start("127.0.0.1", 0));
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        return post(path, "application/json", body, token);
    }

    String austria(String query) throws Exception {
        JsonNode items = json.readTree(get("/api/v1/status?treaty=APMBC&states=AUT&on=2026-03-01" + query).body()).get("items");
        return items.get(0).get("status").asText();
    }

    @Test
    void aConfirmedNotice_changesTheAnswersAtOnce_andTheRecordAsKnownBeforeStaysAsItWas() throws Exception {
        assertThat(austria("")).isEqualTo("PARTY");
        Instant before = Instant.now();
        long id = RecordChanges.propose(store, AUSTRIA_LEAVES, "ana", before).change().id();
        JsonNode proposed = json.readTree(get("/api/v1/record/changes").body()).get("items").get(0);
        assertThat(proposed.get("summary").asText()).isEqualTo("Austria: PARTY -> WITHDRAWING from 2026-01-05, WITHDRAWN on 2026-07-05");
        assertThat(proposed.get("after").get("withdrawal_deposited").asText()).isEqualTo("2026-01-05");
        assertThat(austria("")).as("proposing changes nothing").isEqualTo("PARTY");

        assertThat(post("/api/v1/record/changes/" + id + "/confirm", "{}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> done = post("/api/v1/record/changes/" + id + "/confirm", "{\"reason\": \"checked on the UNTC\"}", TOKEN);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(json.readTree(done.body()).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(austria("")).as("no restart needed").isEqualTo("WITHDRAWING");

        String yesterday = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        JsonNode known = json.readTree(get("/api/v1/status?treaty=APMBC&states=AUT&on=2026-03-01&as_known_on=" + yesterday).body());
        assertThat(known.get("as_known_on").asText()).isEqualTo(yesterday);
        assertThat(known.get("items").get(0).get("status").asText()).isEqualTo("PARTY");
        assertThat(get("/api/v1/states/AUT/timeline?treaty=APMBC&as_known_on=" + yesterday).body()).doesNotContain("2026-01-05");
        assertThat(get("/api/v1/states/AUT/timeline?treaty=APMBC").body()).contains("2026-01-05");
        assertThat(get("/api/v1/export/status?treaty=APMBC&on=2026-03-01&format=csv&as_known_on=" + yesterday).body())
                .contains("AUT,Austria,APMBC,2026-03-01,PARTY");

        HttpResponse<String> again = post("/api/v1/record/changes/" + id + "/confirm", "", TOKEN);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("message").asText()).contains("already confirmed by ana");
        JsonNode audit = json.readTree(get("/api/v1/record/changes/" + id).body()).get("audit");
        assertThat(audit.get(1).get("action").asText()).isEqualTo("ACCEPT");
        assertThat(audit.get(1).get("reason").asText()).isEqualTo("checked on the UNTC");

        assertThat(get("/api/v1/feed.atom").body()).contains("Record: Austria: PARTY -&gt; WITHDRAWING from 2026-01-05")
                .contains("C.N.17.2026.TREATIES-XXVI.5");
        assertThat(get("/api/v1/feed.atom?state=FIN").body()).doesNotContain("Austria");
        JsonNode history = json.readTree(get("/api/v1/export/record").body());
        assertThat(history.findValuesAsText("recorded_from")).contains(AUSTRIA_LEAVES.reference(), "apmbc-participants.csv");
        assertThat(get("/api/v1/export/record?format=csv").body())
                .startsWith("record,key,recorded_at,recorded_by,recorded_from,removed,treaty,state,");
    }

    @Test
    void theClaimsList_asKnownOnADay_hasOnlyTheClaimsStoredByThen() throws Exception {
        store.addDocument(org.treatywatch.store.testing.Articles.baltic(), org.treatywatch.store.testing.Articles.balticClaims(), "x1");
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        int now = json.readTree(get("/api/v1/claims").body()).get("items").size();
        assertThat(now).isPositive();
        assertThat(json.readTree(get("/api/v1/claims?as_known_on=" + today).body()).get("items")).hasSize(now);
        assertThat(json.readTree(get("/api/v1/claims?as_known_on=" + yesterday).body()).get("items")).isEmpty();
    }

    @Test
    void theStatePagesLists_followItsAsKnownOnControl() throws Exception {
        app.stop();
        serve(WebServer.builder(store).discoverExtensions().build().start("127.0.0.1", 0)); // with the pages
        store.addDocument(org.treatywatch.store.testing.Articles.baltic(), org.treatywatch.store.testing.Articles.balticClaims(), "x1");
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        assertThat(get("/states/EST").body()).contains("data-claim-type=\"WITHDRAWAL\"").contains("data-claim-type=\"PROCUREMENT\"");
        assertThat(get("/states/EST?as_known_on=" + today).body()).contains("data-claim-type=\"WITHDRAWAL\"")
                .contains("href=\"/claims?state=EST&amp;as_known_on=" + today + "\"");
        String before = get("/states/EST?as_known_on=" + yesterday).body();
        assertThat(before).as("the claims were stored today").contains("No reports about Estonia yet.")
                .doesNotContain("data-event=");
    }

    @Test
    void badAsKnownOn_isA400_thatSaysWhy() throws Exception {
        HttpResponse<String> r = get("/api/v1/status?as_known_on=last-week");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("message").asText()).contains("'as_known_on' must be a date as YYYY-MM-DD");
        assertThat(get("/api/v1/documents?as_known_on=2026-01-01").statusCode()).as("routes that do not list it refuse it")
                .isEqualTo(400);
    }
}
