package org.treatywatch.web.api;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.treatywatch.store.alerts.Change;
import org.treatywatch.store.alerts.ChangeKind;

/**
 * A subscription's Atom 1.0 feed (RFC 4287): one entry per change, newest first, its title the
 * change's summary, its link the claim's page (events and flags link to their own pages once they
 * have them). Written as {@link AtomFeed} is, with every text escaped by the XML writer.
 */
final class ChangeFeed {
    private ChangeFeed() {}

    /** @param selfUrl the feed's own URL; it carries the feed's key, so only its subscriber knows it */
    static String render(List<Change> changes, String baseUrl, String selfUrl, String title, long subscriptionId) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(AtomFeed.NS);
            AtomFeed.header(x, "tag:treatywatch.org,2026:subscription/" + subscriptionId, title,
                    changes.isEmpty() ? Instant.EPOCH : changes.get(0).at(), selfUrl);
            for (Change c : changes) {
                x.writeStartElement("entry");
                AtomFeed.element(x, "id", "tag:treatywatch.org,2026:change/" + c.id());
                AtomFeed.element(x, "title", c.summary());
                AtomFeed.element(x, "updated", c.at().toString());
                if (c.kind() == ChangeKind.CLAIM) {
                    AtomFeed.link(x, "alternate", baseUrl + "/claims/" + c.refId(), "text/html");
                    AtomFeed.link(x, "alternate", baseUrl + "/api/v1/claims/" + c.refId(), "application/json");
                }
                category(x, c.kind().name());
                if (c.state() != null) {
                    category(x, c.state());
                }
                if (c.claimType() != null) {
                    category(x, c.claimType().name());
                }
                if (c.flagKind() != null) {
                    category(x, c.flagKind().name());
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void category(XMLStreamWriter x, String term) throws XMLStreamException {
        x.writeEmptyElement("category");
        x.writeAttribute("term", AtomFeed.clean(term));
    }
}
