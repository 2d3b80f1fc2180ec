package org.treatywatch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.alerts.Subscription;
import org.treatywatch.web.TestServer;
import org.treatywatch.web.alerts.WebhookTargets;

/** The subscriptions page (issue 11, point 4) over real HTTP: make, list, renew a feed's key, delete; input escaped and checked. */
class SubscriptionsPageTest {
    static final String TOKEN = "subscriptions-token-0123456789";
    static final String OTHER = "other-analyst-token-0123456789";
    static final Pattern FEED = Pattern.compile("<code id=\"feed-url\">([^<]+)</code>");

    TestServer server;
    long ana;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        start(WebhookTargets.PUBLIC_ONLY);
    }

    void start(WebhookTargets targets) throws Exception {
        server = TestServer.start(targets);
        server.addAnalyst("ana", "a long password");
        server.addAnalyst("bob", "another long password");
        ana = server.store().analyst("ana").orElseThrow().id();
        server.store().addApiToken(ana, ContentHash.sha256Hex(TOKEN));
        server.store().addApiToken(server.store().analyst("bob").orElseThrow().id(), ContentHash.sha256Hex(OTHER));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> form(String path, String body, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String feedUrl(String page) {
        Matcher m = FEED.matcher(page);
        assertThat(m.find()).as("the page shows the feed's address").isTrue();
        return m.group(1);
    }

    @Test
    void theSubscriptionsPageIsForAnalysts() throws Exception {
        assertThat(get(server.url("/subscriptions"), null).statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(server.url("/subscriptions")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(server.store().alerts().subscriptions(ana)).isEmpty();
    }

    @Test
    void aSubscriptionIsMade_itsFeedShownOnce_andEverythingQuotedIsEscaped() throws Exception {
        server.close();
        start(WebhookTargets.ALLOW_PRIVATE); // the webhook below is on this machine
        HttpResponse<String> made = form("/subscriptions", "name=" + enc("<script>alert(1)</script> Baltic")
                + "&states=" + enc("Lithuania, fin") + "&type=PRODUCTION&type=TRANSFER&flag=PROHIBITED_ACT"
                + "&webhook=" + enc("http://127.0.0.1:9/hook?a=1&b=2"), TOKEN);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        assertThat(made.body()).doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Baltic")
                .contains("FIN, LTU").contains("PRODUCTION, TRANSFER").contains("PROHIBITED_ACT")
                .contains("id=\"webhook-secret\"").contains("hook?a=1&amp;b=2");
        Subscription s = server.store().alerts().subscriptions(ana).get(0);
        assertThat(s.filter().states()).containsExactlyInAnyOrder("LTU", "FIN");
        assertThat(s.filter().types()).containsExactlyInAnyOrder(ClaimType.PRODUCTION, ClaimType.TRANSFER);
        String feed = feedUrl(made.body());
        assertThat(get(feed, null).statusCode()).isEqualTo(200);

        HttpResponse<String> listed = get(server.url("/subscriptions"), TOKEN);
        assertThat(listed.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; Baltic").doesNotContain("feed-url")
                .doesNotContain("webhook-secret");
    }

    @Test
    void badInputIsRefusedWithItsReason_andStoresNothing() throws Exception {
        HttpResponse<String> ftp = form("/subscriptions", "name=x&webhook=" + enc("ftp://example.org/x"), TOKEN);
        assertThat(ftp.statusCode()).isEqualTo(400);
        assertThat(ftp.body()).contains("must start with http:// or https://");
        HttpResponse<String> state = form("/subscriptions", "name=x&states=Lithunia", TOKEN);
        assertThat(state.statusCode()).isEqualTo(400);
        assertThat(state.body()).contains("did you mean Lithuania?");
        HttpResponse<String> kind = form("/subscriptions", "name=x&flag=NOPE", TOKEN);
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(form("/subscriptions", "name=", TOKEN).statusCode()).isEqualTo(400);
        assertThat(server.store().alerts().subscriptions(ana)).isEmpty();
    }

    @Test
    void aWebhookToAnAddressThatIsNotPublicIsRefused_unlessTheDeploymentAllowsIt() throws Exception {
        String[][] refused = {
                {"http://127.0.0.1:9/hook", "is 127.0.0.1, a loopback address"},
                {"http://localhost/hook", "a loopback address"},
                {"https://10.1.2.3/hook", "is 10.1.2.3, a private address"},
                {"http://192.168.0.10/hook", "a private address"},
                {"http://169.254.169.254/latest/meta-data/", "the cloud metadata address"},
                {"http://169.254.10.1/hook", "a link-local address"},
                {"http://[fd00:ec2::254]/hook", "a unique-local IPv6 address"},
                {"http://[::1]/hook", "a loopback address"},
                {"http://224.0.0.1/hook", "a multicast address"},
                {"http://0.0.0.0/hook", "an unspecified address"},
        };
        for (String[] r : refused) {
            HttpResponse<String> answer = form("/subscriptions", "name=x&webhook=" + enc(r[0]), TOKEN);
            assertThat(answer.statusCode()).as(r[0]).isEqualTo(400);
            assertThat(answer.body()).as(r[0]).contains(r[1]).contains("webhooks go to public addresses only");
        }
        assertThat(server.store().alerts().subscriptions(ana)).isEmpty();

        server.close();
        start(WebhookTargets.ALLOW_PRIVATE);
        HttpResponse<String> allowed = form("/subscriptions", "name=x&webhook=" + enc("http://10.1.2.3/hook"), TOKEN);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(server.store().alerts().subscriptions(ana)).hasSize(1);
    }

    @Test
    void aNewFeedAddressRetiresTheOld_andOnlyItsAnalystDeletesIt() throws Exception {
        String first = feedUrl(form("/subscriptions", "name=all", TOKEN).body());
        long id = server.store().alerts().subscriptions(ana).get(0).id();
        assertThat(form("/subscriptions/" + id + "/key", "", OTHER).statusCode()).isEqualTo(404);
        HttpResponse<String> renewed = form("/subscriptions/" + id + "/key", "", TOKEN);
        String second = feedUrl(renewed.body());
        assertThat(second).isNotEqualTo(first);
        assertThat(get(first, null).statusCode()).isEqualTo(404);
        assertThat(get(second, null).statusCode()).isEqualTo(200);

        assertThat(form("/subscriptions/" + id + "/delete", "", OTHER).statusCode()).isEqualTo(404);
        assertThat(form("/subscriptions/" + id + "/delete", "", TOKEN).body()).contains("Subscription #" + id + " deleted.");
        assertThat(get(second, null).statusCode()).isEqualTo(404);
        assertThat(server.store().alerts().subscriptions(ana)).isEmpty();
    }
}
