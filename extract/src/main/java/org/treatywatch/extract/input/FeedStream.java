package org.treatywatch.extract.input;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.treatywatch.core.document.Document;

/**
 * Documents from an RSS 2.0 (also 0.9x and 1.0) or Atom feed, one per {@code <item>} or
 * {@code <entry>}, read with StAX so a feed of any length streams item by item.
 *
 * <p>Each document takes: id from {@code guid} / Atom {@code id} (else {@code NAME#N}, N counting
 * items from 1); title; URL from {@code link} (Atom: the {@code alternate} link's {@code href});
 * date from {@code pubDate}, Atom {@code published}, else {@code updated} or {@code dc:date}; the
 * feed's own title as the outlet; and text from {@code content:encoded} or Atom {@code content},
 * else {@code description} or {@code summary}, with HTML reduced to text as {@link HtmlText}
 * does for a page body.
 *
 * <p>Safe against hostile XML: the JDK's own StAX parser is used with DTDs off and no access to
 * external DTDs or entities, and any {@code <!DOCTYPE>} is refused outright, which stops both
 * external-entity (XXE) reads and entity-expansion bombs ("billion laughs") before they start. An
 * item's text beyond the size limit is not kept; the item is reported and skipped.
 */
final class FeedStream implements DocumentStream {
    private static final XMLInputFactory FACTORY = safeFactory();
    private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";
    private static final Set<String> FEED_NAMESPACES = Set.of(
            "http://www.w3.org/2005/Atom", "http://purl.org/rss/1.0/", "http://purl.org/dc/elements/1.1/",
            "http://purl.org/dc/terms/", "http://backend.userland.com/rss2", CONTENT_MODULE);
    private static final Set<String> XHTML_BLOCKS = Set.of(
            "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre", "section", "article");

    private final Reader reader;
    private final String name;
    private final long maxChars;
    private XMLStreamReader xml;
    private String outlet;
    private int itemCount;
    private int itemsRead;
    private Document ready;
    private InputException problem;
    private boolean done;

    FeedStream(Reader reader, String name, long maxChars) {
        this.reader = reader;
        this.name = name;
        this.maxChars = maxChars;
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }

    @Override
    public boolean hasNext() {
        if (ready == null && problem == null && !done) {
            advance();
        }
        return ready != null || problem != null;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (problem != null) {
            InputException p = problem;
            problem = null;
            throw p;
        }
        Document d = ready;
        ready = null;
        return d;
    }

    private void advance() {
        try {
            if (xml == null) {
                xml = FACTORY.createXMLStreamReader(reader);
                expectFeedRoot();
            }
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refuseDtd();
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = xml.getLocalName();
                if (local.equals("item") || local.equals("entry")) {
                    itemCount++;
                    readItem();
                    return;
                }
                if (local.equals("title") && outlet == null && itemCount == 0) {
                    outlet = HtmlText.inlineText(collectText(Long.MAX_VALUE / 2, new StringBuilder()).toString());
                    if (outlet.isEmpty()) {
                        outlet = null;
                    }
                }
            }
            finish();
        } catch (XMLStreamException e) {
            finish();
            problem = new InputException(name, "malformed XML" + where(e.getLocation()) + ": " + firstLine(e)
                    + (itemsRead == 0 ? "" : itemsRead == 1 ? " (the item before it was read)"
                            : " (the " + itemsRead + " items before it were read)") + "; check that it is a well-formed RSS or Atom feed");
        } catch (InputException e) {
            finish();
            problem = e;
        } catch (java.util.MissingResourceException e) {
            // the JDK's StAX parser sometimes fails to look up its own message text for a bad DTD character
            finish();
            problem = new InputException(name, "malformed XML (" + e.getKey() + "); check that it is a well-formed RSS or Atom feed");
        }
    }

    private void expectFeedRoot() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw refuseDtd();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String root = xml.getLocalName();
                if (!root.equals("rss") && !root.equals("feed") && !root.equals("RDF")) {
                    throw new InputException(name, "is XML with root <" + root
                            + ">, not an RSS or Atom feed (<rss>, <feed> or <rdf:RDF>)");
                }
                return;
            }
        }
        throw new InputException(name, "is empty: no RSS or Atom feed in it");
    }

    private InputException refuseDtd() {
        return new InputException(name, "declares a DTD (<!DOCTYPE>), which is refused because DTDs can read"
                + " local files or expand entities without bound; remove the DOCTYPE line");
    }

    private void readItem() throws XMLStreamException {
        String id = null;
        String title = null;
        String link = null;
        String published = null;
        String updated = null;
        String content = null;
        boolean contentIsHtml = true;
        String summary = null;
        boolean summaryIsHtml = true;
        long budget = maxChars;
        boolean tooLarge = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT
                    && (xml.getLocalName().equals("item") || xml.getLocalName().equals("entry"))) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String local = xml.getLocalName();
            String ns = xml.getNamespaceURI();
            String type = xml.getAttributeValue(null, "type");
            String href = xml.getAttributeValue(null, "href");
            String rel = xml.getAttributeValue(null, "rel");
            StringBuilder text = collectText(budget, new StringBuilder());
            if (text.length() >= budget) {
                tooLarge = true;
            }
            budget = Math.max(0, budget - text.length());
            if ("xhtml".equals(type)) {
                text = new StringBuilder(normalizePlain(text.toString()));
            }
            boolean html = type == null || type.contains("html") && !type.equals("xhtml");
            String value = text.toString();
            if (ns != null && !ns.isEmpty() && !FEED_NAMESPACES.contains(ns)) {
                continue; // media:title, itunes:summary and the like describe something else
            }
            switch (local) {
                case "guid", "id" -> id = value.strip();
                case "title" -> title = html ? HtmlText.inlineText(value) : value.strip();
                case "link" -> {
                    if (href != null && (rel == null || rel.equals("alternate"))) {
                        link = href.strip();
                    } else if (href == null && link == null) {
                        link = value.strip();
                    }
                }
                case "pubDate", "published" -> published = value;
                case "updated", "date", "modified" -> updated = value;
                case "encoded" -> {
                    if (CONTENT_MODULE.equals(ns)) {
                        content = value;
                        contentIsHtml = true;
                    }
                }
                case "content" -> {
                    content = value;
                    contentIsHtml = html;
                }
                case "description", "summary" -> {
                    summary = value;
                    summaryIsHtml = html;
                }
                default -> { }
            }
        }
        String source = name + "#" + itemCount;
        if (tooLarge) {
            // This item only: the stream goes on with the next one.
            problem = new InputException(source, "the feed item is larger than the " + Sizes.format(maxChars)
                    + " limit per document; it was skipped (raise the limit with --max-doc-size)");
            return;
        }
        String body = content != null ? content : summary;
        boolean bodyIsHtml = content != null ? contentIsHtml : summaryIsHtml;
        String text = body == null ? "" : bodyIsHtml ? HtmlText.fragmentText(body) : normalizePlain(body);
        LocalDate date = Dates.parseLenient(published);
        if (date == null) {
            date = Dates.parseLenient(updated);
        }
        itemsRead++;
        ready = new Document(
                id == null || id.isEmpty() ? source : id,
                text,
                title == null || title.isEmpty() ? null : title,
                date,
                link == null || link.isEmpty() ? null : link,
                outlet);
    }

    /**
     * The text inside the current element (nested markup included, with a newline after XHTML
     * blocks), up to {@code budget} chars; the cursor ends on the element's end tag.
     */
    private StringBuilder collectText(long budget, StringBuilder out) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0 && XHTML_BLOCKS.contains(xml.getLocalName())) {
                        out.append('\n');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (out.length() < budget) {
                        int room = (int) Math.min(Integer.MAX_VALUE, budget - out.length());
                        int length = Math.min(room, xml.getTextLength());
                        out.append(xml.getTextCharacters(), xml.getTextStart(), length);
                        if (length < xml.getTextLength()) {
                            out.append(' '); // marks it as over budget
                        }
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    /** Plain text with runs of spaces collapsed, lines trimmed and blank lines dropped. */
    static String normalizePlain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\\R")) {
            String collapsed = line.strip().replaceAll("[ \\t\\x0B\\f]+", " ");
            if (!collapsed.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(collapsed);
            }
        }
        return out.toString();
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String firstLine(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private void finish() {
        done = true;
        close();
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException ignored) {
            // Closing a reader that failed mid-document loses nothing.
        }
        try {
            reader.close();
        } catch (IOException ignored) {
            // Nothing was written.
        }
    }
}
