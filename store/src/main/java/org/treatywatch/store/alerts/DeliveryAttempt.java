package org.treatywatch.store.alerts;

import java.time.Instant;

/**
 * One attempt at a delivery, as the delivery log shows it.
 *
 * @param statusCode the HTTP status answered, or null when there was no answer
 * @param error      why it failed (timeout, refused, a non-2xx answer's first bytes), or null
 */
public record DeliveryAttempt(long deliveryId, Instant at, Integer statusCode, String error, long durationMillis) {}
