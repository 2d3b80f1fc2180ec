package org.treatywatch.web.api;

import static org.treatywatch.web.QueryParams.only;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.store.Page;
import org.treatywatch.store.alerts.Alerts;
import org.treatywatch.store.alerts.Change;
import org.treatywatch.store.alerts.ChangeJson;
import org.treatywatch.store.alerts.Subscription;
import org.treatywatch.store.alerts.SubscriptionFilter;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.WebServer;
import org.treatywatch.web.alerts.WebhookDispatcher;
import org.treatywatch.web.alerts.WebhookTargets;

/**
 * The alerts' part of the API (issue 11, point 4): {@code GET /api/v1/changes} for scripts, each
 * subscription's secret Atom feed, and the webhook dispatcher, which runs while the server does
 * ({@link WebhookDispatcher.Policy} and {@link WebhookTargets} from the server's services, else
 * the defaults: public targets only).
 */
final class AlertRoutes {
    /** Without {@code since}, the changes of the last day. */
    static final Duration DEFAULT_SINCE = Duration.ofDays(1);

    private final WebServer server;
    private final Alerts alerts;
    private final Clock clock = Clock.systemUTC();

    AlertRoutes(WebServer server) {
        this.server = server;
        this.alerts = server.store().alerts();
    }

    void configure(JavalinConfig config) {
        config.routes.get("/api/v1/changes", only(this::changes, "since", "state", "type", "flag", "cursor", "limit"));
        config.routes.get("/api/v1/feeds/{id}/{key}", only(this::feed, "limit"));
        WebhookDispatcher dispatcher = new WebhookDispatcher(alerts,
                server.service(WebhookDispatcher.Policy.class).orElse(WebhookDispatcher.Policy.defaults()), clock,
                server.service(WebhookTargets.class).orElse(WebhookTargets.PUBLIC_ONLY));
        config.events.serverStarted(dispatcher::start);
        config.events.serverStopping(dispatcher::close);
    }

    private void changes(Context ctx) {
        Instant since = since(Params.string(ctx, "since"));
        String state = Params.state(ctx, "state", server.status().engine().data().states());
        ClaimType type = Params.enumValue(ctx, "type", ClaimType.class);
        FindingKind flag = Params.enumValue(ctx, "flag", FindingKind.class);
        SubscriptionFilter filter = new SubscriptionFilter(state == null ? Set.of() : Set.of(state),
                type == null ? Set.of() : Set.of(type), flag == null ? Set.of() : Set.of(flag));
        int limit = Params.integer(ctx, "limit", 100, 1, Alerts.MAX_LIMIT);
        Page<Change> page = ApiException.input(() -> alerts.changes(since, filter, Params.string(ctx, "cursor"), limit));
        server.respond(ctx, new Views.PageView<>(page.items().stream().map(ChangeJson::of).toList(), page.nextCursor(),
                ApiRoutes.nextLink(ctx, page.nextCursor())));
    }

    /** An ISO instant ({@code 2026-12-01T10:00:00Z}) or date (its start, UTC); absent, a day ago. */
    private Instant since(String text) {
        if (text == null) {
            return clock.instant().minus(DEFAULT_SINCE);
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'since' must be a time as 2026-12-01T10:00:00Z or a date as 2026-12-01, got '"
                    + text + "'");
        }
    }

    /** A subscription's feed; a wrong id or key is one 404, telling neither apart. */
    private void feed(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Subscription s = alerts.subscriptionByFeedKey(id, ctx.pathParam("key"))
                .orElseThrow(() -> ApiException.notFound("no feed at this address"));
        int limit = Params.integer(ctx, "limit", 50, 1, 200);
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.header("Cache-Control", "private, no-store")
                .contentType("application/atom+xml; charset=utf-8")
                .result(ChangeFeed.render(alerts.latest(s.filter(), limit), base, base + ctx.path(),
                        "Treatywatch: " + s.name(), s.id()));
    }
}
