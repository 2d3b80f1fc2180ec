package org.treatywatch.extract.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.treatywatch.core.document.Document;

/**
 * The main text of an HTML page, with its title, publication date, canonical URL and outlet from
 * the page's metadata. jsoup parses any HTML the way browsers do, so malformed markup still yields
 * text.
 *
 * <p>The main text is found in three steps, a small cousin of Readability's:
 * <ol>
 *   <li>boilerplate by element is dropped: script, style, nav, header, footer, aside, forms and
 *       their controls, iframes, hidden elements and the ARIA landmarks for navigation, banner,
 *       site info, sidebars, search and dialogs (comments never reach the text);
 *   <li>the container is the article body ({@code itemprop=articleBody}), else the longest
 *       {@code <article>}, else {@code <main>}, else the body;
 *   <li>inside it, boilerplate by name (cookie and consent banners, newsletter, share, related,
 *       ads, breadcrumbs, comments, by class or id word) and blocks that are mostly links (menus
 *       and teaser lists outside {@code <nav>}) are dropped.
 * </ol>
 *
 * <p>The text keeps one line per block (paragraph, heading, list item, table row, {@code <br>}),
 * so sentences of adjacent paragraphs never run together; whitespace inside a block collapses to
 * one space, as a browser shows it ({@code <pre>} keeps its own). This text is the document's
 * text: evidence offsets point into it, not into the HTML.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "li", "main",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final String BOILERPLATE_ELEMENTS = String.join(", ",
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
            "object", "embed", "svg", "canvas", "button", "select", "textarea", "input", "label", "dialog",
            "menu", "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]",
            "[role=contentinfo]", "[role=complementary]", "[role=search]", "[role=dialog]",
            "[role=alertdialog]", "[style~=(?i)display\\s*:\\s*none]", "[style~=(?i)visibility\\s*:\\s*hidden]");
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "cookie", "cookies", "consent", "gdpr", "cmp", "newsletter", "subscribe", "subscription", "signup",
            "share", "sharing", "social", "related", "recommended", "promo", "advert", "advertisement", "ad",
            "ads", "sponsored", "breadcrumb", "breadcrumbs", "comments", "sidebar", "popup", "modal",
            "overlay", "paywall", "navbar", "menu", "masthead", "toolbar", "skip");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_\\-]+");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shorter candidates than this are teasers, not the article. */
    private static final int MIN_CONTAINER_CHARS = 140;

    private HtmlText() {}

    /** The document of one page; {@code url} is where it came from (may be null). */
    static Document toDocument(String html, String id, String url) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url);
        String title = title(page);
        LocalDate published = published(page);
        String canonical = firstNonBlank(
                page.select("link[rel=canonical]").attr("href"),
                meta(page, "og:url"),
                url);
        String outlet = firstNonBlank(meta(page, "og:site_name"));
        return new Document(id, mainText(page), title, published, canonical, outlet);
    }

    /** Text of an HTML fragment (an RSS description), with the same block and whitespace rules. */
    static String fragmentText(String html) {
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
        fragment.select(BOILERPLATE_ELEMENTS).remove();
        return render(fragment.body());
    }

    /** Plain text of a short field that may carry markup or entities (a feed item title). */
    static String inlineText(String maybeHtml) {
        if (maybeHtml.indexOf('<') < 0 && maybeHtml.indexOf('&') < 0) {
            return maybeHtml.strip();
        }
        return Jsoup.parseBodyFragment(maybeHtml).body().text().strip();
    }

    /**
     * The main text. Linear in the page: the text and link-text lengths that choose the container
     * and find link lists are counted for every element in one pass ({@link TextLengths}), where
     * asking each block for its {@code text()} and its links would walk its whole subtree again
     * (up to jsoup's 512 levels of nesting for each node of a deeply nested page).
     */
    static String mainText(org.jsoup.nodes.Document page) {
        page.select(BOILERPLATE_ELEMENTS).remove();
        Element container = container(page, TextLengths.of(page));
        for (Element e : container.select("[class], [id]")) {
            if (e != container && e.parent() != null && hasBoilerplateName(e)) {
                e.remove();
            }
        }
        // Each block is judged on its own subtree as it is now (earlier removals in document order
        // are never inside it), so one count before removing serves every block.
        TextLengths lengths = TextLengths.of(container);
        List<Element> linkLists = new ArrayList<>();
        for (Element e : container.select("ul, ol, div, table, section, dl")) {
            if (e != container && lengths.mostlyLinks(e)) {
                linkLists.add(e);
            }
        }
        linkLists.forEach(Element::remove);
        return render(container);
    }

    private static Element container(org.jsoup.nodes.Document page, TextLengths lengths) {
        List<Elements> tiers = List.of(
                page.select("[itemprop=articleBody]"),
                page.select("article"),
                page.select("main, [role=main]"));
        for (Elements tier : tiers) {
            Element best = null;
            int bestLength = MIN_CONTAINER_CHARS - 1;
            for (Element e : tier) {
                int length = lengths.text(e);
                if (length > bestLength) {
                    best = e;
                    bestLength = length;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return page.body();
    }

    private static boolean hasBoilerplateName(Element e) {
        for (String attribute : new String[] {e.className(), e.id()}) {
            if (attribute.isEmpty()) {
                continue;
            }
            for (String word : WORD_SPLIT.split(attribute.toLowerCase(Locale.ROOT))) {
                if (BOILERPLATE_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The length of the text under every element of a tree, and of the part of it inside links,
     * counted bottom-up in one traversal: each text node adds its whitespace-collapsed length to
     * its ancestors once. {@link HtmlText} reads pages with jsoup, whose {@code Element.text()}
     * would count the same subtree again for every ancestor.
     */
    static final class TextLengths {
        /** Per element: [text length, link text length]. */
        private final Map<Element, int[]> lengths = new IdentityHashMap<>();

        static TextLengths of(Element root) {
            TextLengths t = new TextLengths();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element e) {
                        t.lengths.put(e, new int[2]);
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    int[] own;
                    if (node instanceof TextNode text) {
                        int n = text.text().strip().length(); // whitespace collapsed, as Element.text() counts it
                        own = new int[] {n, 0};
                    } else if (node instanceof Element e) {
                        own = t.lengths.get(e);
                        if (e.normalName().equals("a")) {
                            own[1] = own[0];
                        }
                    } else {
                        return;
                    }
                    if (node != root && node.parent() instanceof Element parent) {
                        int[] p = t.lengths.get(parent);
                        p[0] += own[0];
                        p[1] += own[1];
                    }
                }
            }, root);
            return t;
        }

        /** The length of the text under {@code e} (whitespace collapsed, without the gaps between nodes). */
        int text(Element e) {
            int[] l = lengths.get(e);
            return l == null ? 0 : l[0];
        }

        /** A block whose text is more than half link text, like a menu or a list of teasers. */
        boolean mostlyLinks(Element e) {
            int[] l = lengths.get(e);
            return l != null && l[0] > 0 && l[1] * 2 > l[0];
        }
    }

    /** One line per block, whitespace collapsed inside blocks; see the class comment. */
    static String render(Element root) {
        TextBuilder out = new TextBuilder();
        appendNode(root, out, false);
        return out.toString();
    }

    private static void appendNode(Node node, TextBuilder out, boolean pre) {
        if (node instanceof TextNode text) {
            out.append(pre ? text.getWholeText() : text.text(), pre);
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, doctype, data nodes
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            out.lineBreak();
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            out.lineBreak();
        } else if (tag.equals("img")) {
            return;
        }
        boolean inPre = pre || tag.equals("pre");
        for (Node child : element.childNodes()) {
            appendNode(child, out, inPre);
        }
        if (tag.equals("td") || tag.equals("th")) {
            out.space();
        }
        if (block) {
            out.lineBreak();
        }
    }

    /** Builds text with collapsed whitespace and at most one newline between blocks. */
    private static final class TextBuilder {
        private final StringBuilder text = new StringBuilder();
        private boolean pendingBreak;
        private boolean pendingSpace;

        void append(String s, boolean pre) {
            if (pre) {
                flushPending();
                text.append(s);
                return;
            }
            // jsoup's TextNode.text() has already collapsed runs of whitespace to one space.
            int start = 0;
            int end = s.length();
            if (end > 0 && s.charAt(0) == ' ') {
                pendingSpace = true;
                start = 1;
            }
            boolean trailing = end > start && s.charAt(end - 1) == ' ';
            if (trailing) {
                end--;
            }
            if (end > start) {
                flushPending();
                text.append(s, start, end);
            }
            if (trailing) {
                pendingSpace = true;
            }
        }

        private void flushPending() {
            if (pendingBreak && !text.isEmpty()) {
                text.append('\n');
            } else if (pendingSpace && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            pendingBreak = false;
            pendingSpace = false;
        }

        void lineBreak() {
            pendingBreak = true;
            pendingSpace = false;
        }

        void space() {
            pendingSpace = true;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static String title(org.jsoup.nodes.Document page) {
        return firstNonBlank(
                meta(page, "og:title"),
                page.title(),
                jsonLd(page, "headline"),
                page.select("h1").text());
    }

    private static LocalDate published(org.jsoup.nodes.Document page) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(page, "article:published_time"));
        candidates.add(jsonLd(page, "datePublished"));
        for (String name : new String[] {"date", "pubdate", "publishdate", "dc.date.issued", "dc.date", "dcterms.created"}) {
            candidates.add(meta(page, name));
        }
        candidates.add(page.select("[itemprop=datePublished]").attr("content"));
        candidates.add(page.select("[itemprop=datePublished]").attr("datetime"));
        Element inArticle = page.selectFirst("article time[datetime], main time[datetime]");
        candidates.add(inArticle == null ? null : inArticle.attr("datetime"));
        candidates.add(page.select("time[datetime]").attr("datetime"));
        for (String candidate : candidates) {
            LocalDate date = Dates.parseLenient(candidate);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** A {@code <meta>} value by property or name, case-insensitively. */
    private static String meta(org.jsoup.nodes.Document page, String key) {
        for (Element m : page.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))) {
                String content = m.attr("content");
                if (!content.isBlank()) {
                    return content.strip();
                }
            }
        }
        return null;
    }

    /** The first {@code field} text in any JSON-LD block (including {@code @graph} arrays), or null. */
    private static String jsonLd(org.jsoup.nodes.Document page, String field) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = JSON.readTree(script.data()).findValue(field);
                if (found != null && found.isTextual() && !found.asText().isBlank()) {
                    return found.asText().strip();
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
                // A page's broken JSON-LD is its problem; the other sources may still give the value.
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
