package org.treatywatch.web.api;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.store.StoredChange;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.web.ClaimSentence;

/**
 * An Atom 1.0 feed (RFC 4287) of accepted claims and confirmed record changes, newest first: one entry per claim, its
 * title the claim as a sentence ({@link ClaimSentence}: "Russia accused of using anti-personnel
 * mines (alleged by Ukraine)"), its link the claim's page (its JSON and the source article are
 * further links), its summary the citation (title, outlet, date, URL of the source) and its
 * content the evidence sentence as plain text. Written with
 * the JDK's XML stream writer, which escapes every text and attribute, so news text cannot break
 * the XML. Entry ids are tag URIs (RFC 4151) that never change for a claim.
 */
final class AtomFeed {
    static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * @param baseUrl  scheme, host and port of this server, e.g. {@code http://localhost:8080}
     * @param selfPath the feed's own path and query
     */
    static String render(List<StoredClaim> claims, String baseUrl, String selfPath, String title, Function<String, String> names) {
        return render(claims, List.of(), baseUrl, selfPath, title, names);
    }

    /**
     * The feed of accepted claims and of confirmed changes to the participation record (a notice
     * confirmed by an analyst: "Lithuania: PARTY -> WITHDRAWING from 2025-06-27, ..."), newest first.
     */
    static String render(List<StoredClaim> claims, List<StoredChange> changes, String baseUrl, String selfPath, String title,
            Function<String, String> names) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            Instant updated = claims.isEmpty() || claims.get(0).reviewedAt() == null
                    ? Instant.EPOCH : claims.get(0).reviewedAt();
            for (StoredChange c : changes) {
                if (c.decidedAt() != null && c.decidedAt().isAfter(updated)) {
                    updated = c.decidedAt();
                }
            }
            header(x, "tag:treatywatch.org,2025:feed" + selfPath, title, updated, baseUrl + selfPath);
            element(x, "generator", "Treatywatch");
            int i = 0;
            for (StoredClaim s : claims) {
                Instant at = s.reviewedAt() == null ? s.createdAt() : s.reviewedAt();
                for (; i < changes.size() && changes.get(i).decidedAt().isAfter(at); i++) {
                    change(x, changes.get(i), baseUrl);
                }
                Claim c = s.claim();
                x.writeStartElement("entry");
                element(x, "id", "tag:treatywatch.org,2025:claim/" + s.id());
                element(x, "title", ClaimSentence.of(c, names));
                element(x, "updated", (s.reviewedAt() == null ? s.createdAt() : s.reviewedAt()).toString());
                if (s.published() != null) {
                    element(x, "published", s.published() + "T00:00:00Z");
                }
                link(x, "alternate", baseUrl + "/claims/" + s.id(), "text/html");
                link(x, "alternate", baseUrl + "/api/v1/claims/" + s.id(), "application/json");
                String source = safeUrl(s.source().url());
                if (source != null) {
                    link(x, "related", source, "text/html");
                }
                x.writeEmptyElement("category");
                x.writeAttribute("term", c.type().name());
                x.writeEmptyElement("category");
                x.writeAttribute("term", c.actor());
                x.writeStartElement("summary");
                x.writeAttribute("type", "text");
                x.writeCharacters(clean(ClaimSentence.of(c, names) + ". Source: " + citation(s) + ". Reviewed by " + s.reviewedBy() + "."));
                x.writeEndElement();
                x.writeStartElement("content");
                x.writeAttribute("type", "text");
                x.writeCharacters(clean(c.evidence().text()));
                x.writeEndElement();
                x.writeEndElement();
            }
            for (; i < changes.size(); i++) {
                change(x, changes.get(i), baseUrl);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toString();
    }

    /** A feed's id, title, time, self link and author (Treatywatch), after its opening tag. */
    static void header(XMLStreamWriter x, String id, String title, Instant updated, String selfUrl) throws XMLStreamException {
        element(x, "id", id);
        element(x, "title", title);
        element(x, "updated", updated.toString());
        link(x, "self", selfUrl, "application/atom+xml");
        x.writeStartElement("author");
        element(x, "name", "Treatywatch");
        x.writeEndElement();
    }

    /** An entry for a confirmed change of the record: its summary, the notice behind it, who confirmed it. */
    private static void change(XMLStreamWriter x, StoredChange c, String baseUrl) throws XMLStreamException {
        x.writeStartElement("entry");
        element(x, "id", "tag:treatywatch.org,2025:record-change/" + c.id());
        element(x, "title", "Record: " + c.summary());
        element(x, "updated", c.decidedAt().toString());
        element(x, "published", c.notice().noticeDate() + "T00:00:00Z");
        link(x, "alternate", baseUrl + "/states/" + c.notice().state(), "text/html");
        x.writeEmptyElement("category");
        x.writeAttribute("term", "RECORD_CHANGE");
        x.writeEmptyElement("category");
        x.writeAttribute("term", c.notice().state());
        x.writeStartElement("summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(clean(c.summary() + ". Depositary notification " + c.notice().reference() + " of "
                + c.notice().noticeDate() + " (" + c.notice().action().word() + "), confirmed by " + c.decidedBy() + "."));
        x.writeEndElement();
        x.writeEndElement();
    }

    /** "Title", Outlet, 2025-06-27, https://... : what a reader needs to find the article. */
    static String citation(StoredClaim s) {
        StringBuilder sb = new StringBuilder(s.source().title() == null ? "untitled document " + s.claim().doc() : "\u201c" + s.source().title() + "\u201d");
        if (s.source().outlet() != null) {
            sb.append(", ").append(s.source().outlet());
        }
        if (s.published() != null) {
            sb.append(", ").append(s.published());
        }
        if (s.source().url() != null) {
            sb.append(", ").append(s.source().url());
        }
        return sb.toString();
    }

    /** Only http(s) URLs become links. */
    private static String safeUrl(String url) {
        return url != null && url.strip().matches("(?i)https?://\\S+") ? url.strip() : null;
    }

    static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
    }

    static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
    }

    /** XML 1.0 cannot carry most control characters even escaped; they are dropped. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
