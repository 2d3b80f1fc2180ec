package org.treatywatch.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.store.EventStore;
import org.treatywatch.store.Page;
import org.treatywatch.store.event.EventFigures;
import org.treatywatch.store.event.EventQuery;
import org.treatywatch.store.event.EventReport;
import org.treatywatch.store.event.EventReportPage;
import org.treatywatch.store.event.EventSummary;
import org.treatywatch.store.event.Story;
import org.treatywatch.store.export.Exports;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.WebServer;

/**
 * The API's events and stories (issue 11): {@code GET /api/v1/events} (filters {@code state},
 * {@code type}, {@code treaty}, {@code from}, {@code to} on the reports' dates, pages of
 * {@code limit} with a {@code cursor}), {@code events/{id}} with its figures and a page of its
 * reports ({@code limit}, default 100, and {@code cursor}), {@code stories}
 * ({@code copies=true} for those of two documents or more) and {@code stories/{id}}.
 */
final class EventRoutes {
    /** The parameters of the events list. */
    static final String[] EVENT_FILTERS = {"state", "type", "treaty", "from", "to", "cursor", "limit"};
    static final String[] STORY_FILTERS = {"copies", "cursor", "limit"};

    private final WebServer server;
    private final EventStore events;

    EventRoutes(WebServer server) {
        this.server = server;
        this.events = server.store().events();
    }

    /** An event as the list shows it. */
    public record EventView(long id, String type, String actor, String treaty, String recipient, String weapon, LocalDate firstReported,
            LocalDate latestReported, String modality, int reportsCounted, int documents, int stories, int sources,
            int outlets, String link) {}

    public record StepView(LocalDate reported, String modality, String stage, long claimId) {}

    /** One report of an event; {@code counted} is false for a rejected claim. */
    public record ReportView(long claimId, long documentId, long storyId, LocalDate reported, String modality, String stage,
            String reviewState, boolean counted, Speaker speaker, String evidence, Views.Citation source) {}

    /**
     * An event with how it moved, its outlets and speakers (from every report), and one page of its
     * reports: {@code reportsTotal} in all, {@code next} the next page's URL (null on the last).
     */
    public record EventDetail(EventView event, List<FlagRoutes.FlagView> flags, List<StepView> timeline, List<String> outlets,
            List<Speaker> speakers, List<ReportView> reports, int reportsTotal, long reportsOffset, String nextCursor, String next) {}

    public record StoryView(long id, int size, List<Story.Copy> documents) {}

    static EventView view(EventSummary e) {
        return new EventView(e.id(), e.type().name(), e.actor(), e.treaty(), e.recipient(),
                e.weapon() == null ? null : e.weapon().name(), e.first(), e.latest(),
                e.modality() == null ? null : e.modality().name(), e.counted(), e.documents(), e.stories(), e.sources(),
                e.outlets(), "/api/v1/events/" + e.id());
    }

    EventDetail detail(EventReportPage p, Context ctx) {
        EventFigures e = p.event();
        return new EventDetail(view(EventSummary.of(e)),
                server.store().flags().ofEvent(e.id()).stream().map(FlagRoutes::view).toList(),
                e.timeline().stream().map(s -> new StepView(s.reported(), s.modality().name(),
                        s.stage() == null ? null : s.stage().name(), s.claimId())).toList(),
                e.outlets(), e.speakers(), p.reports().stream().map(EventRoutes::report).toList(), p.total(), p.offset(),
                p.nextCursor(), ApiRoutes.nextLink(ctx, p.nextCursor()));
    }

    static ReportView report(EventReport r) {
        return new ReportView(r.claimId(), r.documentId(), r.storyId(), r.reported(), r.modality().name(),
                r.stage() == null ? null : r.stage().name(), r.reviewState().name(), r.counted(), r.speaker(), r.evidence().text(),
                new Views.Citation(r.source().title(), r.source().url(), r.source().outlet(), r.reported()));
    }

    /** The events filter of a request, checked as the claims list's is. */
    EventQuery query(Context ctx, String state) {
        Params.Range range = Params.range(ctx);
        String treaty = ApiRoutes.treatyCode(server.status().engine(), ctx);
        return new EventQuery(state, Params.enumValue(ctx, "type", ClaimType.class), treaty, range.from(), range.to(),
                Params.string(ctx, "cursor"), Params.integer(ctx, "limit", 50, 1, EventQuery.MAX_LIMIT));
    }

    void list(Context ctx) {
        EventQuery q = query(ctx, Params.state(ctx, "state", server.status().engine().data().states()));
        Page<EventSummary> page = ApiException.input(() -> events.events(q));
        server.respond(ctx, new Views.PageView<>(page.items().stream().map(EventRoutes::view).toList(), page.nextCursor(),
                ApiRoutes.nextLink(ctx, page.nextCursor())));
    }

    void get(Context ctx) {
        long id = Params.pathId(ctx, "id");
        int limit = Params.integer(ctx, "limit", EventReportPage.DEFAULT_LIMIT, 1, EventReportPage.MAX_LIMIT);
        String cursor = Params.string(ctx, "cursor");
        EventReportPage p = ApiException.input(() -> events.eventPage(id, cursor, limit))
                .orElseThrow(() -> ApiException.notFound("no event #" + id));
        server.respond(ctx, detail(p, ctx));
    }

    /** {@code export/events?format=csv|json} with the list's filters: every event, streamed a page at a time. */
    void exportEvents(Context ctx) throws java.io.IOException {
        Exports.Format f = ApiRoutes.format(ctx);
        EventQuery q = query(ctx, Params.state(ctx, "state", server.status().engine().data().states()));
        stream(ctx, f, "events", out -> Exports.events(server.store(), q, f, out));
    }

    /** {@code export/stories?format=csv|json}: every document of every story ({@code copies=true}: of copied ones). */
    void exportStories(Context ctx) throws java.io.IOException {
        Exports.Format f = ApiRoutes.format(ctx);
        boolean copies = copies(ctx);
        stream(ctx, f, "stories", out -> Exports.stories(server.store(), copies, f, out));
    }

    private interface Export {
        long write(java.io.Writer out) throws java.io.IOException;
    }

    private static void stream(Context ctx, Exports.Format f, String name, Export export) throws java.io.IOException {
        ctx.contentType(f.contentType()).header("Content-Disposition",
                "inline; filename=\"treatywatch-" + name + "." + f.name().toLowerCase(java.util.Locale.ROOT) + "\"");
        java.io.Writer out = new java.io.OutputStreamWriter(ctx.outputStream(), java.nio.charset.StandardCharsets.UTF_8);
        export.write(out);
        out.flush();
    }

    private static boolean copies(Context ctx) {
        String copies = Params.string(ctx, "copies");
        if (copies != null && !copies.equals("true") && !copies.equals("false")) {
            throw ApiException.badRequest("parameter 'copies' must be true or false, got '" + copies + "'");
        }
        return "true".equals(copies);
    }

    void stories(Context ctx) {
        boolean copies = copies(ctx);
        int limit = Params.integer(ctx, "limit", 50, 1, EventQuery.MAX_LIMIT);
        Page<Story> page = ApiException.input(() -> events.stories(Params.string(ctx, "cursor"), limit, copies));
        server.respond(ctx, new Views.PageView<>(page.items().stream().map(EventRoutes::story).toList(), page.nextCursor(),
                ApiRoutes.nextLink(ctx, page.nextCursor())));
    }

    void story(Context ctx) {
        long id = Params.pathId(ctx, "id");
        server.respond(ctx, story(events.story(id).orElseThrow(() -> ApiException.notFound("no story #" + id))));
    }

    static StoryView story(Story s) {
        return new StoryView(s.id(), s.documents().size(), s.documents());
    }
}
