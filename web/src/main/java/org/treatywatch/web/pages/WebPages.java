package org.treatywatch.web.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.Page;
import org.treatywatch.store.ReviewAction;
import org.treatywatch.store.ReviewState;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.store.StoredDocument;
import org.treatywatch.store.search.Highlighter;
import org.treatywatch.store.search.SearchQuery;
import org.treatywatch.web.AsKnownOn;
import org.treatywatch.web.QueryParams;
import org.treatywatch.web.auth.Access;

import static org.treatywatch.web.QueryParams.only;

/**
 * The web app's HTML pages (issue 5): the map, state pages, claims and documents, and the
 * analysts' sign-in, review queue and ingest page. All routes are in {@link #install}; handlers
 * stay small (read and validate input, ask the store and the status engine, render a template).
 *
 * <p>Templates are JTE, precompiled at build time, and escape every value by default: no page
 * builds HTML from strings. Evidence and search highlighting are done by cutting the text into
 * {@link Segments} that the template escapes one by one. Every response carries a Content
 * Security Policy that allows scripts only from this server, so even a missed escape could not
 * run injected script (the server's {@link org.treatywatch.web.http.SecurityHeaders}).
 *
 * <p>Reading is open to all. Every POST needs an analyst (401 otherwise) and, for cookie sessions,
 * the session's CSRF token (403 otherwise); see {@link Access}.
 */
public final class WebPages {
    /** Longest article text accepted by the ingest page, in characters. */
    public static final int MAX_TEXT = 200_000;
    static final int MAX_FIELD = 500;
    static final int PAGE_SIZE = 25;

    private final Store store;
    private final TreatyFacts facts;
    private final ClaimExtractor extractor;
    private final Access access;
    private final Clock clock;
    private final org.treatywatch.web.alerts.WebhookTargets webhookTargets;
    private final WorldMap map = WorldMap.load();
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ObjectMapper json = new ObjectMapper();

    public WebPages(Store store, TreatyFacts facts, ClaimExtractor extractor, Access access, Clock clock,
            org.treatywatch.web.alerts.WebhookTargets webhookTargets) {
        this.webhookTargets = webhookTargets;
        this.store = store;
        this.facts = facts;
        this.extractor = extractor;
        this.access = access;
        this.clock = clock;
        this.events = new EventPages(this, store, facts);
    }

    /** Adds the pages, their static assets and their guards to a Javalin configuration. */
    public void install(JavalinConfig config) {
        config.staticFiles.add(sf -> {
            sf.hostedPath = "/assets";
            sf.directory = "/web/assets";
            sf.location = Location.CLASSPATH;
            sf.headers = Map.of("Cache-Control", "max-age=3600");
        });
        var routes = config.routes;
        ReviewPages reviews = new ReviewPages(this, store, facts);
        routes.before(access::identify);
        routes.before(this::guardWrites);
        routes.get("/", only(this::home, "treaty", QueryParams.ON, AsKnownOn.PARAM));
        routes.get("/map/data", only(this::mapData, "treaty", QueryParams.ON, AsKnownOn.PARAM));
        routes.get("/states/{code}", only(this::state, QueryParams.ON, AsKnownOn.PARAM));
        routes.get("/claims", only(this::claims, "state", "type", "modality", "review", "from", "to", "q", "cursor", AsKnownOn.PARAM));
        routes.get("/claims/{id}", only(this::claim));
        routes.get("/events/{id}", only(events::event, "cursor"));
        routes.post("/flags/{id}/review", only(events::reviewFlag));
        routes.get("/flags", only(new FlagsPage(this, store, facts)::list, "state", "kind", "treaty", "status", "from", "to", "cursor"));
        routes.post("/claims/{id}/review", only(reviews::review));
        routes.get("/documents", only(this::documents, "cursor"));
        routes.get("/documents/{id}", only(this::document));
        routes.get("/review", only(reviews::queue, "cursor", "done", "state", "type", "document"));
        routes.post("/documents/{id}/claims", only(reviews::addClaim));
        IngestPage ingest = new IngestPage(this, store, extractor);
        routes.get("/ingest", only(ingest::form));
        routes.post("/ingest", only(ingest::ingest));
        SubscriptionsPage subscriptions = new SubscriptionsPage(this, store, StateRegistry.standard(), clock, webhookTargets);
        routes.get("/subscriptions", only(subscriptions::list));
        routes.post("/subscriptions", only(subscriptions::create));
        routes.post("/subscriptions/{id}/key", only(subscriptions::renewKey));
        routes.post("/subscriptions/{id}/delete", only(subscriptions::delete));
        routes.get("/signin", only(this::signInForm));
        routes.post("/signin", only(this::signIn));
        routes.post("/signout", only(this::signOut));
        routes.exception(PageException.class, (e, ctx) -> errorPage(ctx, e.status, e.getMessage()));
        routes.error(404, ctx -> {
            if (!ctx.path().startsWith("/api") && ctx.result() == null) {
                errorPage(ctx, 404, "There is no page at " + clip(ctx.path(), 100) + ".");
            }
        });
    }

    /** An error shown as a page with its status. */
    static final class PageException extends RuntimeException {
        final int status;

        PageException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    // ---- guards -------------------------------------------------------------------------------

    private void guardWrites(Context ctx) {
        HandlerType m = ctx.method();
        boolean write = m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
        if (!write || ctx.path().startsWith("/api/") || ctx.path().equals("/signin")) {
            return;
        }
        try {
            Access.requireWriter(ctx);
        } catch (HttpResponseException e) {
            errorPage(ctx, e.getStatus(), e.getMessage());
            ctx.skipRemainingHandlers();
        }
    }

    Access.User requireAnalystPage(Context ctx) {
        return Access.user(ctx).orElseThrow(() -> new PageException(401, "This page is for analysts: sign in first."));
    }

    Frame frame(Context ctx, String title, String active) {
        Access.User user = Access.user(ctx).orElse(null);
        return new Frame(title, active, user, user == null ? null : user.csrfToken());
    }

    void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.html(out.toString());
    }

    /** Renders the error page with {@code status}; also the server's renderer for errors outside /api. */
    public void errorPage(Context ctx, int status, String message) {
        ctx.status(status);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame(ctx, status == 404 ? "Not found" : "Error " + status, null));
        params.put("status", status);
        params.put("message", message == null ? "Something went wrong." : org.treatywatch.web.http.Messages.safe(message));
        render(ctx, "error.jte", params);
    }

    // ---- map ----------------------------------------------------------------------------------

    private MapView.TreatyOption treaty(String code) {
        List<MapView.TreatyOption> all = facts.treaties();
        if (code == null || code.isBlank()) {
            return all.get(0);
        }
        return all.stream().filter(t -> t.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new PageException(400, "Unknown treaty '" + clip(code, 20) + "': choose one of "
                        + all.stream().map(MapView.TreatyOption::code).toList() + "."));
    }

    private LocalDate mapDate(Context ctx) {
        LocalDate date = date(QueryParams.on(ctx), "date");
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            date = today.isAfter(facts.lastScheduledChange()) ? facts.lastScheduledChange() : today;
        }
        if (date.isBefore(facts.firstDate()) || date.isAfter(facts.lastScheduledChange())) {
            throw new PageException(400, "The date must be between " + facts.firstDate() + " and " + facts.lastScheduledChange() + ".");
        }
        return date;
    }

    private MapView mapView(MapView.TreatyOption treaty, LocalDate date) {
        Map<String, MapCategory> categories = facts.categories(treaty.code(), date);
        Map<String, String> names = facts.stateNames();
        List<MapView.StateEntry> states = new ArrayList<>();
        Map<String, String> notes = facts.notes(treaty.code(), date);
        categories.forEach((code, c) -> states.add(new MapView.StateEntry(code, names.getOrDefault(code, code), c, notes.get(code))));
        states.sort(java.util.Comparator.comparing(MapView.StateEntry::name));
        int parties = PartiesChart.countOn(facts.partiesOverTime(treaty.code()), date);
        return new MapView(map, categories, names, Legend.of(categories, map, parties), treaty, facts.treaties(), date,
                facts.firstDate(), facts.lastScheduledChange(), chart(date), states, notes);
    }

    private PartiesChart chart(LocalDate marked) {
        List<MapView.TreatyOption> treaties = facts.treaties();
        return PartiesChart.of(
                treaties.stream().map(MapView.TreatyOption::code).toList(),
                treaties.stream().map(MapView.TreatyOption::shortName).toList(),
                treaties.stream().map(t -> facts.partiesOverTime(t.code())).toList(),
                facts.firstDate(), facts.lastScheduledChange(), marked);
    }

    private void home(Context ctx) {
        MapView.TreatyOption treaty = treaty(ctx.queryParam("treaty"));
        LocalDate date = mapDate(ctx);
        render(ctx, "home.jte", Map.of("frame", frame(ctx, "Map", "map"), "view", mapView(treaty, date),
                "openFlags", store.flags().openByState()));
    }

    /** The map's groups as JSON, for map.js: categories by state, counts, lists and labels. */
    private void mapData(Context ctx) throws IOException {
        MapView.TreatyOption treaty = treaty(ctx.queryParam("treaty"));
        LocalDate date = mapDate(ctx);
        MapView view = mapView(treaty, date);
        ObjectNode root = json.createObjectNode();
        root.put("treaty", treaty.code());
        root.put("treatyName", treaty.shortName());
        root.put("date", date.toString());
        root.put("asKnownOn", AsKnownOn.current() == null ? null : AsKnownOn.current().toString());
        root.put("markerX", view.chart().marker().x());
        root.put("markerLabelsLeft", view.chart().markerLabelsLeft());
        ObjectNode marked = root.putObject("marked");
        view.chart().series().forEach(sr -> marked.putObject(sr.treaty()).put("count", sr.marked()).put("y", sr.markedY()));
        root.put("parties", view.legend().parties());
        root.put("withdrawing", view.legend().withdrawing());
        ObjectNode cats = root.putObject("categories");
        view.categories().forEach((k, v) -> cats.put(k, v.name()));
        ObjectNode counts = root.putObject("counts");
        view.legend().entries().forEach(e -> counts.put(e.category().name(), e.count()));
        ObjectNode labels = root.putObject("labels");
        for (MapCategory c : MapCategory.values()) {
            labels.putObject(c.name()).put("label", c.label()).put("css", c.cssName());
        }
        ObjectNode lists = root.putObject("lists");
        for (MapCategory c : MapCategory.values()) {
            var arr = lists.putArray(c.name());
            view.statesIn(c).forEach(s -> arr.add(s.code()));
        }
        ObjectNode notes = root.putObject("notes");
        view.notes().forEach(notes::put);
        ObjectNode names = root.putObject("names");
        view.names().forEach(names::put);
        ctx.contentType("application/json").result(json.writeValueAsString(root));
    }

    // ---- state page ---------------------------------------------------------------------------

    private final EventPages events;

    private void state(Context ctx) {
        String asked = clip(ctx.pathParam("code"), 100);
        String code = facts.stateCode(asked).orElseThrow(() -> new PageException(404, capital(facts.unknownState(asked)) + "."));
        if (!code.equals(asked)) {
            // /states/finland and /states/fin are /states/FIN: one address per state page
            ctx.redirect("/states/" + code + (ctx.queryString() == null ? "" : "?" + ctx.queryString()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        LocalDate date = mapDate(ctx);
        StateView view = facts.state(code, date).orElseThrow(() -> new PageException(404, "No state with the code '" + code + "'."));
        render(ctx, "state.jte", Map.of("frame", frame(ctx, view.name(), "map"), "view", view, "events", events.ofState(code),
                "flags", events.flagsOfState(code)));
    }

    // ---- claims -------------------------------------------------------------------------------

    /** The claims list's filters, as read from the query string. */
    public record ClaimFilters(String state, ClaimType type, Modality modality, ReviewState review, LocalDate from, LocalDate to, String q, String cursor) {
        public String query(String nextCursor) {
            StringBuilder sb = new StringBuilder("/claims?");
            add(sb, "state", state);
            add(sb, "type", type == null ? null : type.name());
            add(sb, "modality", modality == null ? null : modality.name());
            add(sb, "review", review == null ? null : review.name());
            add(sb, "from", from == null ? null : from.toString());
            add(sb, "to", to == null ? null : to.toString());
            add(sb, "q", q);
            add(sb, AsKnownOn.PARAM, AsKnownOn.current() == null ? null : AsKnownOn.current().toString());
            add(sb, "cursor", nextCursor);
            return sb.toString();
        }

        static void add(StringBuilder sb, String name, String value) {
            if (value != null && !value.isBlank()) {
                sb.append(sb.charAt(sb.length() - 1) == '?' ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    private void claims(Context ctx) {
        String state = stateParam(ctx, "state");
        ClaimFilters f = new ClaimFilters(state,
                enumParam(ctx, "type", ClaimType.class), enumParam(ctx, "modality", Modality.class), enumParam(ctx, "review", ReviewState.class),
                date(ctx.queryParam("from"), "from"), date(ctx.queryParam("to"), "to"),
                blankToNull(clip(ctx.queryParam("q"), 200)), blankToNull(clip(ctx.queryParam("cursor"), 200)));
        SearchQuery search = null;
        if (f.q() != null) {
            try {
                search = SearchQuery.parse(f.q());
            } catch (IllegalArgumentException e) {
                throw new PageException(400, "Search: " + e.getMessage() + ".");
            }
        }
        ClaimQuery query = ClaimQuery.all().withActor(f.state()).withType(f.type()).withModality(f.modality()).withReview(f.review())
                .withDates(f.from(), f.to()).withText(f.q()).withCursor(f.cursor()).withLimit(PAGE_SIZE)
                .withKnownBy(AsKnownOn.current() == null ? null : org.treatywatch.core.record.RecordHistory.endOf(AsKnownOn.current()));
        Page<StoredClaim> page = pageInput(() -> store.claims(query));
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame(ctx, "Claims", "claims"));
        params.put("filters", f);
        params.put("claims", claimViews(page.items(), search));
        params.put("next", page.nextCursor() == null ? null : f.query(page.nextCursor()));
        params.put("first", f.cursor() == null ? null : f.query(null));
        params.put("states", facts.stateNames());
        render(ctx, "claims.jte", params);
    }

    private void claim(Context ctx) {
        long id = idParam(ctx);
        StoredClaim stored = store.claim(id).orElseThrow(() -> new PageException(404, "No claim " + id + "."));
        ClaimView view = claimViews(List.of(stored), null).get(0);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame(ctx, "Claim " + id, "claims"));
        params.put("claim", view);
        params.put("audit", AuditView.of(store.audit(id)));
        params.put("message", null);
        render(ctx, "claim.jte", params);
    }

    /** Builds the views of claims, fetching each document once. */
    List<ClaimView> claimViews(List<StoredClaim> claims, SearchQuery search) {
        Map<Long, ClaimView.Source> sources = new HashMap<>();
        Map<String, String> names = facts.stateNames();
        List<ClaimView> views = new ArrayList<>();
        for (StoredClaim c : claims) {
            ClaimView.Source source = sources.computeIfAbsent(c.documentId(), id -> store.document(id)
                    .map(d -> new ClaimView.Source(d.id(), d.title(), d.outlet(), d.published(), d.url()))
                    .orElse(new ClaimView.Source(id, null, null, c.published(), null)));
            String evidence = c.claim().evidence().text();
            List<Segments.Span> spans = new ArrayList<>();
            if (search != null) {
                for (Highlighter.Match m : Highlighter.matches(evidence, search)) {
                    spans.add(new Segments.Span(m.start(), m.end(), 0));
                }
            }
            views.add(new ClaimView(c, names.getOrDefault(c.claim().actor(), c.claim().actor()),
                    c.claim().recipient() == null ? null : names.getOrDefault(c.claim().recipient(), c.claim().recipient()),
                    c.claim().allegedBy() == null ? null : names.getOrDefault(c.claim().allegedBy(), c.claim().allegedBy()),
                    source, Segments.cut(evidence, spans)));
        }
        return views;
    }

    // ---- documents ----------------------------------------------------------------------------

    private void documents(Context ctx) {
        String cursor = blankToNull(clip(ctx.queryParam("cursor"), 200));
        var page = pageInput(() -> store.documents(cursor, PAGE_SIZE));
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame(ctx, "Documents", "documents"));
        params.put("documents", page.items());
        params.put("next", page.nextCursor() == null ? null : "/documents?cursor=" + java.net.URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8));
        render(ctx, "documents.jte", params);
    }

    private void document(Context ctx) {
        long id = idParam(ctx);
        StoredDocument doc = store.document(id).orElseThrow(() -> new PageException(404, "No document " + id + "."));
        List<StoredClaim> claims = store.claims(ClaimQuery.all().withDocument(id).withLimit(ClaimQuery.MAX_LIMIT)).items();
        List<Segments.Span> spans = new ArrayList<>();
        List<StoredClaim> ordered = new ArrayList<>(claims);
        ordered.sort(java.util.Comparator.comparingInt((StoredClaim c) -> c.claim().evidence().start()).thenComparingLong(StoredClaim::id));
        for (StoredClaim c : ordered) {
            if (c.claim().evidence().matches(doc.text())) {
                spans.add(new Segments.Span(c.claim().evidence().start(), c.claim().evidence().end(), c.id()));
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame(ctx, ClaimView.displayTitle(doc.title(), doc.outlet(), doc.url()), "documents"));
        params.put("doc", doc);
        params.put("url", ClaimView.safeUrl(doc.url()));
        params.put("pieces", Segments.cut(doc.text(), spans));
        params.put("claims", claimViews(ordered, null));
        render(ctx, "document.jte", params);
    }

    // ---- sign-in ------------------------------------------------------------------------------

    private void signInForm(Context ctx) {
        Frame f = frame(ctx, "Analyst sign-in", "signin");
        Map<String, Object> params = new HashMap<>();
        params.put("frame", f);
        params.put("loginCsrf", access.loginCsrf(ctx));
        params.put("name", "");
        params.put("message", null);
        render(ctx, "signin.jte", params);
    }

    private void signIn(Context ctx) {
        String name = clip(ctx.formParam("name"), 100);
        String password = ctx.formParam("password");
        Optional<Access.User> user;
        try {
            user = access.signIn(ctx, name, password == null ? new char[0] : password.toCharArray());
        } catch (HttpResponseException e) {
            errorPage(ctx, e.getStatus(), e.getMessage());
            return;
        }
        if (user.isPresent()) {
            ctx.redirect("/review", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(401);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame(ctx, "Analyst sign-in", "signin"));
        params.put("loginCsrf", access.loginCsrf(ctx));
        params.put("name", nz(name));
        params.put("message", "Wrong name or password.");
        render(ctx, "signin.jte", params);
    }

    private void signOut(Context ctx) {
        access.signOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    // ---- input helpers ------------------------------------------------------------------------

    static String field(Context ctx, String name, Map<String, String> errors) {
        String v = ctx.formParam(name);
        if (v != null && v.length() > MAX_FIELD) {
            errors.put(name, "At most " + MAX_FIELD + " characters.");
            return clip(v, MAX_FIELD);
        }
        return v;
    }

    /** A page of the store read after a cursor from the query string: a cursor it refuses is a 400. */
    static <T> T pageInput(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new PageException(400, "That page link is out of date: start again from the first page.");
        }
    }

    /** A state given by code, name, alias or adjective in any case, as its alpha-3 code; a 400 page saying "did you mean" otherwise. */
    String stateParam(Context ctx, String name) {
        String v = blankToNull(clip(ctx.queryParam(name), 100));
        return v == null ? null : facts.stateCode(v).orElseThrow(() -> new PageException(400, capital(facts.unknownState(v)) + "."));
    }

    private static String capital(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    static long idParam(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new PageException(404, "No such page.");
        }
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new PageException(400, "The " + name + " must be a date written YYYY-MM-DD, got '" + clip(value, 20) + "'.");
        }
    }

    static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String v = blankToNull(ctx.queryParam(name));
        return v == null ? null : parseEnum(v, name, type);
    }

    private static <E extends Enum<E>> E enumForm(Context ctx, String name, Class<E> type, E fallback) {
        String v = blankToNull(ctx.formParam(name));
        return v == null ? fallback : parseEnum(v, name, type);
    }

    private static <E extends Enum<E>> E parseEnum(String v, String name, Class<E> type) {
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PageException(400, "Unknown " + name + " '" + clip(v, 20) + "': choose one of " + List.of(type.getEnumConstants()) + ".");
        }
    }

    private static String upper(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v.strip().toUpperCase(Locale.ROOT);
    }

    static String clip(String v, int max) {
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }

    static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    static String nz(String v) {
        return v == null ? "" : v;
    }
}
