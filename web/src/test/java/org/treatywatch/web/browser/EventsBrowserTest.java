package org.treatywatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treatywatch.core.document.Document;
import org.treatywatch.web.TestServer;

/**
 * Events on the state page and the event page, in headless Chromium over the real server with the
 * real extractor (issue 11): a wire story, a retitled copy of it in another outlet and a third
 * outlet's own report of the same plan are one event reported by two independent sources. The
 * articles are invented for this test.
 */
class EventsBrowserTest {
    static final String WIRE = """
            RIGA, April 8 - Latvia will start producing anti-personnel mines next year, the defence minister said on Tuesday.
            The first batches are meant for the eastern border, where the government has been building fortifications since last year.
            The plan still needs the approval of parliament, which is expected to vote on the budget in the autumn.
            Human rights groups criticised the decision and said it would weaken a treaty that more than 160 countries have joined.
            """;
    static final String OWN = """
            Latvia will produce anti-personnel mines at a state-owned plant, a ministry spokesperson told Baltic Radio on Thursday.
            """;

    /** A State Party reported producing the mines the treaty bans: an Art. 1 flag. */
    static final String FRANCE = """
            PARIS - France has produced anti-personnel mines at a state plant near Bourges, the defence ministry confirmed on Monday.
            """;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        server = TestServer.start();
        server.ingest(new Document("wire", WIRE, "Latvia to make mines", LocalDate.of(2026, 4, 8), "https://example.org/wire", "Example Wire"));
        server.ingest(new Document("copy", "Republished from Example Wire\n" + WIRE.replace("on Tuesday", "on Tuesday in Riga"),
                "Latvia to make landmines", LocalDate.of(2026, 4, 9), "https://example.org/copy", "Copy Daily"));
        server.ingest(new Document("radio", OWN, "Mines plant planned", LocalDate.of(2026, 4, 10), "https://example.org/radio", "Baltic Radio"));
        server.ingest(new Document("france", FRANCE, "France made mines", LocalDate.of(2026, 3, 2), "https://example.org/fr", "Example Wire"));
        server.addAnalyst("analyst", "dismiss with care");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theStatePageShowsTheEventWithItsIndependentSources_andTheEventPageItsReports() throws Exception {
        try (Browser browser = Browser.open(1280, 1800)) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/states/LVA?on=2026-05-01"));
            List<WebElement> events = d.findElements(By.cssSelector("[data-claim-type='PRODUCTION'] li.event"));
            assertThat(events).as(d.findElement(By.tagName("main")).getText()).hasSize(1);
            WebElement event = events.get(0);
            assertThat(event.getDomAttribute("data-sources")).isEqualTo("2");
            assertThat(event.getText())
                    .contains("Latvia plans to produce anti-personnel mines")
                    .contains("reported by 2 independent sources (3 documents, 3 outlets), first on 2026-04-08, latest on 2026-04-10");
            assertThat(d.findElements(By.cssSelector("article.claim"))).as("no raw claims on the state page").isEmpty();
            browser.screenshot("events-state-lva");

            event.findElement(By.tagName("a")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().matches(".*/events/\\d+$"));
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Latvia plans to produce anti-personnel mines");
            List<WebElement> reports = d.findElements(By.cssSelector("article.report"));
            assertThat(reports).hasSize(3);
            assertThat(reports.get(0).getDomAttribute("data-story")).isEqualTo(reports.get(1).getDomAttribute("data-story"));
            assertThat(reports.get(2).getDomAttribute("data-story")).isNotEqualTo(reports.get(0).getDomAttribute("data-story"));
            assertThat(reports.get(2).getText()).contains("Baltic Radio").contains("a ministry spokesperson");
            browser.screenshot("events-event-page");
        }
    }

    @Test
    void theFlagIsOnTopOfTheStatePage_andAnAnalystDismissesIt() throws Exception {
        try (Browser browser = Browser.open(1280, 1800)) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/states/FRA?on=2026-05-01"));
            List<WebElement> flags = d.findElements(By.cssSelector("section.flags li.flag"));
            assertThat(flags).as(d.findElement(By.tagName("main")).getText()).hasSize(1);
            assertThat(flags.get(0).getDomAttribute("data-kind")).isEqualTo("PROHIBITED_ACT");
            assertThat(flags.get(0).getText()).contains("APMBC Art. 1").contains("open");
            assertThat(d.findElement(By.cssSelector("[data-claim-type='PRODUCTION'] li.event")).getText())
                    .contains("France produces anti-personnel mines").contains("reported by 1 independent source");
            browser.screenshot("flags-state-fra");

            d.get(server.url("/signin"));
            d.findElement(By.id("name")).sendKeys("analyst");
            d.findElement(By.id("password")).sendKeys("dismiss with care");
            d.findElement(By.id("signin")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/review"));
            d.get(server.url("/states/FRA?on=2026-05-01"));
            d.findElement(By.cssSelector("section.flags li.flag a")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().matches(".*/events/\\d+#flag-\\d+$"));
            WebElement flag = d.findElement(By.cssSelector("article.flag"));
            assertThat(flag.getText()).contains("The record on the act's date: PARTY since");
            flag.findElement(By.name("reason")).sendKeys("a drill, not production");
            flag.findElement(By.cssSelector("button[data-action='dismiss']")).click();
            // The page is redrawn after the decision: an element found just before the redraw goes stale, so look again.
            new WebDriverWait(d, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(x ->
                    x.findElement(By.cssSelector("article.flag")).getDomAttribute("data-status").equals("DISMISSED"));
            assertThat(d.findElement(By.cssSelector("article.flag")).getText()).contains("dismissed").contains("Decided by analyst");
            browser.screenshot("flags-dismissed");

            d.get(server.url("/states/FRA?on=2026-05-01"));
            assertThat(d.findElements(By.cssSelector("section.flags li.flag"))).as("a dismissed flag leaves the state page").isEmpty();
            long id = server.store().flags().flags("FRA", null, null, null, 10).items().get(0).id();
            var audit = server.store().flags().audit(id);
            assertThat(audit).extracting(r -> r.action().name() + " by " + r.analyst())
                    .containsExactly("RAISE by treatywatch-checks", "DISMISS by analyst");
            assertThat(audit.get(1).reason()).isEqualTo("a drill, not production");
        }
    }
}
