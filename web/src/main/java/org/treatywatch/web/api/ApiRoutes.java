package org.treatywatch.web.api;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static org.treatywatch.web.QueryParams.only;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.extract.ExtractionException;
import org.treatywatch.store.export.Exports;
import org.treatywatch.web.StatusService;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.document.Document;
import java.nio.charset.Charset;
import org.treatywatch.extract.input.DocumentMeta;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.InputFormat;
import org.treatywatch.extract.input.InputException;
import org.treatywatch.extract.input.InputFormat;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.DocumentSummary;
import org.treatywatch.store.Page;
import org.treatywatch.store.ReviewAction;
import org.treatywatch.store.ReviewState;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.store.StoredDocument;
import org.treatywatch.store.ingest.Ingestor;
import org.treatywatch.store.search.SearchHit;
import org.treatywatch.store.search.SearchQuery;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.AsKnownOn;
import org.treatywatch.web.Auth;
import org.treatywatch.web.ClaimEdit;
import org.treatywatch.web.Principal;
import org.treatywatch.web.QueryParams;
import org.treatywatch.web.WebServer;
import org.treatywatch.web.http.CachedAnswers;

/**
 * Every route of the JSON API, in one file (STYLE.md, "Web"): read and validate input, call the
 * store or the status service, render JSON. {@code /api/openapi.json} describes each of them; a
 * test checks that every documented path answers.
 */
public final class ApiRoutes {
    /** The OpenAPI document, a hand-written resource kept beside this class. */
    static final String OPENAPI_RESOURCE = "openapi.json";

    private final WebServer server;
    private final Store store;

    public ApiRoutes(WebServer server) {
        this.server = server;
        this.store = server.store();
    }

    /** The parameters of the claims list, its export and its filters. */
    static final String[] CLAIM_FILTERS = {"state", "type", "modality", "review", "treaty", "from", "to", "q", "cursor", "limit",
        AsKnownOn.PARAM};

    private static String[] with(String[] names, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(names), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    public void configure(JavalinConfig config) {
        byte[] openApi = readResource(OPENAPI_RESOURCE);
        config.routes.apiBuilder(() -> {
            get("/api/openapi.json", only(ctx -> ctx.contentType("application/json").result(openApi)));
            path("/api/v1", () -> {
                get("documents", only(this::listDocuments, "limit", "cursor"));
                post("documents", only(this::postDocument, "id", "title", "url", "outlet", "published"));
                get("documents/{id}", only(this::getDocument));
                get("claims", only(this::listClaims, CLAIM_FILTERS));
                get("claims/{id}", only(this::getClaim));
                post("claims/{id}/review", only(this::reviewClaim));
                post("documents/{id}/claims", only(this::addClaim));
                get("search", only(this::search, "q", "limit"));
                get("states", only(this::listStates, "former"));
                get("states/{code}/timeline", only(this::timeline, "treaty", AsKnownOn.PARAM));
                get("treaties", only(this::listTreaties));
                get("status", only(this::status, QueryParams.ON, "treaty", "states", AsKnownOn.PARAM));
                get("export/claims", only(this::exportClaims, with(CLAIM_FILTERS, "format")));
                get("export/status", only(this::exportStatus, QueryParams.ON, "treaty", "format", AsKnownOn.PARAM));
                get("feed.atom", only(this::feed, "state", "type", "limit"));
                EventRoutes events = new EventRoutes(server); // issue 11
                get("events", only(events::list, EventRoutes.EVENT_FILTERS));
                get("events/{id}", only(events::get, "limit", "cursor"));
                get("stories", only(events::stories, EventRoutes.STORY_FILTERS));
                get("stories/{id}", only(events::story));
                get("export/events", only(events::exportEvents, with(EventRoutes.EVENT_FILTERS, "format")));
                FlagRoutes flags = new FlagRoutes(server);
                get("flags", only(flags::list, FlagRoutes.FLAG_FILTERS));
                get("flags/{id}", only(flags::get));
                get("flagged-states", only(flags::flaggedStates));
                post("flags/{id}/review", only(flags::review));
                get("export/stories", only(events::exportStories, "copies", "format"));
            });
        });
        new AlertRoutes(server).configure(config);
    }

    // ---- documents ----------------------------------------------------------------------------

    private void listDocuments(Context ctx) {
        int limit = Params.integer(ctx, "limit", 50, 1, ClaimQuery.MAX_LIMIT);
        Page<DocumentSummary> page = ApiException.input(() -> store.documents(Params.string(ctx, "cursor"), limit));
        server.respond(ctx, new Views.PageView<>(page.items(), page.nextCursor(), nextLink(ctx, page.nextCursor())));
    }

    private void getDocument(Context ctx) {
        long id = Params.pathId(ctx, "id");
        StoredDocument doc = store.document(id).orElseThrow(() -> ApiException.notFound("no document #" + id));
        List<Views.ClaimView> claims = store.claims(ClaimQuery.all().withDocument(id).withLimit(ClaimQuery.MAX_LIMIT))
                .items().stream().map(Views::claim).toList();
        server.respond(ctx, Views.document(doc, claims));
    }

    /**
     * Ingests one posted document: {@code text/plain} or {@code text/html} as the body with
     * metadata in the query ({@code title}, {@code url}, {@code outlet}, {@code published},
     * {@code id}), or {@code application/json} {@code {"text"|"html", "title", ...}}.
     * 201 for a new document, 200 when the text was already stored.
     *
     * <p>The body goes through {@link DocumentReader} as the CLI's files and the ingest page's
     * uploads do (charset from the BOM, the {@code Content-Type} or the page; HTML to its main
     * text), and is named as they name it: the {@code id} given, else {@link DocumentReader#nameOf}.
     * So the same file posted here, ingested on the command line or uploaded is one document with
     * the same text and evidence offsets.
     */
    private void postDocument(Context ctx) {
        Auth.require(ctx);
        String contentType = ctx.contentType() == null ? "text/plain" : ctx.contentType().toLowerCase(Locale.ROOT);
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw ApiException.badRequest("the request body is empty: post the document's text or HTML");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String name : List.of("id", "title", "url", "outlet", "published")) {
            meta.put(name, Params.string(ctx, name));
        }
        InputFormat format;
        Charset charset = charset(contentType);
        if (contentType.startsWith("application/json")) {
            JsonNode node = jsonObject(body);
            String text = textField(node, "text");
            String html = textField(node, "html");
            if ((text == null) == (html == null)) {
                throw ApiException.badRequest("give exactly one of \"text\" and \"html\"");
            }
            for (String name : meta.keySet()) {
                String v = textField(node, name);
                if (v != null) {
                    meta.put(name, v);
                }
            }
            format = text != null ? InputFormat.TEXT : InputFormat.HTML;
            body = (text != null ? text : html).getBytes(StandardCharsets.UTF_8);
            charset = StandardCharsets.UTF_8;
        } else if (contentType.startsWith("text/html") || contentType.startsWith("text/plain")) {
            format = InputFormat.fromMediaType(contentType);
        } else {
            throw new ApiException(415, "unsupported_media_type",
                    "post text/plain, text/html or application/json, not " + contentType);
        }
        Document doc = toDocument(body, format, charset, meta);
        Ingestor.Outcome outcome;
        try {
            outcome = server.ingestor().ingest(doc);
        } catch (ExtractionException e) {
            // Nothing was stored: a failed document, never one stored without its claims.
            throw new ApiException(500, "extraction_failed", e.getMessage());
        }
        String location = "/api/v1/documents/" + outcome.documentId();
        ctx.status(outcome.status() == Ingestor.Status.NEW ? 201 : 200).header("Location", location);
        server.respond(ctx, new Views.IngestView(outcome.status().name().toLowerCase(Locale.ROOT), outcome.documentId(),
                outcome.claims(), location));
    }

    private JsonNode jsonObject(byte[] body) {
        JsonNode node;
        try {
            node = server.json().readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not valid JSON: "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return node;
    }

    /** The {@code charset} a Content-Type names, or null; one this JVM does not know is a 415. */
    private static Charset charset(String contentType) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(";\\s*charset=\"?([^\";\\s]+)").matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new ApiException(415, "unsupported_media_type", "unknown charset '" + m.group(1) + "'");
        }
    }

    private static String textField(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("\"" + name + "\" must be a string");
        }
        return v.asText();
    }

    private static Document toDocument(byte[] body, InputFormat format, Charset charset, Map<String, String> meta) {
        LocalDate published = null;
        if (meta.get("published") != null) {
            try {
                published = LocalDate.parse(meta.get("published").strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("'published' must be a date as YYYY-MM-DD, got '" + meta.get("published") + "'");
            }
        }
        DocumentMeta given = new DocumentMeta(meta.get("title"), meta.get("url"), meta.get("outlet"), published);
        List<Document> docs;
        try {
            docs = DocumentReader.standard().read(body, meta.get("id"), format, charset, given);
        } catch (InputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (docs.isEmpty() || docs.get(0).text().isBlank()) {
            throw ApiException.badRequest("the document has no text");
        }
        return docs.get(0);
    }

    // ---- claims -------------------------------------------------------------------------------

    /** The claim filters of the list, the export and the feed: state, type, modality, review, treaty, dates, text. */
    private ClaimQuery claimQuery(Context ctx, int defaultLimit) {
        String q = Params.string(ctx, "q");
        if (q != null) {
            ApiException.input(() -> SearchQuery.parse(q)); // a 400 with the reason, before the store sees it
        }
        Params.Range range = Params.range(ctx);
        LocalDate from = range.from();
        LocalDate to = range.to();
        String treaty = treatyCode(server.status().engine(), ctx);
        return new ClaimQuery(
                Params.state(ctx, "state", states()),
                Params.enumValue(ctx, "type", ClaimType.class),
                Params.enumValue(ctx, "modality", Modality.class),
                Params.enumValue(ctx, "review", ReviewState.class),
                treaty,
                null,
                from,
                to,
                q,
                Params.string(ctx, "cursor"),
                Params.integer(ctx, "limit", defaultLimit, 1, ClaimQuery.MAX_LIMIT),
                AsKnownOn.current() == null ? null : org.treatywatch.core.record.RecordHistory.endOf(AsKnownOn.current()));
    }

    /**
     * Pages of the claims list as sent, by the claims' version ({@link Store#claimsVersion}) and
     * request: the first page is what every visitor asks for, and it changes only when a claim does.
     */
    static final long CLAIMS_CACHE_BYTES = 8L * 1024 * 1024;
    /** Clients may keep a page but ask again each time (a 304 when nothing changed). */
    static final String CLAIMS_CACHE_CONTROL = "no-cache";

    private final CachedAnswers claimsCache = new CachedAnswers(CLAIMS_CACHE_BYTES);

    private void listClaims(Context ctx) {
        ClaimQuery query = claimQuery(ctx, 50);
        String key = store.claimsVersion() + "|" + AsKnownOn.current() + "|" + ctx.queryString();
        CachedAnswers.Answer answer = claimsCache.get(key, "application/json", () -> ApiException.input(() ->
                ClaimListJson.page(store, query, server.json().getFactory(), cursor -> nextLink(ctx, cursor))));
        CachedAnswers.send(ctx, answer, CLAIMS_CACHE_CONTROL);
    }

    private void getClaim(Context ctx) {
        long id = Params.pathId(ctx, "id");
        StoredClaim claim = store.claim(id).orElseThrow(() -> ApiException.notFound("no claim #" + id));
        StoredDocument doc = store.document(claim.documentId()).orElseThrow();
        server.respond(ctx, new Views.ClaimDetail(Views.claim(claim), Views.ref(doc),
                Views.inContext(claim.claim().evidence(), doc.text())));
    }

    /**
     * {@code {"action": "ACCEPT" | "REJECT" | "RESET" | "EDIT", "reason"?: "...", ...}}: an EDIT
     * gives the codebook fields to change beside the action ({@code "actor": "FIN"},
     * {@code "stage": "APPROVED"}, {@code "quantity_min": 10000} ...), checked as the web form's
     * are ({@link ClaimEdit}). Reviewing a claim again the same way changes nothing.
     */
    private void reviewClaim(Context ctx) {
        Principal who = Auth.require(ctx);
        long id = Params.pathId(ctx, "id");
        JsonNode node = jsonObject(ctx.bodyAsBytes());
        String action = textField(node, "action");
        if (action == null) {
            throw ApiException.badRequest("the body needs \"action\": ACCEPT, REJECT, RESET or EDIT");
        }
        ReviewAction a = Params.parseEnum("action", action, ReviewAction.class);
        if (a == ReviewAction.ADD) {
            throw ApiException.badRequest("action must be ACCEPT, REJECT, RESET or EDIT here; add a claim with POST /api/v1/documents/{id}/claims");
        }
        StoredClaim stored = store.claim(id).orElseThrow(() -> ApiException.notFound("no claim #" + id));
        String reason = reason(node);
        org.treatywatch.core.claim.Claim edited = a == ReviewAction.EDIT ? edit(node).applyTo(stored.claim()) : null;
        server.respond(ctx, Views.claim(store.review(id, who.name(), a, edited, reason)));
    }

    /** A claim an analyst adds to a document: its codebook fields, {@code evidence_start}, {@code evidence_end} and a {@code reason}. */
    private void addClaim(Context ctx) {
        Principal who = Auth.require(ctx);
        long id = Params.pathId(ctx, "id");
        StoredDocument doc = store.document(id).orElseThrow(() -> ApiException.notFound("no document #" + id));
        JsonNode node = jsonObject(ctx.bodyAsBytes());
        org.treatywatch.core.claim.Claim claim = edit(node).newClaim(doc.externalId(), doc.text());
        StoredClaim added = store.addAnalystClaim(id, who.name(), claim, reason(node));
        ctx.status(201).header("Location", "/api/v1/claims/" + added.id());
        server.respond(ctx, Views.claim(added));
    }

    private ClaimEdit edit(JsonNode node) {
        var data = server.status().engine().data();
        return ClaimEdit.of(name -> {
            JsonNode v = node.get(name);
            return v == null ? null : v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
        }, data.states(), data.treaties());
    }

    private static String reason(JsonNode node) {
        String reason = textField(node, "reason");
        if (reason != null && reason.length() > 500) {
            throw ApiException.badRequest("\"reason\" is longer than 500 characters");
        }
        return reason;
    }

    // ---- search -------------------------------------------------------------------------------

    /** The search results: document hits, then evidence hits, each with an HTML-escaped highlighted snippet. */
    public record SearchView(String query, List<SearchHit> documents, List<SearchHit> evidence) {}

    private void search(Context ctx) {
        String q = Params.string(ctx, "q");
        if (q == null) {
            throw ApiException.badRequest("parameter 'q' is required: the words to search for");
        }
        int limit = Params.integer(ctx, "limit", 20, 1, 100);
        List<SearchHit> hits = store.search(ApiException.input(() -> SearchQuery.parse(q)), limit);
        server.respond(ctx, new SearchView(q,
                hits.stream().filter(h -> h.kind() == SearchHit.Kind.DOCUMENT).toList(),
                hits.stream().filter(h -> h.kind() == SearchHit.Kind.EVIDENCE).toList()));
    }

    // ---- states, treaties, status ---------------------------------------------------------------

    private void listStates(Context ctx) {
        boolean former = "true".equals(Params.string(ctx, "former"));
        var states = server.status().engine().data().states();
        server.respond(ctx, (former ? states.all() : states.current()).stream().map(StatusViews::state).toList());
    }

    private void listTreaties(Context ctx) {
        server.respond(ctx, server.status().engine().data().treaties().all().stream().map(StatusViews::treaty).toList());
    }

    private StateRegistry states() {
        return server.status().engine().data().states();
    }

    /** The state a path names, by code, name or adjective as the CLI takes it; 404 with "did you mean" otherwise. */
    private static State state(StatusEngine engine, String text) {
        StateRegistry states = engine.data().states();
        return states.find(text).orElseThrow(() -> ApiException.notFound(states.unknownMessage(text)
                + "; GET /api/v1/states lists them"));
    }

    /** The treaty code of the {@code treaty} parameter (a code or name), or null when none is given. */
    static String treatyCode(StatusEngine engine, Context ctx) {
        String treaty = Params.string(ctx, "treaty");
        return treaty == null ? null : treaty(engine, treaty).code();
    }

    private static Treaty treaty(StatusEngine engine, String text) {
        return engine.data().treaties().find(text).orElseThrow(() ->
                ApiException.badRequest("parameter 'treaty': " + engine.data().treaties().unknownMessage(text)));
    }

    /** The treaties named by {@code treaty} (one code or name), or all. */
    private static List<Treaty> treaties(StatusEngine engine, Context ctx) {
        String code = Params.string(ctx, "treaty");
        return code == null ? engine.data().treaties().all() : List.of(treaty(engine, code));
    }

    /**
     * The status tables as sent, by record version and request (the status of every state on a date
     * is asked often and is 220 kB of JSON): at most {@value #STATUS_CACHE_BYTES} bytes of them.
     */
    static final long STATUS_CACHE_BYTES = 16L * 1024 * 1024;
    /** Clients and proxies may keep a status table a minute; after that they revalidate with its ETag. */
    static final String STATUS_CACHE_CONTROL = "public, max-age=60";

    private final CachedAnswers statusCache = new CachedAnswers(STATUS_CACHE_BYTES);

    private void status(Context ctx) {
        StatusService.Snapshot snap = server.status().snapshot();
        LocalDate known = AsKnownOn.current();
        StatusEngine engine = known == null ? snap.engine() : server.status().asKnownOn(known);
        LocalDate on = Params.on(ctx);
        LocalDate date = on == null ? LocalDate.now(java.time.ZoneOffset.UTC) : on;
        List<Treaty> treaties = treaties(engine, ctx);
        List<State> states = statesParam(engine, ctx);
        String key = snap.version() + "|" + known + "|" + date + "|" + treaties.stream().map(Treaty::code).toList() + "|"
                + (states == null ? "*" : states.stream().map(State::alpha3).toList());
        CachedAnswers.Answer answer = statusCache.get(key, "application/json", () -> {
            List<StatusAnswer> answers = new java.util.ArrayList<>();
            if (states == null) {
                answers = Exports.statusTable(engine, date, treaties);
            } else {
                for (Treaty t : treaties) {
                    for (State s : states) {
                        answers.add(engine.status(s, t, date));
                    }
                }
            }
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("on", date.toString());
            if (known != null) {
                body.put("as_known_on", known.toString());
            }
            body.put("treaties", treaties.stream().map(Treaty::code).toList());
            body.put("items", answers.stream().map(a -> StatusViews.answer(a, engine.deadlines(a.state(), a.treaty()))).toList());
            try {
                return server.json().writeValueAsBytes(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write the status table as JSON", e);
            }
        });
        CachedAnswers.send(ctx, answer, STATUS_CACHE_CONTROL);
    }

    /** The states named by {@code states} (at most 50 codes, names or adjectives, comma-separated), or null for all. */
    private List<State> statesParam(StatusEngine engine, Context ctx) {
        String statesParam = Params.string(ctx, "states");
        if (statesParam == null) {
            return null;
        }
        String[] codes = statesParam.split(",");
        if (codes.length > 50) {
            throw ApiException.badRequest("parameter 'states' takes at most 50 states");
        }
        List<State> states = new java.util.ArrayList<>();
        for (String code : codes) {
            states.add(Params.state("states", code.strip(), engine.data().states()));
        }
        return states;
    }

    private void timeline(Context ctx) {
        StatusEngine engine = server.status().engine();
        State s = state(engine, ctx.pathParam("code"));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("state", StatusViews.state(s));
        body.put("treaties", treaties(engine, ctx).stream()
                .map(t -> StatusViews.timeline(s, t, engine.timeline(s, t), engine.deadlines(s, t))).toList());
        server.respond(ctx, body);
    }

    // ---- open data ------------------------------------------------------------------------------

    static Exports.Format format(Context ctx) {
        String f = Params.string(ctx, "format");
        return f == null ? Exports.Format.JSON : ApiException.input(() -> Exports.Format.parse(f));
    }

    private void exportClaims(Context ctx) throws IOException {
        Exports.Format f = format(ctx);
        ClaimQuery q = claimQuery(ctx, ClaimQuery.MAX_LIMIT);
        if (q.cursor() != null) {
            ApiException.input(() -> store.claims(q.withLimit(1))); // a bad cursor is a 400 before the answer starts
        }
        ctx.contentType(f.contentType()).header("Content-Disposition",
                "inline; filename=\"treatywatch-claims." + f.name().toLowerCase(Locale.ROOT) + "\"");
        // streamed a page of claims at a time: an export of the whole store needs no more memory than a page
        java.io.Writer out = new java.io.OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        Exports.claims(store, q, f, out);
        out.flush();
    }

    private void exportStatus(Context ctx) throws IOException {
        Exports.Format f = format(ctx);
        StatusEngine engine = server.status().engine();
        LocalDate on = Params.on(ctx);
        if (on == null) {
            on = LocalDate.now(java.time.ZoneOffset.UTC);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        Exports.status(Exports.statusTable(engine, on, treaties(engine, ctx)), f, out);
        ctx.contentType(f.contentType()).header("Content-Disposition",
                "inline; filename=\"treatywatch-status-" + on + "." + f.name().toLowerCase(Locale.ROOT) + "\"").result(out.toString());
    }

    /** Newly accepted claims as Atom, optionally of one state and one type. */
    private void feed(Context ctx) {
        String state = Params.state(ctx, "state", states());
        ClaimType type = Params.enumValue(ctx, "type", ClaimType.class);
        int limit = Params.integer(ctx, "limit", 50, 1, 200);
        List<StoredClaim> claims = store.recentlyAccepted(state, type, limit);
        // a confirmed change of the record is announced too, unless the feed is of one claim type
        List<org.treatywatch.store.StoredChange> changes = type != null ? List.of()
                : store.records().changes(org.treatywatch.store.StoredChange.Status.CONFIRMED, limit).stream()
                        .filter(c -> state == null || c.notice().state().equals(state)).toList();
        String title = "Treatywatch: accepted claims" + (state == null ? "" : " about " + state)
                + (type == null ? "" : " of type " + type);
        String self = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(AtomFeed.render(claims, changes, ctx.scheme() + "://" + ctx.host(), self, title,
                        code -> states().byAlpha3(code).map(State::name).orElse(null)));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The URL of the next page: this request's query with {@code cursor} replaced. */
    static String nextLink(Context ctx, String cursor) {
        if (cursor == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(ctx.path()).append("?");
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("cursor")) {
                for (String v : vs) {
                    sb.append(encode(k)).append('=').append(encode(v)).append('&');
                }
            }
        });
        return sb.append("cursor=").append(encode(cursor)).toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] readResource(String name) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing beside " + ApiRoutes.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
