package org.treatywatch.web.pages;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.record.RecordHistory;
import org.treatywatch.store.Store;
import org.treatywatch.store.event.EventQuery;
import org.treatywatch.store.event.EventReportPage;
import org.treatywatch.store.event.EventSummary;
import org.treatywatch.store.flag.Flag;
import org.treatywatch.store.flag.FlagAction;
import org.treatywatch.store.flag.FlagState;
import org.treatywatch.web.AsKnownOn;
import org.treatywatch.web.auth.Access;
import io.javalin.http.HttpStatus;

/**
 * The event page ({@code /events/ID}: what was reported, by how many independent sources, how
 * its modality moved, who said it, and every report with its evidence and review) and the events
 * of a state page (issue 11).
 */
final class EventPages {
    /** At most this many events on a state page, the most recently reported first. */
    static final int STATE_PAGE_EVENTS = 200;
    /** Reports an event page shows at a time, oldest first. */
    static final int REPORTS_PER_PAGE = 100;

    private final WebPages pages;
    private final Store store;
    private final TreatyFacts facts;

    EventPages(WebPages pages, Store store, TreatyFacts facts) {
        this.pages = pages;
        this.store = store;
        this.facts = facts;
    }

    void event(Context ctx) {
        long id = WebPages.idParam(ctx);
        String cursor = WebPages.blankToNull(WebPages.clip(ctx.queryParam("cursor"), 200));
        EventReportPage page = WebPages.pageInput(() -> store.events().eventPage(id, cursor, REPORTS_PER_PAGE))
                .orElseThrow(() -> new WebPages.PageException(404, "No event #" + id + "."));
        EventView view = EventView.of(EventSummary.of(page.event()), facts.stateNames());
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("frame", pages.frame(ctx, view.sentence(), "claims"));
        params.put("view", view);
        params.put("event", page.event());
        params.put("page", page);
        params.put("next", page.nextCursor() == null ? null
                : "/events/" + id + "?cursor=" + java.net.URLEncoder.encode(page.nextCursor(), java.nio.charset.StandardCharsets.UTF_8));
        params.put("first", cursor == null ? null : "/events/" + id);
        params.put("flags", store.flags().ofEvent(id));
        pages.render(ctx, "event.jte", params);
    }

    /** An analyst confirms, dismisses or reopens a flag (a form on the event or the flags page); back to that page. */
    void reviewFlag(Context ctx) {
        Access.User user = Access.requireWriter(ctx);
        long id = WebPages.idParam(ctx);
        Flag flag = store.flags().flag(id).orElseThrow(() -> new WebPages.PageException(404, "No flag " + id + "."));
        FlagAction action = switch (String.valueOf(ctx.formParam("action"))) {
            case "confirm" -> FlagAction.CONFIRM;
            case "dismiss" -> FlagAction.DISMISS;
            case "reopen" -> FlagAction.REOPEN;
            default -> throw new WebPages.PageException(400, "Unknown flag action '" + WebPages.clip(ctx.formParam("action"), 20) + "'.");
        };
        store.flags().decide(id, user.name(), action, WebPages.blankToNull(WebPages.clip(ctx.formParam("reason"), 500)));
        String back = FlagsPage.back(ctx.formParam("back"));
        ctx.redirect(back != null ? back + "#flag-" + id : "/events/" + flag.eventId() + "#flag-" + id, HttpStatus.SEE_OTHER);
    }

    /** The open and confirmed flags of a state, for the top of its page. */
    /** The end of the page's as-known-on day, or null for the record of now. */
    private static Instant knownBy() {
        return AsKnownOn.current() == null ? null : RecordHistory.endOf(AsKnownOn.current());
    }

    /** A state's open and confirmed flags; as known on a day (see {@link AsKnownOn}), those raised by its end. */
    List<Flag> flagsOfState(String code) {
        List<Flag> out = new ArrayList<>(store.flags().flags(code, FlagState.OPEN, null, null, 50).items());
        out.addAll(store.flags().flags(code, FlagState.CONFIRMED, null, null, 50).items());
        Instant knownBy = knownBy();
        if (knownBy != null) {
            out.removeIf(f -> !f.raisedAt().isBefore(knownBy));
        }
        return out;
    }

    /**
     * A state's events with a counted report, by claim type, the most recently reported first; as
     * known on a day, from the claims stored by its end.
     */
    Map<ClaimType, List<EventView>> ofState(String code) {
        Map<String, String> names = facts.stateNames();
        EventQuery query = EventQuery.all().withActor(code).withLimit(STATE_PAGE_EVENTS).withKnownBy(knownBy());
        List<EventSummary> events = new ArrayList<>(store.events().events(query).items());
        events.removeIf(e -> e.counted() == 0);
        events.sort(Comparator.comparing(EventSummary::latest).reversed().thenComparing(Comparator.comparingLong(EventSummary::id).reversed()));
        Map<ClaimType, List<EventView>> byType = new EnumMap<>(ClaimType.class);
        for (EventSummary e : events) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(EventView.of(e, names));
        }
        return byType;
    }
}
