package org.treatywatch.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.document.Document;

/**
 * Reading HTML costs work in proportion to the page, however deeply it nests. Work is measured as
 * the bytes the reading thread allocates (exact, and unmoved by other load on the machine): a
 * page of n unclosed {@code <div>}s must cost about what a page of n closed ones costs. Before,
 * every block asked for its {@code text()} and its links, each a walk of its whole subtree: on the
 * nested page (jsoup keeps up to 512 levels) that was hundreds of walks of the whole page.
 */
class HtmlNestingTest {
    private static final int N = 20_000;

    private static long allocatedBy(Supplier<Document> read) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        read.get(); // warm up: class loading and the first compilations are not the page's work
        long before = threads.getCurrentThreadAllocatedBytes();
        Document d = read.get();
        long after = threads.getCurrentThreadAllocatedBytes();
        assertThat(d.text()).contains("word");
        return after - before;
    }

    @Test
    void aDeeplyNestedPage_costsAboutWhatAFlatOneOfTheSameSizeCosts() {
        String nested = "<html><body>" + "<div>word ".repeat(N) + "</body></html>";
        String flat = "<html><body>" + "<div>word</div> ".repeat(N) + "</body></html>";

        long nestedWork = allocatedBy(() -> HtmlText.toDocument(nested, "nested.html", null));
        long flatWork = allocatedBy(() -> HtmlText.toDocument(flat, "flat.html", null));

        assertThat(nestedWork).as("bytes allocated reading %,d nested divs vs %,d flat ones (%,d)", N, N, flatWork)
                .isLessThan(3 * flatWork);
    }

    @Test
    void linkListsInsideANestedPage_areStillDropped_andItsTextKept() {
        String menu = "<ul><li><a href=/a>Home</a></li><li><a href=/b>World news</a></li></ul>";
        String html = "<html><body>" + "<div>".repeat(300) + menu
                + "<p>Lithuania will produce anti-personnel mines, the minister said.</p></body></html>";

        Document d = HtmlText.toDocument(html, "deep.html", null);

        assertThat(d.text()).isEqualTo("Lithuania will produce anti-personnel mines, the minister said.");
    }
}
