package org.treatywatch.store.alerts;

/**
 * A subscription just made, with its secrets in clear: shown to the analyst once, never again.
 *
 * @param feedKey       the secret part of the feed's URL
 * @param webhookSecret the HMAC-SHA256 key of the webhook's signatures, or null without a webhook
 */
public record NewSubscription(Subscription subscription, String feedKey, String webhookSecret) {}
