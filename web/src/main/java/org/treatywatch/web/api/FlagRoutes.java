package org.treatywatch.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.store.FlagStore;
import org.treatywatch.store.Page;
import org.treatywatch.store.flag.Flag;
import org.treatywatch.store.flag.FlagAction;
import org.treatywatch.store.flag.FlagQuery;
import org.treatywatch.store.flag.FlagReview;
import org.treatywatch.store.flag.FlagState;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.Auth;
import org.treatywatch.web.Principal;
import org.treatywatch.web.WebServer;

/**
 * The API's flags (issue 11): {@code GET /api/v1/flags} (filters {@code state} for the country,
 * {@code status} for OPEN, CONFIRMED, DISMISSED or RESOLVED, {@code kind}, {@code treaty}, and
 * {@code from}, {@code to} on the event's reports' dates), {@code flags/{id}} with its audit trail,
 * {@code flagged-states} (the states with open flags, for the map), and {@code POST
 * flags/{id}/review} {@code {"action": "CONFIRM"|"DISMISS"|"REOPEN", "reason"?}} for analysts.
 */
final class FlagRoutes {
    static final String[] FLAG_FILTERS = {"state", "status", "kind", "treaty", "from", "to", "cursor", "limit"};

    private final WebServer server;
    private final FlagStore flags;

    FlagRoutes(WebServer server) {
        this.server = server;
        this.flags = server.store().flags();
    }

    public record FlagView(long id, long eventId, String actor, String kind, String status, String reason, String article,
            String engineAnswer, Long claimId, Instant raisedAt, Instant checkedAt, String decidedBy, Instant decidedAt,
            String event, String treaty, String evidence) {}

    /** A state with open flags, and where to list them. */
    public record FlaggedState(String state, String name, int openFlags, String flags) {}

    public record AuditLine(String analyst, Instant at, String action, String status, String reason) {}

    public record FlagDetail(FlagView flag, List<AuditLine> audit) {}

    static FlagView view(Flag f) {
        return new FlagView(f.id(), f.eventId(), f.actor(), f.kind().name(), f.state().name(), f.reason(), f.article(),
                f.engineAnswer(), f.claimId(), f.raisedAt(), f.checkedAt(), f.decidedBy(), f.decidedAt(),
                "/api/v1/events/" + f.eventId(), f.treaty(), f.evidence());
    }

    static AuditLine line(FlagReview r) {
        return new AuditLine(r.analyst(), r.at(), r.action().name(), r.state().name(), r.reason());
    }

    void list(Context ctx) {
        String actor = Params.state(ctx, "state", server.status().engine().data().states());
        FlagState status = Params.enumValue(ctx, "status", FlagState.class);
        FindingKind kind = Params.enumValue(ctx, "kind", FindingKind.class);
        String treaty = ApiRoutes.treatyCode(server.status().engine(), ctx);
        Params.Range range = Params.range(ctx);
        int limit = Params.integer(ctx, "limit", 50, 1, FlagQuery.MAX_LIMIT);
        FlagQuery q = new FlagQuery(actor, status, kind, treaty, range.from(), range.to(), Params.string(ctx, "cursor"), limit);
        Page<Flag> page = ApiException.input(() -> flags.flags(q));
        server.respond(ctx, new Views.PageView<>(page.items().stream().map(FlagRoutes::view).toList(), page.nextCursor(),
                ApiRoutes.nextLink(ctx, page.nextCursor())));
    }

    /** {@code GET /api/v1/flagged-states}: each state with open flags, with their number, by code. */
    void flaggedStates(Context ctx) {
        var states = server.status().engine().data().states();
        List<FlaggedState> out = flags.openByState().entrySet().stream()
                .map(e -> new FlaggedState(e.getKey(), states.byAlpha3(e.getKey()).map(s -> s.name()).orElse(e.getKey()),
                        e.getValue(), "/api/v1/flags?state=" + e.getKey() + "&status=OPEN"))
                .toList();
        server.respond(ctx, new Views.Items<>(out));
    }

    void get(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Flag f = flags.flag(id).orElseThrow(() -> ApiException.notFound("no flag #" + id));
        server.respond(ctx, new FlagDetail(view(f), flags.audit(id).stream().map(FlagRoutes::line).toList()));
    }

    void review(Context ctx) throws IOException {
        Principal who = Auth.require(ctx);
        long id = Params.pathId(ctx, "id");
        JsonNode node;
        try {
            node = server.json().readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not valid JSON");
        }
        if (node == null || !node.isObject() || !node.path("action").isTextual()) {
            throw ApiException.badRequest("the body needs \"action\": CONFIRM, DISMISS or REOPEN");
        }
        FlagAction action = Params.parseEnum("action", node.get("action").asText(), FlagAction.class);
        if (!action.byAnalyst()) {
            throw ApiException.badRequest("action must be CONFIRM, DISMISS or REOPEN");
        }
        String reason = node.path("reason").isTextual() ? node.get("reason").asText() : null;
        if (reason != null && reason.length() > 500) {
            throw ApiException.badRequest("\"reason\" is longer than 500 characters");
        }
        server.respond(ctx, view(flags.decide(id, who.name(), action, reason))); // no such flag: NotFoundException, a 404
    }
}
