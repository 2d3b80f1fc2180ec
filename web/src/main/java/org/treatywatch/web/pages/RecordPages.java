package org.treatywatch.web.pages;

import static org.treatywatch.web.QueryParams.only;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.treatywatch.store.RecordJson;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoreException;
import org.treatywatch.store.StoredChange;
import org.treatywatch.store.reference.RecordChanges;
import org.treatywatch.notice.NoticeException;
import org.treatywatch.notice.NoticeReader;
import org.treatywatch.web.auth.Access;

/**
 * The analysts' page of the record (issue 12): depositary notifications proposed as changes, each
 * with the engine's answer before and after and the rows it changes, to confirm (applied at once:
 * the map and the status answers change with the next request) or reject with a reason; and the
 * changes decided lately. Uses {@link WebPages}' helpers.
 */
public final class RecordPages {
    private final WebPages pages;
    private final Store store;
    private final Runnable changed;

    /** @param changed told after a change is confirmed, so that the next answer is from the new record */
    RecordPages(WebPages pages, Store store, Runnable changed) {
        this.pages = pages;
        this.store = store;
        this.changed = changed;
    }

    void install(JavalinConfig config) {
        config.routes.get("/record", only(this::page, "done"));
        config.routes.post("/record/changes/{id}/confirm", only(ctx -> decide(ctx, true)));
        config.routes.post("/record/changes/{id}/reject", only(ctx -> decide(ctx, false)));
        config.routes.post("/record/notices", only(this::upload));
    }

    /** One field of a row before and after, for the page's table. */
    public record Field(String name, String before, String after) {
        public boolean changed() {
            return !java.util.Objects.equals(before, after);
        }
    }

    /** A change as the page shows it. */
    public record ChangeView(StoredChange change, List<Field> fields) {}

    static ChangeView view(StoredChange c) {
        Map<String, String> before = new HashMap<>();
        if (c.before() != null) {
            RecordJson.node(c.before()).fields().forEachRemaining(e -> before.put(e.getKey(), text(e.getValue())));
        }
        List<Field> fields = new ArrayList<>();
        Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> after = RecordJson.node(c.after()).fields();
        while (after.hasNext()) {
            var e = after.next();
            fields.add(new Field(e.getKey(), before.get(e.getKey()), text(e.getValue())));
        }
        return new ChangeView(c, fields);
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode v) {
        return v == null || v.isNull() ? null : WebPages.clip(v.asText(), 600);
    }

    private void page(Context ctx) {
        pages.requireAnalystPage(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", pages.frame(ctx, "The record", "record"));
        params.put("proposed", store.records().changes(StoredChange.Status.PROPOSED, 100).stream().map(RecordPages::view).toList());
        List<StoredChange> decided = new ArrayList<>(store.records().changes(StoredChange.Status.CONFIRMED, 20));
        decided.addAll(store.records().changes(StoredChange.Status.REJECTED, 20));
        decided.sort(java.util.Comparator.comparing(StoredChange::decidedAt).reversed());
        params.put("decided", decided);
        String done = WebPages.clip(ctx.queryParam("done"), 4000);
        params.put("done", done == null ? List.of() : List.of(done.split("\n")));
        pages.render(ctx, "record.jte", params);
    }

    /**
     * Reads the uploaded notices (text, HTML or PDF files, or pasted text) with the notice reader,
     * as {@code treatywatch notices} does, and proposes the change of each; what became of every
     * notice and file (proposed, seen before, already in the record, not a notice Treatywatch can
     * use) is said on the page that follows. Nothing is applied before an analyst confirms it.
     */
    private void upload(Context ctx) {
        Access.User user = Access.requireWriter(ctx);
        List<String> said = new ArrayList<>();
        List<io.javalin.http.UploadedFile> files = ctx.uploadedFiles("file").stream().filter(f -> f.size() > 0).toList();
        for (io.javalin.http.UploadedFile f : files) {
            String name = WebPages.clip(f.filename(), 100);
            try (java.io.InputStream in = f.content()) {
                propose(READER.read(in, name), user, said);
            } catch (NoticeException e) {
                said.add(e.getMessage() + "; nothing proposed");
            } catch (java.io.IOException e) {
                said.add(name + ": could not be read (" + e.getMessage() + "); nothing proposed");
            }
        }
        String text = ctx.formParam("text");
        if (text != null && !text.isBlank()) {
            try {
                propose(READER.read(text.replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "pasted text"), user, said);
            } catch (NoticeException e) {
                said.add(e.getMessage() + "; nothing proposed");
            }
        }
        if (said.isEmpty()) {
            said.add("Choose a notice file or paste a notice's text.");
        }
        ctx.redirect("/record?done=" + java.net.URLEncoder.encode(String.join("\n", said), java.nio.charset.StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    private static final NoticeReader READER = NoticeReader.standard();

    private void propose(List<org.treatywatch.core.notice.Notice> notices, Access.User user, List<String> said) {
        for (org.treatywatch.core.notice.Notice n : notices) {
            said.add(RecordChanges.propose(store, n, user.name(), Instant.now()).message());
        }
    }

    private void decide(Context ctx, boolean confirm) {
        Access.User user = Access.requireWriter(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new WebPages.PageException(404, "No proposed change " + WebPages.clip(ctx.pathParam("id"), 20) + ".");
        }
        String reason = WebPages.clip(ctx.formParam("reason"), ReviewPages.MAX_REASON);
        StoredChange c;
        try {
            c = confirm ? RecordChanges.confirm(store, id, user.name(), Instant.now(), reason)
                    : RecordChanges.reject(store, id, user.name(), Instant.now(), reason);
        } catch (org.treatywatch.store.NotFoundException e) {
            throw new WebPages.PageException(404, "No proposed change " + id + ".");
        } catch (StoreException e) {
            throw new WebPages.PageException(409, e.getMessage());
        }
        changed.run();
        String done = (confirm ? "Confirmed: " : "Rejected: ") + c.summary();
        ctx.redirect("/record?done=" + java.net.URLEncoder.encode(done, java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }
}
