package org.treatywatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treatywatch.web.TestServer;

/** The map home page in headless Chromium (issue 5, "Done when"). */
class MapPageBrowserTest {
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static String lithuania(ChromeDriver d) {
        return d.findElement(By.cssSelector("path[data-state='LTU']")).getAttribute("data-category");
    }

    private static String fillOf(ChromeDriver d, String state) {
        return (String) ((JavascriptExecutor) d).executeScript(
                "return getComputedStyle(document.querySelector(\"path[data-state='\" + arguments[0] + \"']\")).fill", state);
    }

    @Test
    void changingTheDateRepaintsLithuaniaWhenItsApmbcWithdrawalTakesEffect() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/?treaty=APMBC&on=2025-12-01"));
            assertThat(d.findElements(By.cssSelector("#world-map path")).size()).isGreaterThan(150);
            assertThat(lithuania(d)).isEqualTo("WITHDRAWING");
            String before = fillOf(d, "LTU");
            assertThat(d.findElement(By.cssSelector(".legend [data-count='WITHDRAWING']")).getText()).isNotEqualTo("0");
            browser.screenshot("map-apmbc-2025-12-01");

            // The live control: type a new date; map.js repaints without a reload.
            WebElement date = d.findElement(By.id("on"));
            ((JavascriptExecutor) d).executeScript(
                    "arguments[0].value = '2026-01-01'; arguments[0].dispatchEvent(new Event('change'));", date);
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "WITHDRAWN".equals(lithuania(d)));
            assertThat(fillOf(d, "LTU")).isNotEqualTo(before);
            assertThat(d.getCurrentUrl()).contains("on=2026-01-01");
            assertThat(d.findElement(By.cssSelector("h1 time")).getText()).isEqualTo("2026-01-01");
            browser.screenshot("map-apmbc-2026-01-01");
        }
    }

    private static String text(ChromeDriver d, String css) {
        return d.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void theLegendCountsStatesPartiesAsTheDepositaryDoesAndTheChartIsLabelledAtTheSelectedDate() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/?treaty=APMBC&on=2025-12-31"));
            // Finland and Poland are withdrawing, and the depositary still counts them: 163, not 161.
            assertThat(text(d, ".legend [data-bind='parties']")).isEqualTo("163");
            assertThat(text(d, ".legend [data-bind='withdrawing']")).isEqualTo("2");
            assertThat(text(d, ".legend .parties-count")).isEqualTo("163 States Parties, 2 of them withdrawing");
            assertThat(text(d, ".legend [data-count='WITHDRAWING']")).isEqualTo("2");
            assertThat(d.findElement(By.cssSelector(".parties-chart [data-marked-count='APMBC']")).getText()).isEqualTo("163");
            browser.screenshot("map-apmbc-2025-12-31-counts");

            // Live: once both withdrawals have taken effect, the legend and the chart's label follow.
            WebElement date = d.findElement(By.id("on"));
            ((JavascriptExecutor) d).executeScript(
                    "arguments[0].value = '2026-03-01'; arguments[0].dispatchEvent(new Event('change'));", date);
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "0".equals(text(d, ".legend [data-bind='withdrawing']")));
            assertThat(text(d, ".legend [data-bind='parties']")).isEqualTo("161");
            assertThat(d.findElement(By.cssSelector(".parties-chart [data-marked-count='APMBC']")).getText()).isEqualTo("161");
        }
    }

    @Test
    void theMapWorksWithoutJavaScriptThroughTheFormAndLinksEachStateToItsPage() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/?treaty=APMBC&on=2026-01-01"));
            assertThat(lithuania(d)).isEqualTo("WITHDRAWN");
            assertThat(d.findElement(By.cssSelector("a[data-state='LTU']")).getDomAttribute("href")).isEqualTo("/states/LTU");
            // A plain GET, as the form sends it without script, gives the same colours.
            d.get(server.url("/?treaty=CCM&on=2025-01-01"));
            assertThat(lithuania(d)).isEqualTo("WITHDRAWING");
            d.get(server.url("/?treaty=CCM&on=2025-06-01"));
            assertThat(lithuania(d)).isEqualTo("WITHDRAWN");
            assertThat(d.findElements(By.cssSelector(".parties-chart polyline"))).hasSize(2);
        }
    }

    @Test
    void theMapIsReadableAtPhoneWidth() throws Exception {
        try (Browser browser = Browser.open(390, 1400)) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/?treaty=APMBC&on=2026-01-01"));
            long scrollWidth = (Long) ((JavascriptExecutor) d).executeScript("return document.documentElement.scrollWidth");
            long clientWidth = (Long) ((JavascriptExecutor) d).executeScript("return document.documentElement.clientWidth");
            assertThat(scrollWidth).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(clientWidth);
            assertThat(d.findElement(By.cssSelector(".legend")).isDisplayed()).isTrue();
            // a small state is a target a finger can hit (WCAG 2.5.8: at least 24 by 24 CSS pixels)
            Number width = (Number) ((JavascriptExecutor) d).executeScript(
                    "return document.querySelector(\"a[data-state='MLT'] circle.hit\").getBoundingClientRect().width");
            assertThat(width.doubleValue()).as("Malta's tap target on a phone").isGreaterThanOrEqualTo(24);
            // links may sit in a group, not in an image (whose children are not interactive)
            assertThat(d.findElement(By.id("world-map")).getDomAttribute("role")).isEqualTo("group");
            browser.screenshot("map-phone-390px");
        }
    }
}
