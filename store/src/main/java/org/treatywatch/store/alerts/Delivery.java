package org.treatywatch.store.alerts;

import java.time.Instant;

/**
 * One change to deliver to one subscription's webhook.
 *
 * @param key        the idempotent delivery id sent with every attempt ({@code "s12-c345"})
 * @param body       the JSON sent, fixed when queued
 * @param finishedAt when it was delivered or given up, else null
 */
public record Delivery(
        long id, String key, long subscriptionId, long changeId, String body, DeliveryStatus status, int attempts,
        Instant createdAt, Instant nextAttemptAt, Instant finishedAt) {}
