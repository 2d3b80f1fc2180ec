package org.treatywatch.web.pages;

import java.time.LocalDate;
import java.util.List;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.store.StoredClaim;

/**
 * A claim as the pages show it: the stored claim, the names of its states, where it was said
 * (outlet, date, link) and its evidence sentence cut into pieces for highlighting.
 */
public record ClaimView(StoredClaim stored, String actorName, String recipientName, Source source, List<Segments.Piece> evidence) {

    /**
     * The document a claim comes from.
     *
     * @param url only an http(s) link, else null: a {@code javascript:} URL must never become a link
     */
    public record Source(long documentId, String title, String outlet, LocalDate published, String url) {
        public Source {
            url = safeUrl(url);
        }

        public String displayTitle() {
            return ClaimView.displayTitle(title, outlet, url);
        }
    }

    /**
     * What a page calls a document: its title; without one, what is known of where it came from
     * ("Untitled article from Example Wire", "Untitled article at example.org"), never a file path
     * or a number.
     */
    public static String displayTitle(String title, String outlet, String url) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (outlet != null && !outlet.isBlank()) {
            return "Untitled article from " + outlet;
        }
        String safe = safeUrl(url);
        if (safe != null) {
            try {
                String host = java.net.URI.create(safe).getHost();
                if (host != null) {
                    return "Untitled article at " + host;
                }
            } catch (IllegalArgumentException e) {
                // not a URI after all: say nothing of it
            }
        }
        return "Untitled article";
    }

    public Claim claim() {
        return stored.claim();
    }

    public long id() {
        return stored.id();
    }

    /** What the claim says in a few words, e.g. "PRODUCTION of AP_MINE" or "WITHDRAWAL from APMBC". */
    public String what() {
        Claim c = stored.claim();
        String object = c.type().isTreatyType()
                ? (c.type() == org.treatywatch.core.claim.ClaimType.WITHDRAWAL ? "from " : "to ") + c.treaty()
                : "of " + Labels.weapon(c.weapon());
        return Labels.type(c.type()) + " " + object;
    }

    /** The link target when it is http or https, else null. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && u.length() <= 2000 ? u : null;
    }
}
