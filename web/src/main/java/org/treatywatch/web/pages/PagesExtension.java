package org.treatywatch.web.pages;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;
import org.treatywatch.store.Store;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.Authenticator;
import org.treatywatch.web.WebExtension;
import org.treatywatch.web.WebServer;
import org.treatywatch.web.alerts.WebhookTargets;
import org.treatywatch.web.auth.Access;
import org.treatywatch.web.auth.Sessions;
import org.treatywatch.web.auth.SignInThrottle;

/**
 * Plugs the web app's pages into the server that {@code treatywatch serve} builds: found by
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.treatywatch.web.WebExtension}), it
 * adds {@link WebPages} over the server's store and extractor, with the status engine over the
 * store's reference data ({@link org.treatywatch.web.StatusService}), and renders errors outside {@code /api} as
 * HTML pages.
 */
public final class PagesExtension implements WebExtension {
    private final Clock clock;
    private volatile WebPages pages;
    private Access access;

    public PagesExtension() {
        this(Clock.systemUTC());
    }

    public PagesExtension(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure(JavalinConfig config, WebServer server) {
        Store store = server.store();
        pages = new WebPages(store, new EngineFacts(() -> server.status().engine(), clock), server.extractor().orElse(null), access(server), clock,
                server.service(WebhookTargets.class).orElse(WebhookTargets.PUBLIC_ONLY));
        pages.install(config);
        new RecordPages(pages, store, () -> server.status().invalidate()).install(config);
    }

    /** The session sign-in, shared by the server's authenticator chain and the pages. */
    private synchronized Access access(WebServer server) {
        if (access == null) {
            Store store = server.store();
            access = new Access(new Sessions(store, clock), store::analyst, new SignInThrottle(clock));
        }
        return access;
    }

    @Override
    public List<Authenticator> authenticators(WebServer server) {
        return List.of(access(server));
    }

    @Override
    public BiConsumer<Context, ApiException> pageErrors() {
        return (ctx, e) -> {
            WebPages p = pages;
            if (p == null) {
                ctx.status(e.status()).result(e.getMessage());
            } else {
                p.errorPage(ctx, e.status(), e.getMessage());
            }
        };
    }
}
