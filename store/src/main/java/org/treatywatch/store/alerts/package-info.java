/**
 * Alerts (issue 11, point 4): the {@code changes} log, analysts' subscriptions with their secret
 * Atom feeds, and webhook deliveries with their log. {@link org.treatywatch.store.alerts.Alerts}
 * is the store's side ({@code store.alerts()}); the web module serves the feeds and sends the
 * webhooks.
 */
package org.treatywatch.store.alerts;
