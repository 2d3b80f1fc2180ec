package org.treatywatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.Analyst;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.Page;
import org.treatywatch.store.ReviewAction;
import org.treatywatch.store.ReviewState;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.web.Json;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Stores;
import org.treatywatch.store.testing.Articles;
import org.treatywatch.web.WebServer;

/**
 * The JSON API over real HTTP, on a real store. {@link SqliteApiTest} and {@link PostgresApiTest}
 * run it on both backends.
 */
abstract class ApiContract extends HttpContract {
    static final String TOKEN = "test-token-0123456789abcdef";
    /** An invented article written for this test. */
    static final String ARTICLE = """
            VILNIUS, May 2 - Lithuania will produce anti-personnel mines at a new plant, its defence minister said.
            Finland is weighing whether to produce them as well, an official in Helsinki said.
            Neither country gave figures <script>alert(1)</script> & none were expected.""";


    @BeforeEach
    void start() {
        store = Stores.open(newLocation());
        Analyst ana = store.addAnalyst("ana", "not-a-real-hash");
        store.addApiToken(ana.id(), ContentHash.sha256Hex(TOKEN));
        WebServer server = WebServer.builder(store).extractor(new SentenceRuleExtractor("rules-1"))
                .maxBodyBytes(64 * 1024).build();
        serve(server.start("127.0.0.1", 0));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    long postArticle() throws Exception {
        HttpResponse<String> r = post("/api/v1/documents?title=" + enc("Lithuania to make mines") + "&published=2025-05-02"
                        + "&url=" + enc("https://news.example.org/lithuania-mines") + "&outlet=" + enc("Example News"),
                "text/plain; charset=utf-8", ARTICLE, TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return body(r).get("document_id").asLong();
    }

    @Test
    void postDocument_withoutToken_is401_andStoresNothing() throws Exception {
        HttpResponse<String> r = post("/api/v1/documents", "text/plain", ARTICLE, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(body(r).get("error").asText()).isEqualTo("unauthorized");
        assertThat(body(r).get("message").asText()).contains("Bearer");

        assertThat(post("/api/v1/documents", "text/plain", ARTICLE, "wrong-token").statusCode()).isEqualTo(401);
        assertThat(store.countDocuments()).isZero();
    }

    @Test
    void postedArticle_twice_isOneDocument_andItsClaimsAreListedByStateWithExactEvidence() throws Exception {
        long id = postArticle();
        HttpResponse<String> again = post("/api/v1/documents", "text/plain", ARTICLE, TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("status").asText()).isEqualTo("unchanged");
        assertThat(body(again).get("document_id").asLong()).isEqualTo(id);
        assertThat(store.countDocuments()).isEqualTo(1);

        JsonNode ltu = body(get("/api/v1/claims?state=LTU"));
        assertThat(ltu.get("items")).hasSize(1);
        JsonNode claim = ltu.get("items").get(0);
        assertThat(claim.get("type").asText()).isEqualTo("PRODUCTION");
        assertThat(claim.get("document_id").asLong()).isEqualTo(id);
        assertThat(claim.get("review_state").asText()).isEqualTo("PENDING");
        String evidence = claim.get("evidence").get("text").asText();
        assertThat(evidence).isEqualTo(
                "VILNIUS, May 2 - Lithuania will produce anti-personnel mines at a new plant, its defence minister said.");
        int start = claim.get("evidence").get("start").asInt();
        int end = claim.get("evidence").get("end").asInt();
        assertThat(ARTICLE.substring(start, end)).isEqualTo(evidence);
        // lower-case codes are accepted
        assertThat(body(get("/api/v1/claims?state=ltu")).get("items")).hasSize(1);
    }

    @Test
    void claim_comesWithItsDocumentAndEvidenceInContext() throws Exception {
        long doc = postArticle();
        long claimId = body(get("/api/v1/claims?state=FIN")).get("items").get(0).get("id").asLong();

        JsonNode detail = body(get("/api/v1/claims/" + claimId));
        assertThat(detail.get("document").get("id").asLong()).isEqualTo(doc);
        assertThat(detail.get("document").get("title").asText()).isEqualTo("Lithuania to make mines");
        JsonNode ev = detail.get("evidence");
        assertThat(ev.get("text").asText()).startsWith("Finland is weighing");
        assertThat(ev.get("before").asText()).endsWith("minister said.\n");
        assertThat(ev.get("after").asText()).startsWith("\nNeither country");

        JsonNode document = body(get("/api/v1/documents/" + doc));
        assertThat(document.get("text").asText()).isEqualTo(ARTICLE);
        assertThat(document.get("claims")).hasSize(2);
        assertThat(body(get("/api/v1/documents")).get("items").get(0).get("claims").asInt()).isEqualTo(2);
    }

    @Test
    void postHtml_isReducedToText_andJsonBodyIsAccepted() throws Exception {
        String html = "<html><head><title>Poland plans</title></head><body><p>Poland will produce mines again, "
                + "officials said.</p><p>More later.</p></body></html>";
        HttpResponse<String> r = post("/api/v1/documents?url=" + enc("https://example.org/pl"), "text/html", html, TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode pol = body(get("/api/v1/claims?state=POL")).get("items");
        assertThat(pol).hasSize(1);
        assertThat(pol.get(0).get("evidence").get("text").asText()).doesNotContain("<p>").contains("Poland will produce");

        String jsonBody = json.writeValueAsString(Map.of("text", "Estonia may produce mines, a report said.",
                "title", "Estonian report", "published", "2025-06-01"));
        HttpResponse<String> j = post("/api/v1/documents", "application/json", jsonBody, TOKEN);
        assertThat(j.statusCode()).as(j.body()).isEqualTo(201);
        JsonNode est = body(get("/api/v1/claims?state=EST")).get("items").get(0);
        assertThat(est.get("published").asText()).isEqualTo("2025-06-01");

        assertThat(post("/api/v1/documents", "application/json", "{\"text\": 5}", TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/documents", "application/json", "{nope", TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/documents", "application/pdf", "x", TOKEN).statusCode()).isEqualTo(415);
    }

    @Test
    void binaryBody_isRefusedAsTheCliRefusesIt_andNothingIsStored() throws Exception {
        // The head of an executable: NUL bytes among a little text, as /bin/ls posted as text/plain was.
        byte[] binary = new byte[4000];
        byte[] text = "Lithuania will produce anti-personnel mines, its defence minister said. ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < binary.length; i++) {
            binary[i] = i % 7 == 0 ? 0 : text[i % text.length];
        }
        binary[0] = 0x7f;
        for (String type : List.of("text/plain", "text/html")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
                    .header("Content-Type", type).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(binary)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(type).isEqualTo(400);
            assertThat(body(r).get("message").asText()).as(type).contains("binary");
        }
        String jsonBody = json.writeValueAsString(Map.of("text", new String(binary, StandardCharsets.ISO_8859_1)));
        HttpResponse<String> j = post("/api/v1/documents", "application/json", jsonBody, TOKEN);
        assertThat(j.statusCode()).isEqualTo(400);
        assertThat(body(j).get("message").asText()).contains("binary");
        assertThat(store.countDocuments()).isZero();
    }

    @Test
    void oversizedBody_is413() throws Exception {
        String big = "Lithuania will produce mines. ".repeat(4000); // about 120 KB, over the 64 KiB limit
        // Sent as careful clients send large uploads, with "Expect: 100-continue": the server answers
        // 413 from the headers alone. Without it the server may answer and close while the client is
        // still writing, and the client then reports a broken connection instead of the 413 (a race
        // seen once on a loaded machine).
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + TOKEN)
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(big))
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(body(r).get("error").asText()).isEqualTo("payload_too_large");
        assertThat(store.countDocuments()).isZero();
    }

    @Test
    void badParameters_are400_withMessageNamingTheParameter() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/v1/claims?state=Lithunia", "did you mean Lithuania",
                "/api/v1/claims?type=BOMBING", "type",
                "/api/v1/claims?limit=0", "limit",
                "/api/v1/claims?from=2025-13-01", "from",
                "/api/v1/claims?cursor=zzz", "cursor",
                "/api/v1/claims?from=2025-05-01&to=2025-01-01", "to",
                "/api/v1/search", "q",
                "/api/v1/claims/abc", "id");
        for (var c : cases.entrySet()) {
            HttpResponse<String> r = get(c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            JsonNode b = body(r);
            assertThat(b.get("error").asText()).isEqualTo("bad_request");
            assertThat(b.get("message").asText()).as(c.getKey()).contains(c.getValue());
        }
    }

    @Test
    void unknownIdsAndPaths_are404Json() throws Exception {
        for (String path : List.of("/api/v1/claims/999999", "/api/v1/documents/999999", "/api/v1/nothing-here")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(body(r).get("error").asText()).isEqualTo("not_found");
        }
    }

    @Test
    void claimsList_isSentFromKeptBytes_untilAClaimChanges() throws Exception {
        postArticle();
        HttpResponse<String> first = get("/api/v1/claims?state=LTU");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        HttpResponse<String> unchanged = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/claims?state=LTU"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unchanged.statusCode()).isEqualTo(304);

        long claim = body(first).get("items").get(0).get("id").asLong();
        store.review(claim, "ana", ReviewAction.ACCEPT, null); // as another page of the app would
        HttpResponse<String> after = get("/api/v1/claims?state=LTU");
        assertThat(body(after).get("items").get(0).get("review_state").asText()).isEqualTo("ACCEPTED");
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        HttpResponse<String> conditional = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/claims?state=LTU"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(conditional.statusCode()).as("the old ETag names the old page").isEqualTo(200);
    }

    @Test
    void claims_pageWithStableCursors() throws Exception {
        for (int i = 0; i < 7; i++) {
            assertThat(post("/api/v1/documents", "text/plain", "Estonia will produce mines, report " + i + " says.", TOKEN)
                    .statusCode()).isEqualTo(201);
        }
        List<Long> ids = new ArrayList<>();
        String next = "/api/v1/claims?state=EST&limit=3";
        int pages = 0;
        while (next != null) {
            JsonNode page = body(get(next));
            page.get("items").forEach(c -> ids.add(c.get("id").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(7).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void claimsList_isByteForByteWhatJacksonMakesOfTheClaimViews_onEveryPage() throws Exception {
        postArticle();
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1"); // a quantity, a speaker, quotes, & < >
        store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1"); // non-ASCII, a speaker without a role
        String text = "Poland pledged EUR 1.5 million\tto clear mines, a \"small\" sum \u2028 said Ana \uD83D\uDE00.";
        store.addDocument(new Document("funds", text, "Funds", null, null, null), List.of(new Claim("funds",
                ClaimType.DESTRUCTION, "POL", Modality.FACT, null, null, Weapon.AP_MINE, null, null,
                new Quantity(null, 3L, "fields"), new Amount(1.5e6, 2.25e6, "EUR"), null,
                new Speaker("Ana", "envoy", "POL"), Evidence.of(text, 0, text.length()))), "x1");
        StoredClaim first = store.claims(ClaimQuery.all()).items().get(2);
        store.review(first.id(), "ana", ReviewAction.ACCEPT, null);
        ObjectMapper mapper = Json.mapper();

        for (String query : List.of("limit=2", "state=FIN&limit=1", "limit=500", "review=ACCEPTED")) {
            String path = "/api/v1/claims?" + query;
            String cursor = null;
            int pages = 0;
            do {
                HttpResponse<String> r = get(path);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                JsonNode page = body(r);
                ClaimQuery q = claimQuery(query, cursor);
                Page<StoredClaim> expected = store.claims(q);
                String next = expected.nextCursor() == null ? null
                        : "/api/v1/claims?" + query + "&cursor=" + enc(expected.nextCursor());
                // as WebServer.respond writes any other answer (to bytes: a surrogate pair comes out escaped)
                byte[] views = mapper.writeValueAsBytes(new Views.PageView<>(
                        expected.items().stream().map(Views::claim).toList(), expected.nextCursor(), next));
                assertThat(r.body()).as(path).isEqualTo(new String(views, StandardCharsets.UTF_8));
                HttpResponse<byte[]> gz = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                boolean gzipped = gz.headers().firstValue("Content-Encoding").equals(java.util.Optional.of("gzip"));
                assertThat(gzipped).as(path + " gzipped").isEqualTo(views.length >= 1500);
                assertThat(gzipped ? gunzip(gz.body()) : gz.body()).as(path + " with gzip").isEqualTo(views);
                cursor = expected.nextCursor();
                path = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            } while (path != null);
            assertThat(pages).as(query).isGreaterThan(query.equals("limit=2") ? 3 : 0);
        }
    }

    private static byte[] gunzip(byte[] gz) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** The store query of one of the list requests above. */
    private static ClaimQuery claimQuery(String query, String cursor) {
        ClaimQuery q = ClaimQuery.all().withCursor(cursor);
        for (String p : query.split("&")) {
            String[] kv = p.split("=");
            q = switch (kv[0]) {
                case "limit" -> q.withLimit(Integer.parseInt(kv[1]));
                case "state" -> q.withActor(kv[1]);
                case "review" -> q.withReview(ReviewState.valueOf(kv[1]));
                default -> throw new IllegalArgumentException(p);
            };
        }
        return q;
    }

    @Test
    void review_needsToken_andChangesTheReviewState() throws Exception {
        postArticle();
        long id = body(get("/api/v1/claims?state=LTU")).get("items").get(0).get("id").asLong();
        assertThat(post("/api/v1/claims/" + id + "/review", "application/json", "{\"action\":\"ACCEPT\"}", null)
                .statusCode()).isEqualTo(401);
        HttpResponse<String> r = post("/api/v1/claims/" + id + "/review", "application/json", "{\"action\":\"accept\"}", TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(body(r).get("review_state").asText()).isEqualTo("ACCEPTED");
        assertThat(body(r).get("reviewed_by").asText()).isEqualTo("ana");
        assertThat(body(get("/api/v1/claims?review=ACCEPTED")).get("items")).hasSize(1);
        assertThat(post("/api/v1/claims/" + id + "/review", "application/json", "{\"action\":\"DANCE\"}", TOKEN)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void search_highlightsMatchesAndEscapesTheDocumentsMarkup() throws Exception {
        postArticle();
        JsonNode r = body(get("/api/v1/search?q=" + enc("script alert")));
        assertThat(r.get("documents")).hasSize(1);
        String snippet = r.get("documents").get(0).get("snippet_html").asText();
        assertThat(snippet).contains("&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;")
                .doesNotContain("<script>");
        JsonNode ev = body(get("/api/v1/search?q=" + enc("weighing"))).get("evidence");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).get("snippet_html").asText()).contains("<mark>weighing</mark>");
    }

    @Test
    void status_ofAllStatesAndOfSome_onADate_withTheRule() throws Exception {
        JsonNode all = body(get("/api/v1/status?on=2026-06-01&treaty=APMBC"));
        assertThat(all.get("items").size()).isGreaterThan(190);
        JsonNode some = body(get("/api/v1/status?on=2026-06-01&states=LTU,ukr"));
        assertThat(some.get("treaties")).hasSize(2);
        JsonNode ltuApmbc = some.get("items").get(0);
        assertThat(ltuApmbc.get("state").asText()).isEqualTo("LTU");
        assertThat(ltuApmbc.get("treaty").asText()).isEqualTo("APMBC");
        assertThat(ltuApmbc.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(ltuApmbc.get("since").asText()).isEqualTo("2025-12-27");
        assertThat(ltuApmbc.get("rule").get("citation").asText()).contains("20");
        JsonNode ukr = some.get("items").get(1);
        assertThat(ukr.get("status").asText()).isEqualTo("PARTY");
        assertThat(ukr.get("declarations")).isNotEmpty();
        // Its clearance deadline is the 21MSP's, with the decisions before it.
        JsonNode clearance = ukr.get("deadlines").get(1);
        assertThat(clearance.get("obligation").asText()).isEqualTo("clearance");
        assertThat(clearance.get("due").asText()).isEqualTo("2033-12-01");
        assertThat(clearance.get("computed").asText()).isEqualTo("2016-06-01");
        assertThat(clearance.get("decided").asText()).isEqualTo("2023-11-24");
        assertThat(clearance.get("decision").asText()).startsWith("APMBC 21MSP");
        assertThat(clearance.get("extensions").findValuesAsText("due")).containsExactly("2021-06-01", "2023-12-01", "2033-12-01");
        assertThat(clearance.get("extensions").findValuesAsText("decided")).containsExactly("2018-11-30", "2020-11-20", "2023-11-24");
        assertThat(ltuApmbc.get("deadlines").findValuesAsText("extended")).containsOnly("false");

        assertThat(get("/api/v1/status?states=XXX").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/status?treaty=NPT").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/status?on=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void timeline_listsTheStatesEventsPerTreaty() throws Exception {
        JsonNode t = body(get("/api/v1/states/fin/timeline?treaty=APMBC"));
        assertThat(t.get("state").get("alpha3").asText()).isEqualTo("FIN");
        JsonNode events = t.get("treaties").get(0).get("events");
        assertThat(events.findValuesAsText("event")).contains("instrument_deposited", "withdrawal_received", "withdrawal_took_effect");
        JsonNode ukr = body(get("/api/v1/states/ukr/timeline?treaty=APMBC")).get("treaties").get(0);
        assertThat(ukr.get("events").findValuesAsText("event")).contains("deadline_extended");
        assertThat(ukr.get("deadlines").get(1).get("due").asText()).isEqualTo("2033-12-01");
        assertThat(get("/api/v1/states/ZZZ/timeline").statusCode()).isEqualTo(404);
        assertThat(body(get("/api/v1/treaties")).findValuesAsText("code")).containsExactlyInAnyOrder("APMBC", "CCM");
        assertThat(body(get("/api/v1/states")).size()).isGreaterThan(190);
    }

    @Test
    void exports_giveClaimsAndStatusAsCsvAndJson() throws Exception {
        postArticle();
        HttpResponse<String> csv = get("/api/v1/export/claims?format=csv&state=LTU");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("claim_id,document_id,doc,published,source_title,source_url,source_outlet,type,actor");
        assertThat(lines).hasSize(2);
        // each row is citable: the article's date, title, address and outlet
        assertThat(lines.get(1)).contains(",2025-05-02,Lithuania to make mines,https://news.example.org/lithuania-mines,Example News,");
        assertThat(lines.get(1)).contains(",PRODUCTION,LTU,PLANNED,").contains(
                "\"VILNIUS, May 2 - Lithuania will produce anti-personnel mines at a new plant, its defence minister said.\"");
        JsonNode jsonClaims = body(get("/api/v1/export/claims"));
        assertThat(jsonClaims).hasSize(2);
        assertThat(jsonClaims.get(0).get("evidence_start").isInt()).isTrue();
        assertThat(jsonClaims.get(0).get("source_url").asText()).isEqualTo("https://news.example.org/lithuania-mines");
        JsonNode listed = body(get("/api/v1/claims?state=LTU")).get("items").get(0).get("source");
        assertThat(listed.get("title").asText()).isEqualTo("Lithuania to make mines");
        assertThat(listed.get("url").asText()).isEqualTo("https://news.example.org/lithuania-mines");
        assertThat(listed.get("outlet").asText()).isEqualTo("Example News");
        assertThat(listed.get("published").asText()).isEqualTo("2025-05-02");

        JsonNode status = body(get("/api/v1/export/status?on=2025-03-10&treaty=CCM&format=json"));
        JsonNode ltu = null;
        for (JsonNode row : status) {
            if (row.get("state").asText().equals("LTU")) {
                ltu = row;
            }
        }
        assertThat(ltu).isNotNull();
        assertThat(ltu.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(get("/api/v1/export/status?format=xlsx").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/export/status?format=csv").body()).startsWith("state,state_name,treaty,on,status");
    }

    @Test
    void atomFeed_listsAcceptedClaims_perStateAndType_asWellFormedEscapedAtom() throws Exception {
        postArticle();
        post("/api/v1/documents", "text/plain", "Estonia will produce mines & <more> soon.", TOKEN);
        JsonNode items = body(get("/api/v1/claims")).get("items");
        for (JsonNode c : items) {
            post("/api/v1/claims/" + c.get("id").asLong() + "/review", "application/json", "{\"action\":\"ACCEPT\"}", TOKEN);
        }
        post("/api/v1/documents", "text/plain", "Poland will produce mines, a pending report says.", TOKEN);

        HttpResponse<String> r = get("/api/v1/feed.atom?state=LTU&type=PRODUCTION");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        var root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        var entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        assertThat(r.body()).contains("<id>tag:treatywatch.org,2025:claim/")
                .contains("<title>Lithuania plans to produce anti-personnel mines</title>");
        var entry = (org.w3c.dom.Element) entries.item(0);
        var links = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        List<String> alternates = new ArrayList<>();
        String related = null;
        for (int i = 0; i < links.getLength(); i++) {
            var link = (org.w3c.dom.Element) links.item(i);
            if (link.getAttribute("rel").equals("alternate")) {
                alternates.add(link.getAttribute("type") + " " + link.getAttribute("href"));
            } else if (link.getAttribute("rel").equals("related")) {
                related = link.getAttribute("href");
            }
        }
        assertThat(alternates.get(0)).matches("text/html http://127\\.0\\.0\\.1:\\d+/claims/\\d+");
        assertThat(related).isEqualTo("https://news.example.org/lithuania-mines");
        assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0).getTextContent())
                .contains("\u201cLithuania to make mines\u201d, Example News, 2025-05-02, https://news.example.org/lithuania-mines");

        // accepted claims are in the feed with their evidence escaped; the pending Polish one is not
        HttpResponse<String> all = get("/api/v1/feed.atom");
        assertThat(all.body()).contains("Estonia will produce mines &amp; &lt;more&gt; soon.").doesNotContain("<more>")
                .contains("Finland is weighing").doesNotContain("Poland will produce");
        assertThat(get("/api/v1/feed.atom?type=NOPE").statusCode()).isEqualTo(400);
    }

    @Test
    void events_countCopiesOnce_andOutletsAsSources_andStoriesListTheCopies() throws Exception {
        postArticle(); // Example News
        String copy = "Republished from Example News.\n" + ARTICLE.replace("its defence minister said", "the defence minister said");
        HttpResponse<String> r = post("/api/v1/documents?outlet=" + enc("Copy Paste Daily") + "&published=2025-05-03",
                "text/plain; charset=utf-8", copy, TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String own = "Lithuania will produce anti-personnel mines, a spokesperson confirmed to Other Radio.\n";
        r = post("/api/v1/documents?outlet=" + enc("Other Radio") + "&published=2025-05-09", "text/plain", own, TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

        JsonNode events = body(get("/api/v1/events?state=lithuania&type=PRODUCTION")).get("items");
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("documents").asInt()).isEqualTo(3);
        assertThat(e.get("stories").asInt()).isEqualTo(2);
        assertThat(e.get("sources").asInt()).isEqualTo(2);
        assertThat(e.get("first_reported").asText()).isEqualTo("2025-05-02");
        assertThat(e.get("latest_reported").asText()).isEqualTo("2025-05-09");
        assertThat(e.get("modality").asText()).isEqualTo("PLANNED");

        JsonNode detail = body(get(e.get("link").asText()));
        assertThat(detail.get("reports")).hasSize(3);
        assertThat(detail.get("reports").get(2).get("source").get("outlet").asText()).isEqualTo("Other Radio");
        assertThat(get("/api/v1/events/999999").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/events?state=Lithunia").statusCode()).isEqualTo(400);
        assertThat(body(get("/api/v1/events?state=FIN")).get("items")).hasSize(1);

        JsonNode stories = body(get("/api/v1/stories?copies=true")).get("items");
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).get("size").asInt()).isEqualTo(2);
        assertThat(stories.get(0).get("documents").get(1).get("similarity").asDouble()).isBetween(0.3, 1.0);
        assertThat(body(get("/api/v1/stories")).get("items")).hasSize(2);
        assertThat(get("/api/v1/stories?copies=maybe").statusCode()).isEqualTo(400);

        String csv = get("/api/v1/export/events?format=csv&state=LTU").body();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("event_id,type,actor,treaty,recipient,weapon,first_reported");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .contains(",PRODUCTION,LTU,,,AP_MINE,2025-05-02,2025-05-09,PLANNED,3,3,2,2,Copy Paste Daily; Example News; Other Radio,");
        JsonNode storyRows = body(get("/api/v1/export/stories?copies=true"));
        assertThat(storyRows).hasSize(2);
        assertThat(storyRows.get(1).get("copy_of").asLong()).isEqualTo(storyRows.get(0).get("document_id").asLong());
    }

    /** An analyst's FACT claim that Finland produces mines, while a State Party: an Art. 1 flag once checked. */
    long flagFinland(long doc) {
        String text = store.document(doc).orElseThrow().text();
        int start = text.indexOf("Finland is weighing");
        org.treatywatch.core.claim.Claim c = new org.treatywatch.core.claim.Claim("x", org.treatywatch.core.claim.ClaimType.PRODUCTION,
                "FIN", org.treatywatch.core.claim.Modality.FACT, null, null, org.treatywatch.core.claim.Weapon.AP_MINE, null, null,
                null, null, null, null, org.treatywatch.core.claim.Evidence.of(text, start, text.indexOf('\n', start)));
        store.addAnalystClaim(doc, "ana", c, "the minister said more on radio");
        new org.treatywatch.store.flag.FlagChecks(store).run();
        return store.flags().flags("FIN", null, null, null, 10).items().get(0).id();
    }

    @Test
    void flags_areListedWithTheirEvent_andAnAnalystDismissesOne_withAnAuditTrail() throws Exception {
        long flag = flagFinland(postArticle());
        JsonNode items = body(get("/api/v1/flags?state=FIN&status=OPEN&kind=PROHIBITED_ACT")).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("article").asText()).isEqualTo("APMBC Art. 1");
        assertThat(items.get(0).get("engine_answer").asText()).startsWith("PARTY since");
        JsonNode event = body(get(items.get(0).get("event").asText()));
        assertThat(event.get("flags").get(0).get("id").asLong()).isEqualTo(flag);

        assertThat(post("/api/v1/flags/" + flag + "/review", "application/json", "{\"action\": \"DISMISS\"}", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/flags/" + flag + "/review", "application/json", "{\"action\": \"RAISE\"}", TOKEN).statusCode()).isEqualTo(400);
        HttpResponse<String> r = post("/api/v1/flags/" + flag + "/review", "application/json",
                "{\"action\": \"DISMISS\", \"reason\": \"a hypothetical\"}", TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(body(r).get("status").asText()).isEqualTo("DISMISSED");
        JsonNode detail = body(get("/api/v1/flags/" + flag));
        assertThat(detail.get("audit")).hasSize(2);
        assertThat(detail.get("audit").get(1).get("analyst").asText()).isEqualTo("ana");
        assertThat(detail.get("audit").get(1).get("reason").asText()).isEqualTo("a hypothetical");
        assertThat(body(get("/api/v1/flags?status=OPEN")).get("items")).isEmpty();
        assertThat(post("/api/v1/flags/999999/review", "application/json", "{\"action\": \"DISMISS\"}", TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void openApiDocument_describesEveryRoute_andEveryDocumentedGetPathAnswers() throws Exception {
        long doc = postArticle();
        long claim = body(get("/api/v1/claims?state=LTU")).get("items").get(0).get("id").asLong();
        long flag = flagFinland(doc);
        org.treatywatch.store.reference.StoredReferenceData.sync(store);
        long change = org.treatywatch.store.reference.RecordChanges.propose(store, new org.treatywatch.core.notice.Notice(
                "C.N.1.2026.TREATIES-XXVI.6", java.time.LocalDate.of(2026, 1, 5), "CCM", "USA",
                org.treatywatch.core.notice.NoticeAction.ACCESSION, java.time.LocalDate.of(2026, 1, 5), null, "", "test"),
                "ana", java.time.Instant.now()).change().id();
        HttpResponse<String> r = get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode spec = body(r);
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        org.treatywatch.store.alerts.NewSubscription feed = store.alerts().subscribe(store.analyst("ana").orElseThrow().id(),
                "everything", org.treatywatch.store.alerts.SubscriptionFilter.ANYTHING, null, java.time.Instant.now());
        int checked = 0;
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            String id = p.getKey().contains("documents") ? "" + doc
                    : p.getKey().contains("events") ? "" + store.events().eventOfClaim(claim).orElseThrow()
                    : p.getKey().contains("stories") ? "" + store.events().storyOfDocument(doc).orElseThrow()
                    : p.getKey().contains("flags") ? "" + flag
                    : p.getKey().contains("record") ? "" + change : "" + claim;
            String path = p.getKey().startsWith("/api/v1/feeds/")
                    ? p.getKey().replace("{id}", "" + feed.subscription().id()).replace("{key}", feed.feedKey())
                    : p.getKey().replace("{id}", id).replace("{code}", "LTU");
            if (p.getValue().has("get")) {
                String query = p.getKey().equals("/api/v1/search") ? "?q=mines" : "";
                HttpResponse<String> answer = get(path + query);
                assertThat(answer.statusCode()).as("GET " + path).isEqualTo(200);
                // what the document does not list is refused, never silently ignored
                HttpResponse<String> unlisted = get(path + (query.isEmpty() ? "?" : query + "&") + "colour=red");
                assertThat(unlisted.statusCode()).as("GET " + path + " with an unlisted parameter").isEqualTo(400);
                assertThat(body(unlisted).get("message").asText()).contains("unknown parameter 'colour'");
                checked++;
            }
            if (p.getValue().has("post")) {
                HttpResponse<String> anonymous = post(path, "application/json", "{}", null);
                assertThat(anonymous.statusCode()).as("POST " + path + " without a token").isEqualTo(401);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(32);
    }
}
