package org.treatywatch.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.store.Page;
import org.treatywatch.store.Store;
import org.treatywatch.store.flag.Flag;
import org.treatywatch.store.flag.FlagQuery;
import org.treatywatch.store.flag.FlagState;

/**
 * The flags page ({@code /flags}, issue 11): every flag raised by the checks against the record,
 * newest first, filtered by state, kind, treaty, review state and the dates of the event's
 * reports; each row links to its event and its state and shows the reason, the article, the
 * engine's answer and the evidence (bounded); analysts confirm or dismiss from it.
 */
public final class FlagsPage {
    /** The longest evidence snippet a row shows, in characters. */
    static final int SNIPPET = 300;
    /** Where a decision made on this page goes back to: this page with its filters, nothing else. */
    private static final Pattern BACK = Pattern.compile("/flags(\\?[A-Za-z0-9_.~%+=&-]*)?");

    private final WebPages pages;
    private final Store store;
    private final TreatyFacts facts;

    FlagsPage(WebPages pages, Store store, TreatyFacts facts) {
        this.pages = pages;
        this.store = store;
        this.facts = facts;
    }

    /** The page's filters as read from the query string. */
    public record Filters(String state, FindingKind kind, String treaty, FlagState status, LocalDate from, LocalDate to, String cursor) {
        /** This page with these filters and {@code nextCursor} (null: the first page). */
        public String query(String nextCursor) {
            StringBuilder sb = new StringBuilder("/flags?");
            WebPages.ClaimFilters.add(sb, "state", state);
            WebPages.ClaimFilters.add(sb, "kind", kind == null ? null : kind.name());
            WebPages.ClaimFilters.add(sb, "treaty", treaty);
            WebPages.ClaimFilters.add(sb, "status", status == null ? null : status.name());
            WebPages.ClaimFilters.add(sb, "from", from == null ? null : from.toString());
            WebPages.ClaimFilters.add(sb, "to", to == null ? null : to.toString());
            WebPages.ClaimFilters.add(sb, "cursor", nextCursor);
            String q = sb.toString();
            return q.endsWith("?") ? q.substring(0, q.length() - 1) : q;
        }
    }

    /** A row: the flag, its state's name and its evidence cut to {@link #SNIPPET} characters. */
    public record Row(Flag flag, String stateName, String snippet) {}

    void list(Context ctx) {
        Filters f = new Filters(pages.stateParam(ctx, "state"), WebPages.enumParam(ctx, "kind", FindingKind.class),
                treaty(ctx.queryParam("treaty")), WebPages.enumParam(ctx, "status", FlagState.class),
                WebPages.date(ctx.queryParam("from"), "from"), WebPages.date(ctx.queryParam("to"), "to"),
                WebPages.blankToNull(WebPages.clip(ctx.queryParam("cursor"), 200)));
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new WebPages.PageException(400, "The 'to' date (" + f.to() + ") is before the 'from' date (" + f.from() + ").");
        }
        FlagQuery q = new FlagQuery(f.state(), f.status(), f.kind(), f.treaty(), f.from(), f.to(), f.cursor(), WebPages.PAGE_SIZE);
        Page<Flag> page = WebPages.pageInput(() -> store.flags().flags(q));
        Map<String, String> names = facts.stateNames();
        List<Row> rows = page.items().stream()
                .map(x -> new Row(x, names.getOrDefault(x.actor(), x.actor()), snippet(x.evidence()))).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("frame", pages.frame(ctx, "Flags", "flags"));
        params.put("filters", f);
        params.put("rows", rows);
        params.put("back", f.query(f.cursor()));
        params.put("next", page.nextCursor() == null ? null : f.query(page.nextCursor()));
        params.put("first", f.cursor() == null ? null : f.query(null));
        params.put("states", names);
        params.put("treaties", facts.treaties());
        pages.render(ctx, "flags.jte", params);
    }

    private String treaty(String code) {
        String v = WebPages.blankToNull(WebPages.clip(code, 20));
        if (v == null) {
            return null;
        }
        return facts.treaties().stream().map(MapView.TreatyOption::code).filter(c -> c.equalsIgnoreCase(v.strip())).findFirst()
                .orElseThrow(() -> new WebPages.PageException(400, "Unknown treaty '" + v + "': choose one of "
                        + facts.treaties().stream().map(MapView.TreatyOption::code).toList() + "."));
    }

    static String snippet(String evidence) {
        if (evidence == null) {
            return null;
        }
        String s = evidence.strip();
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET - 1).strip() + "\u2026";
    }

    /** The flags page a decision was made on (its {@code back} form field), or null when it is anything else. */
    static String back(String back) {
        return back != null && back.length() <= 1000 && BACK.matcher(back).matches() ? back : null;
    }
}
