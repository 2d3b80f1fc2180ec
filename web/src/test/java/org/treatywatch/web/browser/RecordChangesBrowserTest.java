package org.treatywatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.notice.NoticeAction;
import org.treatywatch.store.reference.RecordChanges;
import org.treatywatch.store.reference.StoredReferenceData;
import org.treatywatch.web.TestServer;

/**
 * Depositary notifications confirmed by an analyst in headless Chromium over the real server
 * (issue 12, "Done when"): a withdrawal, a ratification, an accession, a declaration and an
 * objection, each proposed from a notice written in the UN's terms (invented for the test), each
 * confirmed on the record page; the map and the status answer change at once, and the map as
 * known before the confirmation still shows the record as it was.
 */
class RecordChangesBrowserTest {
    static TestServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static Notice notice(int number, String treaty, String state, NoticeAction action, LocalDate deposited, String text) {
        String chapter = treaty.equals("APMBC") ? "5" : "6";
        return new Notice("C.N." + number + ".2026.TREATIES-XXVI." + chapter, deposited.plusDays(2), treaty, state, action,
                deposited, null, text, "test notice " + number);
    }

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        server = TestServer.start();
        server.addAnalyst("analyst", "confirm the record");
        StoredReferenceData.sync(server.store());
        for (Notice n : List.of(
                notice(17, "APMBC", "AUT", NoticeAction.WITHDRAWAL, LocalDate.of(2026, 1, 5), ""),
                notice(18, "CCM", "AGO", NoticeAction.RATIFICATION, LocalDate.of(2026, 1, 12), ""),
                notice(19, "CCM", "USA", NoticeAction.ACCESSION, LocalDate.of(2026, 1, 19), ""),
                notice(20, "APMBC", "UKR", NoticeAction.DECLARATION, LocalDate.of(2026, 1, 20),
                        "Ukraine declares that it will continue to submit its reports under Article 7."),
                notice(21, "APMBC", "NOR", NoticeAction.OBJECTION, LocalDate.of(2026, 1, 21),
                        "Norway objects to the declaration of suspension made by Ukraine on 18 July 2025."))) {
            assertThat(RecordChanges.propose(server.store(), n, "reader", Instant.now()).proposed()).as(n.reference()).isTrue();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static String apiStatus(String treaty, String state, String on) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/status?treaty=" + treaty + "&states=" + state
                + "&on=" + on))).build(), HttpResponse.BodyHandlers.ofString()).body();
        return new ObjectMapper().readTree(body).get("items").get(0).get("status").asText();
    }

    static String mapCategory(ChromeDriver d, String query, String state) {
        d.get(server.url("/?" + query));
        return d.findElement(By.cssSelector("path[data-state='" + state + "']")).getDomAttribute("data-category");
    }

    private static void signIn(ChromeDriver d) {
        d.get(server.url("/signin"));
        d.findElement(By.id("name")).sendKeys("analyst");
        d.findElement(By.id("password")).sendKeys("confirm the record");
        d.findElement(By.id("signin")).click();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/review"));
    }

    private static void confirm(ChromeDriver d, String state, String expectedSummary) {
        d.get(server.url("/record"));
        WebElement card = d.findElement(By.cssSelector("article.record-change[data-state='" + state + "']"));
        assertThat(card.findElement(By.cssSelector(".summary")).getText()).isEqualTo(expectedSummary);
        card.findElement(By.name("confirm")).click();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().contains("done="));
        assertThat(d.findElement(By.cssSelector("#done p")).getText()).isEqualTo("Confirmed: " + expectedSummary);
    }

    @Test
    void anAnalystConfirmsAWithdrawal_andTheMapAndTheStatusChangeAtOnce() throws Exception {
        try (Browser browser = Browser.open(1280, 1800)) {
            ChromeDriver d = browser.driver();
            String before = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
            assertThat(mapCategory(d, "treaty=APMBC&on=2026-03-01", "AUT")).isEqualTo("PARTY");
            assertThat(apiStatus("APMBC", "AUT", "2026-03-01")).isEqualTo("PARTY");
            signIn(d);
            d.get(server.url("/record"));
            WebElement aut = d.findElement(By.cssSelector("article.record-change[data-state='AUT']"));
            assertThat(aut.findElement(By.cssSelector("tr.changed")).getText()).contains("withdrawal_deposited").contains("2026-01-05");
            browser.screenshot("record-proposed");
            confirm(d, "AUT", "Austria: PARTY -> WITHDRAWING from 2026-01-05, WITHDRAWN on 2026-07-05");
            browser.screenshot("record-confirmed");

            assertThat(apiStatus("APMBC", "AUT", "2026-03-01")).as("status at once").isEqualTo("WITHDRAWING");
            assertThat(mapCategory(d, "treaty=APMBC&on=2026-03-01", "AUT")).as("map at once").isEqualTo("WITHDRAWING");
            assertThat(mapCategory(d, "treaty=APMBC&on=2026-03-01&as_known_on=" + before, "AUT"))
                    .as("the map as known the day before").isEqualTo("PARTY");
            assertThat(d.findElement(By.id("as-known-on")).getDomProperty("value")).isEqualTo(before);
            browser.screenshot("map-as-known-before");
            d.get(server.url("/states/AUT?on=2026-03-01&as_known_on=" + before));
            assertThat(d.findElement(By.cssSelector(".card[data-treaty='APMBC']")).getDomAttribute("data-category")).isEqualTo("PARTY");
            assertThat(d.findElement(By.id("as-known")).getText()).isEqualTo("as the record stood on " + before);
            d.get(server.url("/states/AUT?on=2026-03-01"));
            assertThat(d.findElement(By.cssSelector(".card[data-treaty='APMBC']")).getDomAttribute("data-category")).isEqualTo("WITHDRAWING");
        }
    }

    /** A withdrawal notice in the UN's layout, invented for the test (New Zealand has deposited none). */
    static final String NZL_WITHDRAWAL = """
            Reference: C.N.9101.2026.TREATIES-XXVI.5 (Depositary Notification)

            CONVENTION ON THE PROHIBITION OF THE USE, STOCKPILING, PRODUCTION AND
            TRANSFER OF ANTI-PERSONNEL MINES AND ON THEIR DESTRUCTION
            OSLO, 18 SEPTEMBER 1997

            NEW ZEALAND: WITHDRAWAL

            The Secretary-General of the United Nations, acting in his capacity as depositary, communicates the following:

            The above action was effected on 2 February 2026.

            In accordance with article 20 (3) of the Convention, the withdrawal will take effect six months after the receipt of the instrument of withdrawal by the depositary, that is on 2 August 2026.

            6 February 2026
            """;

    @Test
    void anAnalystUploadsNotices_seesWhatBecameOfEach_andConfirmsTheNewOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path nzl = dir.resolve("nzl-withdrawal.txt");
        java.nio.file.Files.writeString(nzl, NZL_WITHDRAWAL);
        java.nio.file.Path examples = java.nio.file.Path.of("..", "docs", "examples", "notices").toAbsolutePath().normalize();
        try (Browser browser = Browser.open(1280, 1800)) {
            ChromeDriver d = browser.driver();
            signIn(d);
            d.get(server.url("/record"));
            d.findElement(By.id("notice-files")).sendKeys(String.join("\n", nzl.toString(),
                    examples.resolve("withdrawal.txt").toString(), examples.resolve("other-treaty.txt").toString()));
            d.findElement(By.id("read-notices")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().contains("done="));
            List<String> said = d.findElements(By.cssSelector("#done p")).stream().map(WebElement::getText).toList();
            assertThat(said).hasSize(3);
            assertThat(said.get(0)).startsWith("C.N.9101.2026.TREATIES-XXVI.5: proposed #")
                    .endsWith("New Zealand: PARTY -> WITHDRAWING from 2026-02-02, WITHDRAWN on 2026-08-02");
            assertThat(said.get(1)).contains("C.N.9001.2025.TREATIES-XXVI.5: the record already says this").endsWith("nothing proposed");
            assertThat(said.get(2)).contains("other-treaty.txt").endsWith("nothing proposed");
            browser.screenshot("record-uploaded");

            d.findElement(By.id("notice-files")).sendKeys(nzl.toString());
            d.findElement(By.id("read-notices")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElements(By.cssSelector("#done p")).size() == 1);
            assertThat(d.findElement(By.cssSelector("#done p")).getText()).contains("seen before").contains("proposed); nothing proposed");

            assertThat(mapCategory(d, "treaty=APMBC&on=2026-03-01", "NZL")).isEqualTo("PARTY");
            confirm(d, "NZL", "New Zealand: PARTY -> WITHDRAWING from 2026-02-02, WITHDRAWN on 2026-08-02");
            assertThat(mapCategory(d, "treaty=APMBC&on=2026-03-01", "NZL")).isEqualTo("WITHDRAWING");
            assertThat(apiStatus("APMBC", "NZL", "2026-09-01")).isEqualTo("WITHDRAWN");
        }
    }

    @Test
    void aRatificationAnAccessionADeclarationAndAnObjection_confirmedInTheBrowser() throws Exception {
        try (Browser browser = Browser.open(1280, 1800)) {
            ChromeDriver d = browser.driver();
            signIn(d);
            confirm(d, "AGO", "Angola: SIGNATORY -> JOINING from 2026-01-12, PARTY on 2026-07-01");
            confirm(d, "USA", "United States: NOT_SIGNED -> JOINING from 2026-01-19, PARTY on 2026-07-01");
            confirm(d, "UKR", "Ukraine: PARTY -> PARTY from 2006-06-01 (declared declaration 2026-01-20)");
            confirm(d, "NOR", "Norway: PARTY -> PARTY from 1999-03-01 (declared objection 2026-01-21)");
            assertThat(apiStatus("CCM", "AGO", "2026-08-01")).isEqualTo("PARTY");
            assertThat(apiStatus("CCM", "USA", "2026-02-01")).isEqualTo("JOINING");
            assertThat(mapCategory(d, "treaty=CCM&on=2026-08-01", "USA")).isEqualTo("PARTY");
            assertThat(apiStatus("APMBC", "NOR", "2026-02-01")).as("an objection changes no status").isEqualTo("PARTY");
            d.get(server.url("/states/NOR?on=2026-02-01"));
            assertThat(d.findElement(By.cssSelector(".card[data-treaty='APMBC']")).findElements(By.cssSelector(".event.kind-declaration")))
                    .isNotEmpty();
            d.get(server.url("/record"));
            assertThat(d.findElements(By.cssSelector("#decided-heading ~ ul li")).size()).isGreaterThanOrEqualTo(4);
            browser.screenshot("record-decided");
        }
    }
}
