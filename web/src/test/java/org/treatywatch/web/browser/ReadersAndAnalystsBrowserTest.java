package org.treatywatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treatywatch.core.document.Document;
import org.treatywatch.web.TestServer;

/**
 * The state page, the review queue and the escaping of untrusted text, in headless Chromium over
 * the real server (issue 5, "Done when").
 *
 * <p>Articles: the seed article from {@code shared/corpus} when a {@code shared} folder sits beside
 * the repository (or beside one of its parent folders); its test is skipped otherwise. The
 * repository's own {@code corpus/dev/lithuania-mine-tender.txt} (written for the project) is
 * always used.
 */
class ReadersAndAnalystsBrowserTest {
    static TestServer server;
    static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        server = TestServer.start();
        server.addAnalyst("analyst", "review all the things");
        String text = Files.readString(REPO.resolve("corpus/dev/lithuania-mine-tender.txt"));
        server.ingest(new Document("corpus/dev/lithuania-mine-tender.txt", text, "Lithuania opens a tender for mines",
                LocalDate.of(2026, 3, 2), "https://example.org/lithuania-tender", "Dev corpus"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** {@code shared/corpus/seed-*.txt} beside the repository or one of its parents, if any. */
    static Optional<Path> seedArticle() {
        for (Path dir = REPO.getParent(); dir != null; dir = dir.getParent()) {
            Path seed = dir.resolve("shared/corpus/seed-reuters-lithuania-finland.txt");
            if (Files.isReadable(seed)) {
                return Optional.of(seed);
            }
        }
        return Optional.empty();
    }

    private static void signIn(ChromeDriver d) {
        d.get(server.url("/signin"));
        d.findElement(By.id("name")).sendKeys("analyst");
        d.findElement(By.id("password")).sendKeys("review all the things");
        d.findElement(By.id("signin")).click();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/review"));
    }

    @Test
    void lithuaniasPageShowsItsWithdrawalTimelineAndTheClaimsWithTheirEvidence() throws Exception {
        try (Browser browser = Browser.open(1280, 2400)) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/states/LTU?on=2026-01-01"));
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Lithuania");
            WebElement apmbc = d.findElement(By.cssSelector(".card[data-treaty='APMBC']"));
            assertThat(apmbc.getDomAttribute("data-category")).isEqualTo("WITHDRAWN");
            assertThat(apmbc.getText()).contains("2025-12-27").contains("Art. 20");
            assertThat(apmbc.findElements(By.cssSelector(".timeline .event"))).isNotEmpty();
            assertThat(d.findElement(By.cssSelector(".card[data-treaty='CCM']")).getDomAttribute("data-category")).isEqualTo("WITHDRAWN");
            List<WebElement> claims = d.findElements(By.cssSelector("article.claim"));
            assertThat(claims).isNotEmpty();
            assertThat(d.findElements(By.cssSelector("article.claim blockquote")).get(0).getText()).isNotBlank();
            assertThat(d.findElement(By.cssSelector("article.claim .source")).getText()).contains("Dev corpus").contains("2026-03-02");
            browser.screenshot("state-ltu");

            d.get(server.url("/claims?state=LTU&q=tender"));
            List<WebElement> marks = d.findElements(By.cssSelector("article.claim blockquote mark"));
            assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("tender"));
            assertThat(d.findElement(By.name("q")).getDomProperty("value")).isEqualTo("tender");
            browser.screenshot("claims-search");

            browser.resize(390, 2000);
            d.get(server.url("/states/LTU?on=2026-01-01"));
            long overflow = (Long) ((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0);
            browser.screenshot("state-ltu-phone");
            browser.resize(1280, 2400);

            // Ukraine: a party whose 2025 "suspension" declaration and armed conflict are on its timeline.
            d.get(server.url("/states/UKR?on=2026-01-01"));
            WebElement ukr = d.findElement(By.cssSelector(".card[data-treaty='APMBC']"));
            assertThat(ukr.getDomAttribute("data-category")).isEqualTo("PARTY");
            assertThat(ukr.findElements(By.cssSelector(".event.kind-declaration"))).isNotEmpty();
            assertThat(ukr.findElements(By.cssSelector("rect.conflict"))).isNotEmpty();
            // Its clearance deadline as the 21MSP extended it, with the decision behind it and the two before.
            WebElement clearance = ukr.findElement(By.cssSelector(".deadlines li[data-obligation='clearance']"));
            assertThat(clearance.getDomAttribute("data-due")).isEqualTo("2033-12-01");
            assertThat(clearance.findElement(By.cssSelector(".decision")).getText())
                    .startsWith("Extended on 2023-11-24 to 2033-12-01 by APMBC 21MSP");
            assertThat(clearance.findElements(By.cssSelector(".earlier li[data-decided]"))).extracting(e -> e.getDomAttribute("data-decided"))
                    .containsExactly("2020-11-20", "2018-11-30");
            assertThat(ukr.findElements(By.cssSelector(".timeline .event.kind-extension"))).hasSize(3);
            browser.screenshot("state-ukr");
        }
    }

    @Test
    void theSeedArticlesClaimsAboutLithuaniaShowOnItsPageWithTheirEvidence() throws Exception {
        Optional<Path> seed = seedArticle();
        Assumptions.assumeTrue(seed.isPresent(), "shared/corpus is not beside the repository: seed part skipped");
        String text = Files.readString(seed.get());
        long docId = server.ingest(new Document("seed-reuters-lithuania-finland", text, "Lithuania and Finland look set to make mines",
                LocalDate.of(2025, 6, 17), null, "Reuters"));
        try (Browser browser = Browser.open(1280, 2400)) {
            ChromeDriver d = browser.driver();
            d.get(server.url("/states/LTU"));
            List<WebElement> production = d.findElements(By.cssSelector("[data-claim-type='PRODUCTION'] article.claim"));
            assertThat(production).as("the seed's PRODUCTION claim about Lithuania").isNotEmpty();
            assertThat(production.get(0).findElement(By.tagName("blockquote")).getText()).contains("Lithuania");
            assertThat(production.get(0).getText()).contains("Reuters");
            browser.screenshot("state-ltu-seed");
            d.get(server.url("/documents/" + docId));
            assertThat(d.findElements(By.cssSelector("#doc-text a.evidence"))).isNotEmpty();
            browser.screenshot("document-seed");
        }
    }

    @Test
    void anAnalystSignsInAcceptsAClaimAndItLeavesTheQueue() throws Exception {
        try (Browser browser = Browser.open(1280, 1600)) {
            ChromeDriver d = browser.driver();
            signIn(d);
            List<WebElement> queue = d.findElements(By.cssSelector("#queue article.claim"));
            assertThat(queue).isNotEmpty();
            String id = queue.get(0).getDomAttribute("data-claim");
            browser.screenshot("review-queue");
            d.findElement(By.cssSelector("#claim-" + id)).findElement(By.xpath("./following-sibling::div//button[@data-action='accept']")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().contains("done="));
            assertThat(d.findElements(By.cssSelector("#queue article.claim[data-claim='" + id + "']"))).isEmpty();
            assertThat(d.findElement(By.cssSelector("[role=status]")).getText()).contains("accepted");
            browser.screenshot("review-after-accept");
            d.get(server.url("/claims/" + id));
            assertThat(d.findElement(By.cssSelector("table.audit tr[data-action='ACCEPT']")).getText()).contains("analyst");
            browser.screenshot("claim-audit");
        }
    }

    @Test
    void scriptAndEventHandlersInAnIngestedArticleRenderAsText() throws Exception {
        String title = "<script>window.__pwned = 'title'; alert('title')</script> Mines";
        String body = "Lithuania will buy anti-personnel mines <img src=x onerror=\"window.__pwned='img'; alert('img')\">, "
                + "the minister said.\n<b onmouseover=\"alert('b')\">Bold?</b> <script>alert('body')</script>\n"
                + "Lithuania left the Ottawa Convention in 2025.";
        try (Browser browser = Browser.open(1280, 1600)) {
            ChromeDriver d = browser.driver();
            signIn(d);
            d.get(server.url("/ingest"));
            d.findElement(By.name("title")).sendKeys(title);
            d.findElement(By.name("outlet")).sendKeys("<i onclick=alert(1)>Outlet</i>");
            ((JavascriptExecutor) d).executeScript("document.querySelector('textarea[name=text]').value = arguments[0]", body);
            d.findElement(By.cssSelector("#ingest-form button[type=submit]")).click();
            new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> x.getCurrentUrl().matches(".*/documents/\\d+$"));

            assertThat(d.findElement(By.id("doc-title")).getText()).isEqualTo(title);
            assertThat(d.findElement(By.id("doc-text")).getText()).contains("<img src=x onerror=").contains("<script>alert('body')</script>");
            assertNoInjection(d);
            browser.screenshot("xss-document");

            d.get(server.url("/claims?q=mines"));
            assertNoInjection(d);
            d.get(server.url("/documents"));
            assertNoInjection(d);
            assertThat(d.findElement(By.tagName("table")).getText()).contains("<script>");
            d.get(server.url("/states/LTU"));
            assertNoInjection(d);
            browser.screenshot("xss-state-page");
        }
    }

    /** No injected element or handler attribute in the DOM, no script ran, no alert is open. */
    private static void assertNoInjection(ChromeDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        assertThat(js.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(d.findElements(By.cssSelector("main img, main b, main i"))).isEmpty();
        assertThat((Long) js.executeScript(
                "return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"))
                .isZero();
        assertThat((Long) js.executeScript(
                "return [...document.scripts].filter(s => !s.src || !s.src.startsWith(location.origin + '/assets/')).length"))
                .as("only the app's own scripts").isZero();
        try {
            d.switchTo().alert();
            throw new AssertionError("an alert is open: injected script ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
