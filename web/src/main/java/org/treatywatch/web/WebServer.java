package org.treatywatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BiConsumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.store.NotFoundException;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoreException;
import org.treatywatch.store.ingest.Ingestor;
import org.treatywatch.web.api.ApiRoutes;
import org.treatywatch.web.http.BodyLoader;
import org.treatywatch.web.http.CachedAnswers;
import org.treatywatch.web.http.Gzip;
import org.treatywatch.web.http.HeadAsGet;
import org.treatywatch.web.http.JettyErrors;
import org.treatywatch.web.http.Messages;
import org.treatywatch.web.http.SecurityHeaders;

/**
 * Builds the Javalin application that {@code treatywatch serve} runs: the JSON API under
 * {@code /api/v1} (routes in {@link ApiRoutes}), its OpenAPI document at {@code /api/openapi.json},
 * authentication, error mapping and body limits, plus whatever {@link WebExtension}s add (the web
 * app's pages).
 *
 * <p>Design: one place for cross-cutting rules, so that handlers stay small (STYLE.md, "Web").
 * <ul>
 *   <li>Authentication runs before every request: each {@link Authenticator} in turn, the first
 *       principal found is kept ({@link Auth#principal}). Reads are public; writes call
 *       {@link Auth#require} and answer 401 without a principal.</li>
 *   <li>Errors are mapped in one place: {@link ApiException} keeps its status (handlers turn bad
 *       input into a 400 with {@link ApiException#badRequest}), an unknown id is a 404, an oversized
 *       body a 413, a method the path does not take a 405 with {@code Allow}; anything else, an
 *       {@link IllegalArgumentException} included, is a 500 with a generic message and the details
 *       in the log (a client that went away, one line). Control characters in a message are
 *       escaped ({@link Messages#safe}). Under
 *       {@code /api} the body is JSON {@code {"error", "message"}}; elsewhere the
 *       {@link Builder#pageErrors page error renderer} decides.</li>
 *   <li>Request bodies are bounded ({@link Builder#maxBodyBytes}, 2 MiB by default) and read in
 *       full before a handler runs, without a thread, in bounded time ({@link BodyLoader}); HEAD
 *       is GET without the body ({@link HeadAsGet}); every response, Jetty's own error pages
 *       included ({@link JettyErrors}), has the {@link SecurityHeaders}, and one to a signed-in
 *       analyst {@code Cache-Control: no-store}.</li>
 * </ul>
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** The default bound of a request body: a long article as HTML fits comfortably. */
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    /** The bounds of {@link Builder#threads}: Jetty's acceptor and selectors need a few of them. */
    public static final int MIN_THREADS = 8;
    public static final int MAX_THREADS = 1000;
    /**
     * The default number of request threads: four per core, at least 8. With Jetty's own default
     * (up to 200), 50 busy clients on two cores time-slice 50 threads, and the claims list's p95
     * latency was half as large again as with a pool of 8; the store has at most 8 SQLite
     * connections to hand out anyway. See {@code scripts/bench/api-load.sh}.
     */
    public static final int DEFAULT_THREADS = Math.max(MIN_THREADS, 4 * Runtime.getRuntime().availableProcessors());

    /**
     * The gzip level of answers made per request (every JSON and HTML answer over 1,500 bytes, for
     * clients that accept gzip): on a page of 50 claims (26 kB), level 1 took a fifth of the time of
     * the default 6 for 13% more bytes, and under load the CPU is what the claims list waits for.
     * Cached answers ({@link org.treatywatch.web.http.CachedAnswers}) are gzipped once, at 6.
     */
    static final int GZIP_LEVEL = 1;
    /** Answers shorter than this are sent as they are: gzip would save little (Javalin's bound, for its answers too). */
    static final int GZIP_MIN_BYTES = CachedAnswers.GZIP_MIN_BYTES;
    private static final Gzip GZIP = new Gzip(GZIP_LEVEL);

    private final Store store;
    private final ClaimExtractor extractor;
    private final List<Authenticator> authenticators;
    private final List<WebExtension> extensions;
    private final long maxBodyBytes;
    private final int threads;
    private final BiConsumer<Context, ApiException> pageErrors;
    private final Map<Class<?>, Object> services;
    private final ObjectMapper json = Json.mapper();
    private final StatusService status;

    private WebServer(Builder b) {
        this.store = b.store;
        this.extractor = b.extractor;
        this.maxBodyBytes = b.maxBodyBytes;
        this.threads = b.threads;
        this.pageErrors = b.pageErrors != null ? b.pageErrors
                : b.extensions.stream().map(WebExtension::pageErrors).filter(Objects::nonNull).findFirst().orElse(null);
        this.services = Map.copyOf(b.services);
        this.extensions = List.copyOf(b.extensions);
        this.status = new StatusService(b.store);
        List<Authenticator> chain = new ArrayList<>(b.authenticators);
        for (WebExtension e : extensions) {
            chain.addAll(e.authenticators(this));
        }
        chain.add(new BearerTokenAuthenticator(b.store));
        this.authenticators = List.copyOf(chain);
    }

    public static Builder builder(Store store) {
        return new Builder(store);
    }

    public Store store() {
        return store;
    }

    /** The extractor for posted documents, if the server has one. */
    public Optional<ClaimExtractor> extractor() {
        return Optional.ofNullable(extractor);
    }

    /** An ingestor over this server's store and extractor, or a 503 when it has no extractor. */
    public Ingestor ingestor() {
        if (extractor == null) {
            throw new ApiException(503, "unavailable", "this server has no claim extractor configured");
        }
        return new Ingestor(store, extractor);
    }

    /** The status engine over the store's reference data (seeded from core's defaults on first start). */
    public StatusService status() {
        return status;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public ObjectMapper json() {
        return json;
    }

    /** A shared object registered with {@link Builder#service}, e.g. the status service. */
    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }

    /**
     * Answers {@code value} as JSON, serialised here to bytes in one go. (Javalin's own
     * {@code ctx.json} streams through a pipe filled by another thread, which on a busy two-core
     * machine cost more than the serialisation itself.)
     */
    public void respond(Context ctx, Object value) {
        try {
            respond(ctx, "application/json", json.writeValueAsBytes(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + ctx.path(), e);
        }
    }

    /**
     * Answers {@code body}, gzipped here (at {@link #GZIP_LEVEL}, with a kept Deflater) when the
     * client accepts gzip and the body has at least {@link #GZIP_MIN_BYTES}, as Javalin would but without
     * a new Deflater per answer.
     */
    public static void respond(Context ctx, String contentType, byte[] body) {
        ctx.contentType(contentType);
        if (body.length >= GZIP_MIN_BYTES && CachedAnswers.acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Vary", "Accept-Encoding");
            ctx.header("Content-Encoding", "gzip"); // Javalin leaves an answer with one alone
            ctx.result(GZIP.gzip(body));
        } else {
            ctx.result(body);
        }
    }

    /** The configured application, not yet started. */
    public Javalin create() {
        return Javalin.create(this::configure);
    }

    /** Creates and starts the application on {@code host:port} (port 0 picks a free port). */
    public Javalin start(String host, int port) {
        Javalin app = create();
        app.start(host, port);
        return app;
    }

    private void configure(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(json, false));
        config.http.maxRequestSize = maxBodyBytes;
        config.http.prefer405over404 = true;
        config.http.compressionStrategy = new CompressionStrategy(null, new io.javalin.compression.Gzip(GZIP_LEVEL));
        config.http.compressionStrategy.setDefaultMinSizeForCompression(GZIP_MIN_BYTES);
        config.startup.showJavalinBanner = false;
        QueuedThreadPool pool = new QueuedThreadPool(threads, 4);
        pool.setName("treatywatch-http");
        config.jetty.threadPool = pool;
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JettyErrors());
            server.insertHandler(new BodyLoader(BodyLoader.Limits.of(maxBodyBytes)));
            server.insertHandler(new HeadAsGet());
        });
        config.routes.before(this::authenticate);
        config.routes.before(AsKnownOn::read);
        config.routes.after(AsKnownOn::clear);
        config.routes.after(WebServer::noStoreWhenSignedIn);
        config.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e));
        config.routes.exception(NotFoundException.class, (e, ctx) -> fail(ctx, ApiException.notFound(e.getMessage())));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, fromJavalin(ctx, e)));
        config.routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store error on {} {}", ctx.method(), Messages.safe(ctx.path()), e);
            fail(ctx, new ApiException(500, "internal_error", "the store failed; see the server log"));
        });
        // Anything else is a bug, an IllegalArgumentException included (bad input is an ApiException
        // by the time it leaves a handler): a 500 that shows nothing of it, the details in the log.
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (Messages.isClientAbort(e)) {
                LOG.info("{} {}: the client went away ({})", ctx.method(), Messages.safe(ctx.path()), e.getMessage());
                return;
            }
            LOG.error("unexpected error on {} {}", ctx.method(), Messages.safe(ctx.path()), e);
            fail(ctx, new ApiException(500, "internal_error", "an unexpected error; see the server log"));
        });
        config.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api") && !ctx.res().isCommitted() && ctx.result() == null) {
                fail(ctx, ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
        new ApiRoutes(this).configure(config);
        new org.treatywatch.web.api.RecordRoutes(this).configure(config);
        for (WebExtension extension : extensions) {
            extension.configure(config, this);
        }
    }

    /** A response to an analyst may hold what only they should see (a CSRF token, say): no cache keeps it. */
    private static void noStoreWhenSignedIn(Context ctx) {
        if (Auth.principal(ctx).isPresent()) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private void authenticate(Context ctx) {
        SecurityHeaders.apply(ctx::header);
        Long length = ctx.contentLength() < 0 ? null : (long) ctx.contentLength();
        if (length != null && length > maxBodyBytes) {
            throw ApiException.tooLarge("the request body has " + length + " bytes; at most " + maxBodyBytes + " are accepted");
        }
        for (Authenticator a : authenticators) {
            Optional<Principal> p = a.authenticate(ctx);
            if (p.isPresent()) {
                ctx.attribute(Auth.ATTRIBUTE, p.get());
                return;
            }
        }
    }

    private static ApiException fromJavalin(Context ctx, HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> ApiException.tooLarge("the request body is larger than this server accepts");
            case 404 -> ApiException.notFound(e.getMessage());
            case 401 -> ApiException.unauthorized(e.getMessage());
            case 403 -> ApiException.forbidden(e.getMessage());
            case 400 -> ApiException.badRequest(e.getMessage());
            case 405 -> methodNotAllowed(ctx, e);
            default -> new ApiException(e.getStatus(), "http_" + e.getStatus(), e.getMessage());
        };
    }

    /** 405 with the methods the path answers in {@code Allow} (HEAD wherever GET is). */
    private static ApiException methodNotAllowed(Context ctx, HttpResponseException e) {
        List<String> allowed = new ArrayList<>();
        for (String m : e.getDetails().values().stream().findFirst().orElse("").split(",\\s*")) {
            if (!m.isBlank() && !m.equals("HEAD")) {
                allowed.add(m);
                if (m.equals("GET")) {
                    allowed.add("HEAD");
                }
            }
        }
        String allow = String.join(", ", allowed);
        ctx.header("Allow", allow);
        return new ApiException(405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path() + "; use " + allow);
    }

    private void fail(Context ctx, ApiException e) {
        if (!ctx.path().startsWith("/api") && pageErrors != null) {
            ctx.status(e.status());
            pageErrors.accept(ctx, new ApiException(e.status(), e.error(), Messages.safe(e.getMessage())));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.error());
        body.put("message", Messages.safe(e.getMessage()));
        ctx.status(e.status());
        respond(ctx, body);
    }

    /** Configures a {@link WebServer}. */
    public static final class Builder {
        private final Store store;
        private ClaimExtractor extractor;
        private final List<Authenticator> authenticators = new ArrayList<>();
        private final List<WebExtension> extensions = new ArrayList<>();
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int threads = DEFAULT_THREADS;
        private BiConsumer<Context, ApiException> pageErrors;
        private final Map<Class<?>, Object> services = new LinkedHashMap<>();

        private Builder(Store store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The extractor for {@code POST /api/v1/documents}; without one that endpoint answers 503. */
        public Builder extractor(ClaimExtractor value) {
            this.extractor = value;
            return this;
        }

        /**
         * Adds an authenticator, asked before the API token one (which is always last). The web
         * app adds its session sign-in here.
         */
        public Builder authenticator(Authenticator value) {
            authenticators.add(Objects.requireNonNull(value));
            return this;
        }

        /** Adds routes (the web app's pages); extensions are applied in the order added. */
        public Builder extension(WebExtension value) {
            extensions.add(Objects.requireNonNull(value));
            return this;
        }

        public Builder maxBodyBytes(long value) {
            if (value < 1024) {
                throw new IllegalArgumentException("a body limit below 1 KiB leaves no room for a document");
            }
            this.maxBodyBytes = value;
            return this;
        }

        /**
         * The most requests served at once (the rest wait in Jetty's queue, first come first
         * served); {@link #DEFAULT_THREADS} by default. Jetty's acceptor and selector threads come
         * out of these (two on a small machine).
         */
        public Builder threads(int value) {
            if (value < MIN_THREADS || value > MAX_THREADS) {
                throw new IllegalArgumentException("the number of request threads must be between " + MIN_THREADS
                        + " and " + MAX_THREADS + ", got " + value);
            }
            this.threads = value;
            return this;
        }

        /** Adds every {@link WebExtension} that {@link ServiceLoader} finds on the class path. */
        public Builder discoverExtensions() {
            ServiceLoader.load(WebExtension.class).forEach(extensions::add);
            return this;
        }

        /** How errors outside {@code /api} are shown (the web app renders an HTML page); JSON when unset. */
        public Builder pageErrors(BiConsumer<Context, ApiException> value) {
            this.pageErrors = value;
            return this;
        }

        /** Registers a shared object, found again with {@link WebServer#service}. */
        public <T> Builder service(Class<T> type, T value) {
            services.put(type, type.cast(value));
            return this;
        }

        public WebServer build() {
            return new WebServer(this);
        }
    }
}
