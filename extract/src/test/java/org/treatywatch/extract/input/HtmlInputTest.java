package org.treatywatch.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.document.Document;

class HtmlInputTest {
    private final DocumentReader reader = DocumentReader.standard();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Riga weighs mine production | The Baltic Ledger</title>
              <meta property="og:title" content="Riga weighs mine production">
              <meta property="og:site_name" content="The Baltic Ledger">
              <meta property="article:published_time" content="2025-06-02T08:15:00+03:00">
              <link rel="canonical" href="https://ledger.example/riga-mines">
              <style>p { color: red }</style>
              <script>var tracking = "Latvia will buy mines";</script>
            </head><body>
              <header><a href="/">Home</a> <a href="/world">World</a></header>
              <nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul></nav>
              <div id="cookie-banner">We use cookies. <button>Accept all</button></div>
              <main>
                <article>
                  <h1>Riga weighs mine production</h1>
                  <p>Latvia could start making anti-personnel mines
                     if its neighbours do, a defence official said on Monday.</p>
                  <!-- Latvia will never use mines (a comment, not text) -->
                  <p>The official, who asked not to be named, said no decision had been taken.<br>Parliament meets in June.</p>
                  <div class="share-tools"><a href="/s/fb">Share</a></div>
                  <ul class="list"><li>Estonia has stockpiles.</li><li>Lithuania orders more.</li></ul>
                  <aside>Read also: our podcast</aside>
                  <form><input name="q"> Search the archive</form>
                </article>
              </main>
              <footer>© The Baltic Ledger. All rights reserved.</footer>
            </body></html>
            """;

    @Test
    void page_keepsOnlyTheArticle_oneLinePerBlock() {
        Document d = reader.read(PAGE.getBytes(StandardCharsets.UTF_8), "riga.html", null).get(0);

        assertThat(d.text()).isEqualTo("""
                Riga weighs mine production
                Latvia could start making anti-personnel mines if its neighbours do, a defence official said on Monday.
                The official, who asked not to be named, said no decision had been taken.
                Parliament meets in June.
                Estonia has stockpiles.
                Lithuania orders more.""");
    }

    @Test
    void page_metadata_comesFromOgTagsAndArticleTime() {
        Document d = reader.read(PAGE.getBytes(StandardCharsets.UTF_8), "riga.html", null).get(0);

        assertThat(d.id()).isEqualTo("riga.html");
        assertThat(d.title()).isEqualTo("Riga weighs mine production");
        // The date as the publisher wrote it (UTC+3), not shifted to UTC.
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(d.url()).isEqualTo("https://ledger.example/riga-mines");
        assertThat(d.outlet()).isEqualTo("The Baltic Ledger");
    }

    @Test
    void title_fallsBackToTitleTag_andDate_toJsonLd_thenTimeElement() {
        String jsonLd = """
                <html><head><title>Vilnius orders mines</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage"},{"@type":"NewsArticle","headline":"x","datePublished":"2025-01-16"}]}</script>
                </head><body><p>Lithuania will order tens of thousands of mines.</p>
                <time datetime="2024-12-01">1 December</time></body></html>""";
        Document d = reader.fromHtml(jsonLd, "v", "https://news.example/v");
        assertThat(d.title()).isEqualTo("Vilnius orders mines");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(d.url()).isEqualTo("https://news.example/v");

        String timeOnly = "<html><body><article><time datetime=\"2025-03-18T10:00Z\">18 March</time>"
                + "<p>Poland quits the treaty.</p></article></body></html>";
        assertThat(reader.fromHtml(timeOnly, "t", null).published()).isEqualTo(LocalDate.of(2025, 3, 18));
    }

    @Test
    void declaredCharset_inMeta_isUsed() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">"
                + "</head><body><p>Łódź and Kraków</p></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("ISO-8859-2"));

        assertThat(reader.read(bytes, "pl.html", null).get(0).text()).isEqualTo("Łódź and Kraków");
    }

    @Test
    void transportCharset_beatsTheDefault_butNotABom() {
        byte[] latin2 = "<p>Łódź</p>".getBytes(Charset.forName("ISO-8859-2"));
        Document d = reader.open(new java.io.ByteArrayInputStream(latin2), "http-body", InputFormat.HTML,
                Charset.forName("ISO-8859-2")).next();
        assertThat(d.text()).isEqualTo("Łódź");

        byte[] bom = "\uFEFF<p>Łódź</p>".getBytes(StandardCharsets.UTF_8);
        Document withBom = reader.open(new java.io.ByteArrayInputStream(bom), "http-body", InputFormat.HTML,
                Charset.forName("ISO-8859-2")).next();
        assertThat(withBom.text()).isEqualTo("Łódź");
    }

    @Test
    void malformedHtml_stillYieldsText() {
        String broken = "<html><body><p>Ukraine <b>accused <i>Russia</b> of laying mines<p>Second <div>para</span>";

        Document d = reader.read(broken.getBytes(StandardCharsets.UTF_8), "broken.html", null).get(0);

        assertThat(d.text()).isEqualTo("Ukraine accused Russia of laying mines\nSecond\npara");
    }

    @Test
    void pageWithoutMainOrArticle_dropsMenusThatAreMostlyLinks() {
        String page = """
                <html><body>
                <div class="top"><a href="/1">World</a> | <a href="/2">Europe</a> | <a href="/3">Opinion</a></div>
                <div class="story"><p>Finland announced its intention to leave the Ottawa Convention.</p></div>
                <div id="gdpr-consent">Manage your privacy choices</div>
                </body></html>""";

        assertThat(reader.fromHtml(page, "fi", null).text())
                .isEqualTo("Finland announced its intention to leave the Ottawa Convention.");
    }

    @Test
    void emptyPage_givesEmptyText() {
        assertThat(reader.read(new byte[0], "empty.html", null).get(0).text()).isEmpty();
    }
}
