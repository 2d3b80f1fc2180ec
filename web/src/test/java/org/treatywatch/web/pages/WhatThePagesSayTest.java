package org.treatywatch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.web.TestServer;

/**
 * What the pages used to leave out (issue 13, point 8): a claim card's quantity, amount, stage and
 * accuser; Ukraine's "suspension" in its state card's summary and the map's tooltip; the date each
 * withdrawal takes effect in the map's list. Real server, real HTTP.
 */
class WhatThePagesSayTest {
    static TestServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        String text = "Russia is laying 10,000 anti-personnel mines, Ukraine said. Poland approved its withdrawal from the treaty."
                + " Finland will spend EUR 1,000,000 on mines.";
        Document doc = new Document("test:details", text, "Details", LocalDate.of(2026, 1, 5), "https://example.org/d", "Test Wire");
        server.store().addDocument(doc, List.of(
                new Claim("test:details", ClaimType.USE, "RUS", Modality.ALLEGED, null, null, Weapon.AP_MINE, null, "UKR",
                        new Quantity(10_000L, null, "mines"), null, null, null, Evidence.of(text, 0, 59)),
                new Claim("test:details", ClaimType.WITHDRAWAL, "POL", Modality.FACT, "APMBC", Stage.APPROVED, null, null, null,
                        null, null, "2025-08", null, Evidence.of(text, 60, 106)),
                new Claim("test:details", ClaimType.PROCUREMENT, "FIN", Modality.PLANNED, null, null, Weapon.AP_MINE, null, null,
                        null, new Amount(1_000_000.0, null, "EUR"), null, null, Evidence.of(text, 107, text.length()))), "test");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    String page(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void claimCardsShowQuantityAmountWhenStageAndWhoAlleged() throws Exception {
        String claims = page("/claims");
        assertThat(claims).contains("Quantity: at least 10,000 mines")
                .contains("Alleged by <a href=\"/states/UKR\">Ukraine</a>")
                .contains("stage: approved")
                .contains("when: 2025-08")
                .contains("Amount: EUR at least 1,000,000");
    }

    @Test
    void ukrainesSuspensionIsInItsSummaryAndInTheMapsTooltip() throws Exception {
        String state = page("/states/UKR?on=2026-01-01");
        assertThat(state).contains("On 2025-07-18 it declared a suspension of the Mine Ban Treaty, which the treaty does not provide for");
        String map = page("/?treaty=APMBC&on=2026-01-01");
        assertThat(map).contains("<title>Ukraine: State Party; declared suspension on 2025-07-18, not provided for by the treaty</title>");
    }

    @Test
    void theMapsWithdrawingListGivesTheDateEachTakesEffect() throws Exception {
        String map = page("/?treaty=APMBC&on=2025-12-31");
        assertThat(map).contains("<a href=\"/states/FIN\">Finland</a> <span class=\"note\">(withdrawal takes effect on 2026-01-10")
                .contains("<a href=\"/states/POL\">Poland</a> <span class=\"note\">(withdrawal takes effect on 2026-02-20");
    }

    @Test
    void ukrainesPageShowsItsCurrentClearanceDeadlineTheDecisionAndTheEarlierOnes() throws Exception {
        String state = page("/states/UKR?on=2026-01-01");
        assertThat(state).contains("<li data-obligation=\"clearance\" data-due=\"2033-12-01\">destroy all anti-personnel mines in mined areas (APMBC Art. 5(1)) by <time datetime=\"2033-12-01\">2033-12-01</time>")
                .contains("<span class=\"decision\" data-decided=\"2023-11-24\">Extended on <time datetime=\"2023-11-24\">2023-11-24</time> to 2033-12-01 by APMBC 21MSP (Geneva, 20-24 Nov 2023) decision on Ukraine's Art. 5 extension request")
                .contains("Earlier: extended on <time datetime=\"2020-11-20\">2020-11-20</time> to 2023-12-01 by APMBC 18MSP")
                .contains("Earlier: extended on <time datetime=\"2018-11-30\">2018-11-30</time> to 2021-06-01 by APMBC 17MSP")
                .contains("The treaty's own deadline: 2016-06-01.")
                // and on the timeline, each decision on its day
                .contains("<li class=\"kind-extension\"><time datetime=\"2023-11-24\">2023-11-24</time>: deadline extended: destroy all anti-personnel mines in mined areas (APMBC Art. 5(1)) to 2033-12-01, by APMBC 21MSP");
        // A deadline no one extended says it is the treaty's.
        String poland = page("/states/POL?on=2025-01-01");
        assertThat(poland).contains("<li data-obligation=\"clearance\" data-due=\"2023-06-01\">")
                .doesNotContain("kind-extension");
    }
}
