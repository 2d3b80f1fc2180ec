package org.treatywatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.flag.FlagChecks;
import org.treatywatch.web.TestServer;

/**
 * The flags page and the map's marks of states with open flags, in headless Chromium over the real
 * server (issue 11, point 5). The reports are invented for this test.
 */
class FlagsBrowserTest {
    static final String FRANCE = "France has produced anti-personnel mines at a state plant near Bourges, the ministry confirmed.";
    static final String NORWAY = "Norway used cluster munitions <i>in an exercise</i> & more, the army admitted.";

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        server = TestServer.start();
        report("fr", FRANCE, LocalDate.of(2026, 3, 2), ClaimType.PRODUCTION, "FRA", Weapon.AP_MINE);
        report("no", NORWAY, LocalDate.of(2026, 6, 10), ClaimType.USE, "NOR", Weapon.CLUSTER_MUNITION);
        server.addAnalyst("analyst", "flags with care");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** A document of one sentence with one FACT claim on all of it, then the checks. */
    static void report(String id, String text, LocalDate published, ClaimType type, String actor, Weapon weapon) {
        Claim c = new Claim(id, type, actor, Modality.FACT, null, null, weapon, null, null, null, null, null, null,
                Evidence.of(text, 0, text.length()));
        server.store().addDocument(new Document(id, text, "Report " + id, published, "https://example.org/" + id, "Example Wire"),
                List.of(c), "test-1");
        new FlagChecks(server.store()).run();
    }

    static List<WebElement> rows(ChromeDriver d) {
        return d.findElements(By.cssSelector("ul.flag-list li.flag"));
    }

    static List<String> rowStates(ChromeDriver d) {
        return rows(d).stream().map(r -> r.getDomAttribute("data-state")).toList();
    }

    static void submitFilters(ChromeDriver d) {
        String before = d.getCurrentUrl();
        d.findElement(By.id("f-apply")).click();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> !x.getCurrentUrl().equals(before));
    }

    static void setDate(ChromeDriver d, String id, String value) {
        ((JavascriptExecutor) d).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    void theFlagsPageFiltersByTreatyAndDates_andEachRowLinksItsEventAndState() throws Exception {
        try (Browser browser = Browser.open(1280, 1600)) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/"));
            d.findElement(By.cssSelector("nav a[href='/flags']")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/flags"));
            assertThat(d.findElement(By.cssSelector("nav a[href='/flags']")).getDomAttribute("aria-current")).isEqualTo("page");
            assertThat(rowStates(d)).contains("FRA", "NOR");

            new Select(d.findElement(By.id("f-treaty"))).selectByValue("CCM");
            submitFilters(d);
            assertThat(d.getCurrentUrl()).contains("treaty=CCM");
            assertThat(rowStates(d)).containsExactly("NOR");
            WebElement norway = rows(d).get(0);
            assertThat(norway.getText()).contains("Norway").contains("CCM Art. 1").contains("The record on the act's date: PARTY")
                    .contains("Norway used cluster munitions <i>in an exercise</i> & more");
            assertThat(norway.findElements(By.tagName("i"))).as("the evidence is text, not markup").isEmpty();
            assertThat(norway.findElement(By.cssSelector("a[href='/states/NOR']")).getText()).isEqualTo("Norway");
            String event = norway.findElement(By.cssSelector("a.event-link")).getDomAttribute("href");
            assertThat(event).matches("/events/\\d+#flag-\\d+");
            browser.screenshot("flags-ccm");

            new Select(d.findElement(By.id("f-treaty"))).selectByValue("");
            setDate(d, "f-from", "2026-01-01");
            setDate(d, "f-to", "2026-04-30");
            submitFilters(d);
            assertThat(d.getCurrentUrl()).contains("from=2026-01-01").contains("to=2026-04-30");
            assertThat(rowStates(d)).containsExactly("FRA");

            rows(d).get(0).findElement(By.cssSelector("a.event-link")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().matches(".*/events/\\d+#flag-\\d+$"));
            assertThat(d.findElement(By.tagName("h1")).getText()).contains("France");

            d.get(server.url("/flags?status=MAYBE"));
            assertThat(d.findElement(By.tagName("main")).getText()).contains("Unknown status 'MAYBE'");
        }
    }

    @Test
    void anAnalystDismissesAFlagFromTheFlagsPage_andComesBackToTheSameFilters() throws Exception {
        try (Browser browser = Browser.open(1280, 1600)) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/flags?status=OPEN&to=2026-04-30"));
            assertThat(rowStates(d)).containsExactly("FRA");
            assertThat(d.findElements(By.cssSelector("form.flag-review"))).as("no forms for readers").isEmpty();

            d.get(server.url("/signin"));
            d.findElement(By.id("name")).sendKeys("analyst");
            d.findElement(By.id("password")).sendKeys("flags with care");
            d.findElement(By.id("signin")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/review"));
            d.get(server.url("/flags?status=OPEN&to=2026-04-30"));
            WebElement row = rows(d).get(0);
            row.findElement(By.name("reason")).sendKeys("a museum piece, not production");
            row.findElement(By.cssSelector("button[data-action='dismiss']")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> rowStates((ChromeDriver) x).isEmpty());
            assertThat(d.getCurrentUrl()).contains("/flags?").contains("status=OPEN").contains("to=2026-04-30");
            browser.screenshot("flags-dismissed-from-list");

            d.get(server.url("/flags?status=DISMISSED"));
            assertThat(rowStates(d)).containsExactly("FRA");
            assertThat(rows(d).get(0).getText()).contains("dismissed").contains("Decided by analyst");
            long id = Long.parseLong(rows(d).get(0).getDomAttribute("data-flag"));
            assertThat(server.store().flags().audit(id)).extracting(r -> r.action().name() + " by " + r.analyst() + ": " + r.reason())
                    .containsExactly("RAISE by treatywatch-checks: " + server.store().flags().audit(id).get(0).reason(),
                            "DISMISS by analyst: a museum piece, not production");
        }
    }

    private static String stroke(ChromeDriver d, String state) {
        return (String) ((JavascriptExecutor) d).executeScript(
                "return getComputedStyle(document.querySelector(\"path[data-state='\" + arguments[0] + \"']\")).stroke", state);
    }

    @Test
    void theMapOutlinesStatesWithOpenFlags_withALegendEntryAndAToggle_andTheLiveMapAsksTheApi() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/?treaty=CCM&on=2026-05-01"));
            assertThat(d.findElement(By.cssSelector("path[data-state='NOR']")).getDomAttribute("data-open-flags")).isEqualTo("1");
            assertThat(d.findElement(By.cssSelector("path[data-state='SWE']")).getDomAttribute("data-open-flags")).isNull();
            String marked = stroke(d, "NOR");
            assertThat(marked).isEqualTo("rgb(213, 94, 0)");
            assertThat(stroke(d, "SWE")).isNotEqualTo(marked);
            WebElement legend = d.findElement(By.cssSelector(".legend .flag-legend"));
            assertThat(legend.getText()).contains("Outline the states with open flags");
            browser.screenshot("map-open-flags");

            d.findElement(By.id("show-flags")).click();
            assertThat(stroke(d, "NOR")).as("unticked, no outline").isNotEqualTo(marked);
            d.findElement(By.id("show-flags")).click();
            assertThat(stroke(d, "NOR")).isEqualTo(marked);

            // a new flag after the page loaded: the live map gets it from /api/v1/flagged-states on its next update
            report("de", "Germany has produced anti-personnel mines at a plant in Bavaria, officials confirmed.",
                    LocalDate.of(2026, 8, 1), ClaimType.PRODUCTION, "DEU", Weapon.AP_MINE);
            assertThat(d.findElement(By.cssSelector("path[data-state='DEU']")).getDomAttribute("data-open-flags")).isNull();
            ((JavascriptExecutor) d).executeScript(
                    "var i = document.getElementById('on'); i.value = '2026-01-15'; i.dispatchEvent(new Event('change'));");
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x ->
                    "1".equals(x.findElement(By.cssSelector("path[data-state='DEU']")).getDomAttribute("data-open-flags")));
            assertThat(stroke(d, "DEU")).isEqualTo(marked);
        }
    }
}
