/**
 * Webhooks of analysts' subscriptions (issue 11, point 4): {@link org.treatywatch.web.alerts.WebhookDispatcher}
 * queues, signs ({@link org.treatywatch.web.alerts.WebhookSignature}), sends and retries the
 * deliveries the store keeps ({@link org.treatywatch.store.alerts.Alerts}).
 */
package org.treatywatch.web.alerts;
