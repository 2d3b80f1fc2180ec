package org.treatywatch.web.pages;

import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.store.Store;
import org.treatywatch.store.alerts.Alerts;
import org.treatywatch.store.alerts.Delivery;
import org.treatywatch.store.alerts.DeliveryAttempt;
import org.treatywatch.store.alerts.NewSubscription;
import org.treatywatch.store.alerts.Subscription;
import org.treatywatch.store.alerts.SubscriptionFilter;
import org.treatywatch.store.alerts.WebhookUrl;
import org.treatywatch.web.alerts.WebhookTargets;
import org.treatywatch.web.auth.Access;

/**
 * An analyst's subscriptions (issue 11, point 4): make one (states, claim types, flag kinds, an
 * optional webhook), see each one's filters, webhook and delivery log, renew a feed's key, delete.
 * The feed's URL and the webhook's secret are shown once, when made; the store keeps only the
 * feed key's hash.
 */
public final class SubscriptionsPage {
    /** Deliveries shown per subscription. */
    static final int LOG_SIZE = 10;

    private final WebPages pages;
    private final Alerts alerts;
    private final StateRegistry states;
    private final Clock clock;
    private final WebhookTargets targets;

    SubscriptionsPage(WebPages pages, Store store, StateRegistry states, Clock clock, WebhookTargets targets) {
        this.targets = targets;
        this.pages = pages;
        this.alerts = store.alerts();
        this.states = states;
        this.clock = clock;
    }

    /** The form's values and what was wrong with them, per field. */
    public record Form(String name, String states, Set<ClaimType> types, Set<FindingKind> flags, String webhook,
            Map<String, String> errors) {
        static Form empty() {
            return new Form("", "", Set.of(), Set.of(), "", Map.of());
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** What was just made, with the secrets shown once. */
    public record Made(String name, String feedUrl, String webhookSecret) {}

    /** One delivery in the log, with its last attempt's outcome. */
    public record LogLine(String key, String status, int attempts, String queued, String finished, String last) {}

    /** One subscription as listed. */
    public record Row(long id, String name, String states, String types, String flags, String webhook, List<LogLine> log) {}

    void list(Context ctx) {
        render(ctx, pages.requireAnalystPage(ctx), Form.empty(), null, null);
    }

    void create(Context ctx) {
        Access.User user = Access.requireWriter(ctx);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = WebPages.field(ctx, "name", errors);
        String stateText = WebPages.field(ctx, "states", errors);
        String webhook = WebPages.field(ctx, "webhook", errors);
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        for (String t : ctx.formParams("type")) {
            try {
                types.add(ClaimType.valueOf(t));
            } catch (IllegalArgumentException e) {
                errors.put("type", "Unknown claim type.");
            }
        }
        Set<FindingKind> flags = EnumSet.noneOf(FindingKind.class);
        for (String f : ctx.formParams("flag")) {
            try {
                flags.add(FindingKind.valueOf(f));
            } catch (IllegalArgumentException e) {
                errors.put("flag", "Unknown kind of flag.");
            }
        }
        if (name == null || name.isBlank()) {
            errors.put("name", "Give the subscription a name.");
        }
        Set<String> codes = new LinkedHashSet<>();
        if (stateText != null) {
            for (String part : stateText.split(",")) {
                if (!part.isBlank()) {
                    states.find(part.strip()).map(State::alpha3).ifPresentOrElse(codes::add,
                            () -> errors.put("states", states.unknownMessage(WebPages.clip(part.strip(), 60)) + "."));
                }
            }
        }
        if (codes.size() > SubscriptionFilter.MAX_STATES) {
            errors.put("states", "At most " + SubscriptionFilter.MAX_STATES + " states.");
        }
        URI hook = null;
        if (webhook != null && !webhook.isBlank()) {
            try {
                hook = WebhookUrl.parse(webhook);
                targets.check(hook);
            } catch (IllegalArgumentException e) {
                errors.put("webhook", e.getMessage() + ".");
            }
        }
        Form form = new Form(WebPages.nz(name), WebPages.nz(stateText), types, flags, WebPages.nz(webhook), errors);
        if (!errors.isEmpty()) {
            ctx.status(400);
            render(ctx, user, form, null, null);
            return;
        }
        NewSubscription made = alerts.subscribe(user.id(), name.strip(), new SubscriptionFilter(codes, types, flags), hook,
                clock.instant());
        render(ctx, user, Form.empty(), new Made(made.subscription().name(),
                feedUrl(ctx, made.subscription().id(), made.feedKey()), made.webhookSecret()), null);
    }

    void renewKey(Context ctx) {
        Access.User user = Access.requireWriter(ctx);
        long id = id(ctx);
        String key = alerts.newFeedKey(id, user.id())
                .orElseThrow(() -> new WebPages.PageException(404, "You have no subscription #" + id + "."));
        String name = alerts.subscription(id).map(Subscription::name).orElse("");
        render(ctx, user, Form.empty(), new Made(name, feedUrl(ctx, id, key), null), null);
    }

    void delete(Context ctx) {
        Access.User user = Access.requireWriter(ctx);
        long id = id(ctx);
        if (!alerts.unsubscribe(id, user.id())) {
            throw new WebPages.PageException(404, "You have no subscription #" + id + ".");
        }
        render(ctx, user, Form.empty(), null, "Subscription #" + id + " deleted.");
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new WebPages.PageException(404, "There is no such subscription.");
        }
    }

    private static String feedUrl(Context ctx, long id, String key) {
        return ctx.scheme() + "://" + ctx.host() + "/api/v1/feeds/" + id + "/" + key;
    }

    private void render(Context ctx, Access.User user, Form form, Made made, String message) {
        List<Row> rows = new ArrayList<>();
        for (Subscription s : alerts.subscriptions(user.id())) {
            rows.add(row(s));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("frame", pages.frame(ctx, "Subscriptions", "subscriptions"));
        params.put("form", form);
        params.put("made", made);
        params.put("message", message);
        params.put("rows", rows);
        pages.render(ctx, "subscriptions.jte", params);
    }

    private Row row(Subscription s) {
        SubscriptionFilter f = s.filter();
        List<LogLine> log = new ArrayList<>();
        if (s.webhook() != null) {
            for (Delivery d : alerts.deliveries(s.id(), LOG_SIZE)) {
                List<DeliveryAttempt> attempts = alerts.attempts(d.id());
                DeliveryAttempt last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
                log.add(new LogLine(d.key(), d.status().name().toLowerCase(), d.attempts(), d.createdAt().toString(),
                        d.finishedAt() == null ? "" : d.finishedAt().toString(),
                        last == null ? "" : last.error() != null ? last.error() : "HTTP " + last.statusCode()));
            }
        }
        return new Row(s.id(), s.name(), f.states().isEmpty() ? "any" : String.join(", ", sorted(f.states())),
                f.types().isEmpty() ? "any" : f.types().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                f.flagKinds().isEmpty() ? "any (claims, events and flags)"
                        : f.flagKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                s.webhook() == null ? null : s.webhook().toString(), log);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
