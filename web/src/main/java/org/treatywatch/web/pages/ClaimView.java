package org.treatywatch.web.pages;

import java.time.LocalDate;
import java.util.List;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.store.StoredClaim;

/**
 * A claim as the pages show it: the stored claim, the names of its states, where it was said
 * (outlet, date, link) and its evidence sentence cut into pieces for highlighting.
 */
public record ClaimView(StoredClaim stored, String actorName, String recipientName, String allegedByName, Source source,
                        List<Segments.Piece> evidence) {

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

    /** The claim as a sentence, for screen readers and the feed ("Lithuania plans to produce anti-personnel mines"). */
    public String sentence() {
        Claim c = stored.claim();
        return org.treatywatch.web.ClaimSentence.of(c, code -> code.equals(c.actor()) ? actorName
                : code.equals(c.recipient()) ? recipientName : code.equals(c.allegedBy()) ? allegedByName : null);
    }

    /** "10,000 mines", "5,000 to 10,000 mines", "at least 1,000 mines"; null without a quantity. */
    public String quantity() {
        var q = stored.claim().quantity();
        return q == null ? null : range(q.min() == null ? null : (double) q.min(), q.max() == null ? null : (double) q.max()) + " " + q.unit();
    }

    /** "EUR 100,000,000 to 1,000,000,000"; null without an amount. */
    public String amount() {
        var a = stored.claim().amount();
        return a == null ? null : a.currency() + " " + range(a.min(), a.max());
    }

    /** The stage of a treaty claim in words ("notified"), or null. */
    public String stage() {
        var st = stored.claim().stage();
        return st == null ? null : st.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String range(Double min, Double max) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.UK);
        if (min != null && max != null && !min.equals(max)) {
            return f.format(min) + " to " + f.format(max);
        }
        if (min != null) {
            return (max == null ? "at least " : "") + f.format(min);
        }
        return max == null ? "?" : "up to " + f.format(max);
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
