package org.treatywatch.web.api;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static org.treatywatch.web.QueryParams.only;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatywatch.store.AuditEntry;
import org.treatywatch.store.RecordJson;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoreException;
import org.treatywatch.store.StoredChange;
import org.treatywatch.store.export.Exports;
import org.treatywatch.store.reference.RecordChanges;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.Auth;
import org.treatywatch.web.Principal;
import org.treatywatch.web.WebServer;

/**
 * The record's routes (issue 12): depositary notifications proposed as changes, which an analyst
 * confirms (applied at once: the next status answer comes from the changed record) or rejects,
 * each with its audit trail, and the record's history as open data.
 */
public final class RecordRoutes {
    private final WebServer server;
    private final Store store;

    public RecordRoutes(WebServer server) {
        this.server = server;
        this.store = server.store();
    }

    public void configure(JavalinConfig config) {
        config.routes.apiBuilder(() -> path("/api/v1", () -> {
            get("record/changes", only(this::list, "status", "limit"));
            get("record/changes/{id}", only(this::one));
            post("record/changes/{id}/confirm", only(ctx -> decide(ctx, true)));
            post("record/changes/{id}/reject", only(ctx -> decide(ctx, false)));
            get("export/record", only(this::export, "format"));
        }));
    }

    private void list(Context ctx) {
        StoredChange.Status status = Params.enumValue(ctx, "status", StoredChange.Status.class);
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        List<Map<String, Object>> items = store.records().changes(status == null ? StoredChange.Status.PROPOSED : status, limit)
                .stream().map(RecordRoutes::view).toList();
        server.respond(ctx, Map.of("items", items));
    }

    private void one(Context ctx) {
        long id = Params.pathId(ctx, "id");
        StoredChange c = store.records().change(id).orElseThrow(() -> ApiException.notFound("no proposed change #" + id));
        Map<String, Object> body = view(c);
        body.put("audit", store.records().audit(id).stream().map(RecordRoutes::audit).toList());
        server.respond(ctx, body);
    }

    /** {@code {"reason"?: "..."}}: confirms or rejects as the signed-in analyst; a decided change is a 409. */
    private void decide(Context ctx, boolean confirm) {
        Principal who = Auth.require(ctx);
        long id = Params.pathId(ctx, "id");
        String reason = reason(ctx.bodyAsBytes());
        StoredChange c;
        try {
            c = confirm ? RecordChanges.confirm(store, id, who.name(), Instant.now(), reason)
                    : RecordChanges.reject(store, id, who.name(), Instant.now(), reason);
        } catch (org.treatywatch.store.NotFoundException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (StoreException e) {
            throw new ApiException(409, "conflict", e.getMessage());
        }
        server.status().invalidate();
        server.respond(ctx, view(c));
    }

    private String reason(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        JsonNode node;
        try {
            node = server.json().readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        JsonNode r = node.get("reason");
        if (r != null && !r.isNull() && !r.isTextual()) {
            throw ApiException.badRequest("\"reason\" must be a string");
        }
        String text = r == null || r.isNull() ? null : r.asText();
        if (text != null && text.length() > 2000) {
            throw ApiException.badRequest("\"reason\" is longer than 2000 characters");
        }
        return text;
    }

    private void export(Context ctx) throws IOException {
        String f = Params.string(ctx, "format");
        Exports.Format format = f == null ? Exports.Format.JSON : ApiException.input(() -> Exports.Format.parse(f));
        StringWriter out = new StringWriter();
        Exports.record(store.records().history(), format, out);
        ctx.contentType(format.contentType()).header("Content-Disposition",
                "inline; filename=\"treatywatch-record." + format.name().toLowerCase(Locale.ROOT) + "\"").result(out.toString());
    }

    static Map<String, Object> view(StoredChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("reference", c.notice().reference());
        m.put("notice_date", c.notice().noticeDate().toString());
        m.put("treaty", c.notice().treaty());
        m.put("state", c.notice().state());
        m.put("action", c.notice().action().name());
        m.put("record", c.kind().word());
        m.put("key", c.key());
        m.put("summary", c.summary());
        m.put("before", c.before() == null ? null : RecordJson.node(c.before()));
        m.put("after", RecordJson.node(c.after()));
        m.put("status", c.status().name());
        m.put("proposed_by", c.proposedBy());
        m.put("proposed_at", c.proposedAt().toString());
        m.put("decided_by", c.decidedBy());
        m.put("decided_at", c.decidedAt() == null ? null : c.decidedAt().toString());
        return m;
    }

    private static Map<String, Object> audit(AuditEntry a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analyst", a.analyst());
        m.put("at", a.at().toString());
        m.put("action", a.action().name());
        m.put("reason", a.reason());
        return m;
    }
}
