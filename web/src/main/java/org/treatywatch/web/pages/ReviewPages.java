package org.treatywatch.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.Page;
import org.treatywatch.store.ReviewAction;
import org.treatywatch.store.ReviewState;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.store.StoredDocument;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.auth.Access;

/**
 * The analysts' pages that change claims: the review queue (filtered by state, type and
 * document, each claim with its context), a review (accept, reject, reset, or an edit of any
 * codebook field, checked by {@link org.treatywatch.web.ClaimEdit}, with a reason) and a claim
 * added by hand on a document's page. Split from {@link WebPages}, whose helpers it uses.
 */
public final class ReviewPages {
    static final int MAX_REASON = 500;
    /** Characters of the document shown on either side of a claim's evidence in the queue. */
    static final int CONTEXT = 200;

    private final WebPages pages;
    private final Store store;
    private final TreatyFacts facts;

    ReviewPages(WebPages pages, Store store, TreatyFacts facts) {
        this.pages = pages;
        this.store = store;
        this.facts = facts;
    }

    /** The text around a claim's evidence in its document. */
    public record EvidenceContext(String before, String after) {}

    /** The queue's filters, as read from the query. */
    public record QueueFilters(String state, ClaimType type, Long document) {
        public String query(String cursor) {
            StringBuilder sb = new StringBuilder("/review?");
            if (state != null) {
                sb.append("state=").append(state).append('&');
            }
            if (type != null) {
                sb.append("type=").append(type.name()).append('&');
            }
            if (document != null) {
                sb.append("document=").append(document).append('&');
            }
            if (cursor != null) {
                sb.append("cursor=").append(java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            }
            String q = sb.toString();
            return q.endsWith("&") || q.endsWith("?") ? q.substring(0, q.length() - 1) : q;
        }
    }

    void queue(Context ctx) {
        pages.requireAnalystPage(ctx);
        String cursor = WebPages.blankToNull(WebPages.clip(ctx.queryParam("cursor"), 200));
        String document = WebPages.blankToNull(ctx.queryParam("document"));
        if (document != null && !document.strip().matches("\\d{1,18}")) {
            throw new WebPages.PageException(400, "The document must be a document's number, got '" + WebPages.clip(document, 20) + "'.");
        }
        QueueFilters f = new QueueFilters(pages.stateParam(ctx, "state"), WebPages.enumParam(ctx, "type", ClaimType.class),
                document == null ? null : Long.parseLong(document.strip()));
        ClaimQuery q = ClaimQuery.all().withReview(ReviewState.PENDING).withActor(f.state()).withType(f.type())
                .withCursor(cursor).withLimit(WebPages.PAGE_SIZE);
        if (f.document() != null) {
            q = q.withDocument(f.document());
        }
        ClaimQuery query = q;
        Page<StoredClaim> page = WebPages.pageInput(() -> store.claims(query));
        Map<Long, EvidenceContext> contexts = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (StoredClaim c : page.items()) {
            String text = texts.computeIfAbsent(c.documentId(), id -> store.document(id).map(StoredDocument::text).orElse(""));
            contexts.put(c.id(), context(c, text));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("frame", pages.frame(ctx, "Review queue", "review"));
        params.put("claims", pages.claimViews(page.items(), null));
        params.put("contexts", contexts);
        params.put("filters", f);
        params.put("states", facts.stateNames());
        params.put("next", page.nextCursor() == null ? null : f.query(page.nextCursor()));
        // The claim just reviewed, said in the app's own words (the parameter is only an id).
        String done = ctx.queryParam("done");
        boolean doneOk = done != null && done.matches("\\d{1,18}");
        params.put("message", doneOk
                ? store.claim(Long.parseLong(done)).map(c -> "claim " + c.id() + " is now " + c.reviewState().name().toLowerCase(Locale.ROOT)).orElse(null)
                : null);
        params.put("doneId", doneOk ? done : null);
        pages.render(ctx, "review.jte", params);
    }

    static EvidenceContext context(StoredClaim c, String text) {
        int start = c.claim().evidence().start();
        int end = c.claim().evidence().end();
        if (end > text.length()) {
            return new EvidenceContext("", "");
        }
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return new EvidenceContext((from > 0 ? "…" : "") + text.substring(from, start), text.substring(end, to) + (to < text.length() ? "…" : ""));
    }

    void review(Context ctx) {
        Access.User user = Access.requireWriter(ctx);
        long id = WebPages.idParam(ctx);
        StoredClaim stored = store.claim(id).orElseThrow(() -> new WebPages.PageException(404, "No claim " + id + "."));
        String action = String.valueOf(ctx.formParam("action"));
        String reason = WebPages.blankToNull(WebPages.clip(ctx.formParam("reason"), MAX_REASON));
        try {
            switch (action) {
                case "accept" -> store.review(id, user.name(), ReviewAction.ACCEPT, null, reason);
                case "reject" -> store.review(id, user.name(), ReviewAction.REJECT, null, reason);
                case "reset" -> store.review(id, user.name(), ReviewAction.RESET, null, reason);
                case "edit" -> store.review(id, user.name(), ReviewAction.EDIT, edited(ctx, stored.claim()), reason);
                default -> throw new WebPages.PageException(400, "Unknown review action '" + WebPages.clip(action, 20) + "'.");
            }
        } catch (ApiException | IllegalArgumentException e) {
            ctx.status(400);
            Map<String, Object> params = new HashMap<>();
            params.put("frame", pages.frame(ctx, "Claim " + id, "claims"));
            params.put("claim", pages.claimViews(List.of(stored), null).get(0));
            params.put("audit", AuditView.of(store.audit(id)));
            params.put("message", "The edit was not saved: " + e.getMessage() + ".");
            pages.render(ctx, "claim.jte", params);
            return;
        }
        String back = ctx.formParam("back");
        ctx.redirect("review".equals(back) ? "/review?done=" + id : "/claims/" + id, HttpStatus.SEE_OTHER);
    }

    /** The claim as edited in the form: the same evidence, every codebook field as the analyst left it. */
    private Claim edited(Context ctx, Claim old) {
        return facts.edit(ctx::formParam).applyTo(old);
    }

    /** A claim the extractor missed, added on the document's page: the analyst gives its fields and evidence span. */
    void addClaim(Context ctx) {
        Access.User user = Access.requireWriter(ctx);
        long docId = WebPages.idParam(ctx);
        StoredDocument doc = store.document(docId).orElseThrow(() -> new WebPages.PageException(404, "No document " + docId + "."));
        String reason = WebPages.blankToNull(WebPages.clip(ctx.formParam("reason"), MAX_REASON));
        StoredClaim added;
        try {
            Claim claim = facts.edit(ctx::formParam).newClaim(doc.externalId(), doc.text());
            added = store.addAnalystClaim(docId, user.name(), claim, reason);
        } catch (ApiException | IllegalArgumentException e) {
            throw new WebPages.PageException(400, "The claim was not added: " + e.getMessage() + ".");
        }
        ctx.redirect("/claims/" + added.id(), HttpStatus.SEE_OTHER);
    }
}
