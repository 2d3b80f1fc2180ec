package org.treatywatch.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.core.document.Document;

class FeedInputTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.standard();

    private List<Document> read(String xml, String name) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), name, null);
    }

    @Test
    void rss_eachItemIsADocument_withHtmlReducedToText() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:media="http://search.yahoo.com/mrss/">
                  <channel>
                    <title>Nordic Wire</title>
                    <item>
                      <title>Helsinki &amp; the treaty</title>
                      <link>https://wire.example/1</link>
                      <guid isPermaLink="false">wire-1</guid>
                      <pubDate>Tue, 18 Mar 2025 10:00:00 GMT</pubDate>
                      <description>short teaser</description>
                      <content:encoded><![CDATA[<p>Finland said it will <b>leave</b> the treaty.</p><p>Officials confirmed it.</p>]]></content:encoded>
                      <media:title>A photo caption</media:title>
                    </item>
                    <item>
                      <title>Second</title>
                      <pubDate>Wed, 19 Mar 2025 09:30:00 +0200</pubDate>
                      <description>&lt;p&gt;Estonia keeps its stocks.&lt;/p&gt;</description>
                    </item>
                  </channel>
                </rss>""";

        List<Document> docs = read(rss, "wire.rss");

        assertThat(docs).hasSize(2);
        Document first = docs.get(0);
        assertThat(first.id()).isEqualTo("wire-1");
        assertThat(first.title()).isEqualTo("Helsinki & the treaty");
        assertThat(first.url()).isEqualTo("https://wire.example/1");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(first.text()).isEqualTo("Finland said it will leave the treaty.\nOfficials confirmed it.");
        assertThat(first.outlet()).isEqualTo("Nordic Wire");
        Document second = docs.get(1);
        assertThat(second.id()).isEqualTo("wire.rss#2");
        assertThat(second.text()).isEqualTo("Estonia keeps its stocks.");
        assertThat(second.published()).isEqualTo(LocalDate.of(2025, 3, 19));
    }

    @Test
    void atom_entries_takePublishedOverUpdated_andAlternateLinks() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Mine Monitor Notes</title>
                  <entry>
                    <id>tag:notes.example,2025:1</id>
                    <title type="text">Kyiv reports</title>
                    <link rel="self" href="https://notes.example/self/1"/>
                    <link rel="alternate" href="https://notes.example/1"/>
                    <updated>2025-04-02T12:00:00Z</updated>
                    <published>2025-04-01T12:00:00Z</published>
                    <summary type="html">&lt;p&gt;Ukraine destroyed mines.&lt;/p&gt;</summary>
                  </entry>
                  <entry>
                    <updated>2025-05-05</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First   para.</p><p>Second para.</p></div></content>
                  </entry>
                </feed>""";

        List<Document> docs = read(atom, "notes.atom");

        assertThat(docs).extracting(Document::id).containsExactly("tag:notes.example,2025:1", "notes.atom#2");
        assertThat(docs.get(0).url()).isEqualTo("https://notes.example/1");
        assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(docs.get(0).text()).isEqualTo("Ukraine destroyed mines.");
        assertThat(docs.get(1).published()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(docs.get(1).text()).isEqualTo("First para.\nSecond para.");
    }

    @Test
    void xxe_isRefused_andTheLocalFileIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>";

        List<Document> read = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        reader.open(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "evil.xml", null)
                .forEach(read::add, problems::add);

        assertThat(read).isEmpty();
        assertThat(problems).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("evil.xml: declares a DTD (<!DOCTYPE>), which is refused because DTDs can read"
                        + " local files or expand entities without bound; remove the DOCTYPE line");
        assertThat(problems.get(0).getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void billionLaughs_isRefused_quickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String bomb = dtd + "]>\n<rss><channel><item><description>&lol9;</description></item></channel></rss>";

        long start = System.nanoTime();
        assertThatThrownBy(() -> read(bomb, "bomb.xml"))
                .isInstanceOf(InputException.class).hasMessageContaining("declares a DTD");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void malformedXml_reportsWhere_afterTheItemsBeforeIt() {
        String broken = "<rss><channel><item><title>One</title><description>Fine.</description></item>"
                + "<item><title>Two</title><description>Broken <b></description></item></channel></rss>";

        List<Document> read = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        reader.open(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "broken.rss", null)
                .forEach(read::add, problems::add);

        assertThat(read).extracting(Document::text).containsExactly("Fine.");
        assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("broken.rss: malformed XML at line 1, column ")
                .endsWith("(the item before it was read); check that it is a well-formed RSS or Atom feed");
    }

    @Test
    void xmlThatIsNotAFeed_andEmptyFeed_areClearErrors() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><catalog><book/></catalog>", "books.xml"))
                .hasMessage("books.xml: is XML with root <catalog>, not an RSS or Atom feed (<rss>, <feed> or <rdf:RDF>)");
        assertThatThrownBy(() -> read("", "empty.rss")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("empty.rss: ");
    }

    @Test
    void declaredEncoding_inTheXmlProlog_isUsed() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item>"
                + "<description>Mines in Tromsø</description></item></channel></rss>";

        List<Document> docs = reader.read(xml.getBytes(StandardCharsets.ISO_8859_1), "no.rss", null);

        assertThat(docs.get(0).text()).isEqualTo("Mines in Tromsø");
    }

    @Test
    void itemOverTheLimit_isSkipped_andTheNextItemIsRead() {
        String big = "x".repeat(5000);
        String rss = "<rss><channel><item><description>" + big + "</description></item>"
                + "<item><description>Small item.</description></item></channel></rss>";
        DocumentReader small = reader.withMaxDocumentBytes(1000);

        List<Document> read = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        small.open(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)), "f.rss", null)
                .forEach(read::add, problems::add);

        assertThat(read).extracting(Document::text).containsExactly("Small item.");
        assertThat(problems).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("f.rss#1: the feed item is larger than the 1000 bytes limit per document; it was skipped"
                        + " (raise the limit with --max-doc-size)");
    }
}
