package org.treatywatch.store.alerts;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's subscription. Neither secret is here: the feed's key is kept only as a hash, and the
 * webhook's secret only by {@link Alerts#webhookSecret}.
 *
 * @param webhook the URL deliveries are POSTed to, or null for a feed only
 */
public record Subscription(long id, long analystId, String name, SubscriptionFilter filter, URI webhook, Instant createdAt) {
    public Subscription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
