package org.treatywatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.Stores;
import org.treatywatch.store.flag.FlagChecks;
import org.treatywatch.web.WebServer;

/**
 * The flags list's filters, the states with open flags (what the map outlines) and an event's
 * reports a page at a time, over real HTTP on a real store (issue 11, point 5). The articles are
 * invented for this test.
 */
abstract class FlagsAndEventPagesApiContract extends HttpContract {
    /** France, a State Party, producing anti-personnel mines: an APMBC Art. 1 flag. */
    static final String FRANCE = "France has produced anti-personnel mines at a state plant near Bourges, the ministry confirmed.";
    /** Norway, a State Party of both, using cluster munitions: a CCM Art. 1 flag. */
    static final String NORWAY = "Norway used cluster munitions in an exercise last week, the army admitted.";

    @BeforeEach
    void start() {
        store = Stores.open(newLocation());
        serve(WebServer.builder(store).discoverExtensions().build().start("127.0.0.1", 0)); // with the pages
    }

    /** A document of one sentence with one claim on all of it, stored as ingest stores it. */
    long report(String id, String text, LocalDate published, String outlet, ClaimType type, String actor, Weapon weapon) {
        Claim c = new Claim(id, type, actor, Modality.FACT, null, null, weapon, null, null, null, null, null, null,
                Evidence.of(text, 0, text.length()));
        return store.addDocument(new Document(id, text, "Report " + id, published, "https://example.org/" + id, outlet), List.of(c),
                "test-1");
    }

    void franceAndNorway() {
        report("fr", FRANCE, LocalDate.of(2026, 3, 2), "Example Wire", ClaimType.PRODUCTION, "FRA", Weapon.AP_MINE);
        report("no", NORWAY, LocalDate.of(2026, 6, 10), "Other Radio", ClaimType.USE, "NOR", Weapon.CLUSTER_MUNITION);
        new FlagChecks(store).run();
    }

    List<String> states(String query) throws Exception {
        HttpResponse<String> r = get("/api/v1/flags" + query);
        assertThat(r.statusCode()).as(query + ": " + r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        body(r).get("items").forEach(f -> out.add(f.get("actor").asText()));
        return out;
    }

    @Test
    void theFlagsList_isFilteredByTreatyDatesKindAndStatus_withTheEvidence() throws Exception {
        franceAndNorway();
        assertThat(states("")).containsExactlyInAnyOrder("FRA", "NOR");
        assertThat(states("?treaty=APMBC")).containsExactly("FRA");
        assertThat(states("?treaty=ccm")).containsExactly("NOR");
        assertThat(states("?from=2026-06-01")).containsExactly("NOR");
        assertThat(states("?to=2026-03-31")).containsExactly("FRA");
        assertThat(states("?from=2026-04-01&to=2026-05-31")).isEmpty();
        assertThat(states("?kind=PROHIBITED_ACT&status=OPEN&state=France")).containsExactly("FRA");
        assertThat(states("?kind=STOCKS_AFTER_DEADLINE")).isEmpty();

        JsonNode fr = body(get("/api/v1/flags?state=FRA")).get("items").get(0);
        assertThat(fr.get("treaty").asText()).isEqualTo("APMBC");
        assertThat(fr.get("article").asText()).startsWith("APMBC Art. 1");
        assertThat(fr.get("evidence").asText()).isEqualTo(FRANCE);
        assertThat(fr.get("engine_answer").asText()).startsWith("PARTY");

        long flag = fr.get("id").asLong();
        store.flags().decide(flag, "ana", org.treatywatch.store.flag.FlagAction.DISMISS, null);
        assertThat(states("?status=DISMISSED")).containsExactly("FRA");
        assertThat(states("?status=open")).containsExactly("NOR");
    }

    @Test
    void badFilterValuesAre400_withAMessageNamingTheParameter() throws Exception {
        String[][] bad = {
                {"?status=MAYBE", "parameter 'status' must be one of OPEN, CONFIRMED, DISMISSED, RESOLVED, got 'MAYBE'"},
                {"?kind=NOPE", "parameter 'kind' must be one of PROHIBITED_ACT"},
                {"?treaty=XYZ", "parameter 'treaty'"},
                {"?from=2026-13-01", "parameter 'from' must be a date as YYYY-MM-DD, got '2026-13-01'"},
                {"?from=2026-05-01&to=2026-04-01", "'to' (2026-04-01) is before 'from' (2026-05-01)"},
                {"?limit=0", "parameter 'limit' must be a whole number from 1 to 200, got '0'"},
                {"?state=Frnace", "parameter 'state'"},
                {"?cursor=bogus", "cursor"},
        };
        for (String[] b : bad) {
            HttpResponse<String> r = get("/api/v1/flags" + b[0]);
            assertThat(r.statusCode()).as(b[0]).isEqualTo(400);
            assertThat(body(r).get("message").asText()).as(b[0]).contains(b[1]);
        }
    }

    @Test
    void flaggedStates_listEachStateWithOpenFlags_andLeaveADismissedOneOut() throws Exception {
        assertThat(body(get("/api/v1/flagged-states")).get("items")).isEmpty();
        franceAndNorway();
        JsonNode items = body(get("/api/v1/flagged-states")).get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("state").asText()).isEqualTo("FRA");
        assertThat(items.get(0).get("name").asText()).isEqualTo("France");
        assertThat(items.get(0).get("open_flags").asInt()).isEqualTo(1);
        assertThat(states(items.get(0).get("flags").asText().substring("/api/v1/flags".length()))).containsExactly("FRA");

        long flag = store.flags().flags("FRA", null, null, null, 10).items().get(0).id();
        store.flags().decide(flag, "ana", org.treatywatch.store.flag.FlagAction.DISMISS, null);
        items = body(get("/api/v1/flagged-states")).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("state").asText()).isEqualTo("NOR");
    }

    @Test
    void anEventsReportsComeAPageAtATime_withANextLink_andItsFiguresWhole() throws Exception {
        int n = 7;
        for (int i = 0; i < n; i++) {
            report("lt" + i, "Lithuania will produce anti-personnel mines, outlet " + i + " reported.",
                    LocalDate.of(2026, 4, 1 + i), "Outlet " + i, ClaimType.PRODUCTION, "LTU", Weapon.AP_MINE);
        }
        long event = body(get("/api/v1/events?state=LTU")).get("items").get(0).get("id").asLong();
        Set<Long> claims = new java.util.LinkedHashSet<>();
        List<String> dates = new ArrayList<>();
        String next = "/api/v1/events/" + event + "?limit=3";
        List<Integer> sizes = new ArrayList<>();
        while (next != null) {
            HttpResponse<String> r = get(next);
            assertThat(r.statusCode()).as(next + ": " + r.body()).isEqualTo(200);
            JsonNode page = body(r);
            assertThat(page.get("reports_total").asInt()).isEqualTo(n);
            assertThat(page.get("event").get("documents").asInt()).as("the figures count every report").isEqualTo(n);
            assertThat(page.get("event").get("first_reported").asText()).isEqualTo("2026-04-01");
            assertThat(page.get("event").get("latest_reported").asText()).isEqualTo("2026-04-07");
            assertThat(page.get("outlets")).hasSize(n);
            sizes.add(page.get("reports").size());
            page.get("reports").forEach(x -> {
                claims.add(x.get("claim_id").asLong());
                dates.add(x.get("reported").asText());
                assertThat(x.get("evidence").asText()).startsWith("Lithuania will produce");
            });
            next = page.get("next").isNull() ? null : page.get("next").asText();
            if (next != null) {
                assertThat(next).contains("limit=3").contains("cursor=");
            }
        }
        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(claims).hasSize(n);
        assertThat(dates).isSorted();
        assertThat(body(get("/api/v1/events/" + event)).get("reports")).hasSize(n);
        assertThat(get("/api/v1/events/" + event + "?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/events/" + event + "?limit=1001").statusCode()).isEqualTo(400);
        HttpResponse<String> cursor = get("/api/v1/events/" + event + "?cursor=not-ours");
        assertThat(cursor.statusCode()).isEqualTo(400);
        assertThat(body(cursor).get("message").asText()).contains("cursor");
    }

    @Test
    void theEventPageShowsItsReports100APage_withANextLink_andItsFiguresFromEveryReport() throws Exception {
        int n = 105;
        for (int i = 0; i < n; i++) {
            report("lv" + i, "Latvia will produce anti-personnel mines, outlet " + i + " reported.",
                    LocalDate.of(2026, 1, 1).plusDays(i), "Outlet " + i, ClaimType.PRODUCTION, "LVA", Weapon.AP_MINE);
        }
        long event = body(get("/api/v1/events?state=LVA")).get("items").get(0).get("id").asLong();
        String first = get("/events/" + event).body();
        assertThat(first).contains("Reports (105)").contains("Reports 1 to 100 of 105, oldest first.")
                .contains("105 documents, 105 outlets), first on 2026-01-01, latest on 2026-04-15")
                .contains("outlet 0 reported").contains("outlet 99 reported").doesNotContain("outlet 100 reported");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"(/events/" + event + "\\?cursor=[^\"]+)\" rel=\"next\"")
                .matcher(first);
        assertThat(next.find()).as("a next link").isTrue();
        String second = get(next.group(1)).body();
        assertThat(second).contains("Reports 101 to 105 of 105").contains("outlet 100 reported").contains("outlet 104 reported")
                .doesNotContain("outlet 99 reported").doesNotContain("rel=\"next\"").contains("First page");
        assertThat(get("/events/" + event + "?cursor=nonsense").statusCode()).isEqualTo(400);
    }
}
