package org.treatywatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.store.Stores;
import org.treatywatch.store.alerts.Alerts;
import org.treatywatch.store.alerts.ChangeKind;
import org.treatywatch.store.alerts.NewSubscription;
import org.treatywatch.store.alerts.SubscriptionFilter;
import org.treatywatch.store.testing.Articles;
import org.treatywatch.web.WebServer;

/**
 * {@code GET /api/v1/changes} and the subscriptions' secret Atom feeds over real HTTP, on both
 * backends ({@link SqliteAlertsApiTest}, {@link PostgresAlertsApiTest}).
 */
abstract class AlertsApiContract extends HttpContract {
    Alerts alerts;
    long analyst;

    @BeforeEach
    void start() {
        store = Stores.open(newLocation());
        alerts = store.alerts();
        analyst = store.addAnalyst("ana", "not-a-real-hash").id();
        serve(WebServer.builder(store).build().start("127.0.0.1", 0));
    }

    @Test
    void changesSince_listsNewClaimsInOrder_filteredAndPaged() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        alerts.append(ChangeKind.FLAG, "EST", ClaimType.WITHDRAWAL, FindingKind.STATUS_CONTRADICTS_RECORD, 1, "a flag",
                Instant.now());
        JsonNode all = json.readTree(get("/api/v1/changes?since=" + before).body());
        int claims = Articles.balticClaims().size();
        assertThat(all.get("items")).hasSize(claims + 1);
        assertThat(all.get("items").get(0).get("kind").asText()).isEqualTo("CLAIM");
        assertThat(all.get("items").get(claims).get("flag_kind").asText()).isEqualTo("STATUS_CONTRADICTS_RECORD");
        long est = Articles.balticClaims().stream().filter(c -> c.actor().equals("EST")).count();
        assertThat(json.readTree(get("/api/v1/changes?state=Estonia&since=" + before).body()).get("items"))
                .hasSize((int) est + 1);
        assertThat(json.readTree(get("/api/v1/changes?flag=STATUS_CONTRADICTS_RECORD&since=" + before).body())
                .get("items")).hasSize(1);
        JsonNode page = json.readTree(get("/api/v1/changes?limit=1&since=" + before).body());
        assertThat(page.get("items")).hasSize(1);
        JsonNode rest = json.readTree(get(page.get("next").asText()).body());
        assertThat(rest.get("items").get(0).get("id").asLong()).isGreaterThan(page.get("items").get(0).get("id").asLong());
        // Without since: the last day, which holds them all.
        assertThat(json.readTree(get("/api/v1/changes").body()).get("items")).hasSize(claims + 1);
        assertThat(json.readTree(get("/api/v1/changes?since=2999-01-01").body()).get("items")).isEmpty();
    }

    @Test
    void changes_badInputIs400WithItsReason() throws Exception {
        HttpResponse<String> r = get("/api/v1/changes?since=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("message").asText()).contains("'since'");
        assertThat(get("/api/v1/changes?flag=NOPE").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/changes?limit=5000").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/changes?cursor=forged").statusCode()).isEqualTo(400);
    }

    @Test
    void aFeedAnswersOnlyAtItsSecretAddress_escapingWhatItQuotes() throws Exception {
        NewSubscription s = alerts.subscribe(analyst, "Estonia <b>watch</b>", new SubscriptionFilter(Set.of("EST"), Set.of(),
                Set.of()), null, Instant.now());
        alerts.append(ChangeKind.CLAIM, "EST", ClaimType.WITHDRAWAL, null, 7, "Estonia <script>alert(1)</script> & co",
                Instant.now());
        alerts.append(ChangeKind.CLAIM, "FIN", ClaimType.WITHDRAWAL, null, 8, "Finland leaves", Instant.now());
        String path = "/api/v1/feeds/" + s.subscription().id() + "/" + s.feedKey();
        HttpResponse<String> feed = get(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(feed.body()).contains("Estonia &lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
                .contains("Estonia &lt;b&gt;watch&lt;/b&gt;").contains("/claims/7")
                .doesNotContain("<script>").doesNotContain("Finland leaves");
        assertThat(get(path + "x").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/feeds/" + s.subscription().id() + "/").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/feeds/" + (s.subscription().id() + 1) + "/" + s.feedKey()).statusCode()).isEqualTo(404);
        assertThat(get(path + "?colour=red").statusCode()).isEqualTo(400);
    }
}
