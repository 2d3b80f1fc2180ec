package org.treatywatch.store.alerts;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.store.Page;

/**
 * The store's side of alerts ({@code Store.alerts()}): the changes log, subscriptions and webhook
 * deliveries. Thread-safe; each call is one transaction.
 *
 * <p>Order: change ids grow. On SQLite they also commit in order; on PostgreSQL a change may
 * commit a moment after one with a higher id, so the webhook queue looks back
 * {@link #LOOK_BACK} for changes it has not yet queued, and a script reading
 * {@link #changes} may overlap its {@code since} by that much and skip the ids it has seen.
 */
public interface Alerts {
    /** How far back the webhook queue looks for changes committed late (see the class comment). */
    Duration LOOK_BACK = Duration.ofMinutes(10);

    /** The most a page of {@link #changes} holds. */
    int MAX_LIMIT = 1000;

    /**
     * Appends a change in its own transaction. Code that writes what changed in a transaction of
     * its own (the store's ingest) appends there instead, so the change commits with it.
     */
    Change append(ChangeKind kind, String state, ClaimType claimType, FindingKind flagKind, long refId, String summary,
            Instant at);

    /** The changes after {@code since} (exclusive) that {@code filter} matches, oldest first, keyset-paged. */
    Page<Change> changes(Instant since, SubscriptionFilter filter, String cursor, int limit);

    /** The latest {@code limit} changes {@code filter} matches, newest first (a subscription's feed). */
    List<Change> latest(SubscriptionFilter filter, int limit);

    /**
     * Makes a subscription with a new feed key and, when {@code webhook} is given, a new webhook
     * secret. Its webhook gets the changes made from now on.
     */
    NewSubscription subscribe(long analystId, String name, SubscriptionFilter filter, URI webhook, Instant now);

    /** An analyst's subscriptions, oldest first. */
    List<Subscription> subscriptions(long analystId);

    Optional<Subscription> subscription(long id);

    /**
     * The subscription whose feed is {@code id} with {@code key}: the key's SHA-256 is compared with
     * the stored one in constant time. Empty for a wrong key or id.
     */
    Optional<Subscription> subscriptionByFeedKey(long id, String key);

    /** A new feed key for an analyst's own subscription; the old one stops working. */
    Optional<String> newFeedKey(long id, long analystId);

    /** Deletes an analyst's own subscription with its deliveries; false when it has none of that id. */
    boolean unsubscribe(long id, long analystId);

    /** The webhook secret of a subscription, for signing. */
    Optional<String> webhookSecret(long subscriptionId);

    /**
     * Queues a delivery for each change a webhook subscription matches and has not had queued
     * (never twice: one delivery per subscription and change), due at once; at most {@code limit}
     * changes read per subscription.
     *
     * @return how many deliveries were queued
     */
    int queueWebhooks(Instant now, int limit);

    /**
     * Takes up to {@code limit} pending deliveries due by {@code now} for {@code lease}: no other
     * sender (another thread, another server on the same database) takes them until it ends.
     */
    List<Delivery> leaseDue(Instant now, Duration lease, int limit);

    /**
     * Logs an attempt and moves the delivery on: to DELIVERED for a 2xx ({@code delivered}), else to
     * {@code retryAt}, or to FAILED when {@code retryAt} is null (given up). A delivery already
     * DELIVERED or FAILED is not moved.
     */
    void recordAttempt(long deliveryId, Instant at, Integer statusCode, String error, long durationMillis,
            boolean delivered, Instant retryAt);

    /** A subscription's deliveries, newest first. */
    List<Delivery> deliveries(long subscriptionId, int limit);

    /** A delivery's attempts, oldest first. */
    List<DeliveryAttempt> attempts(long deliveryId);
}
