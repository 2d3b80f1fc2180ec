package org.treatywatch.store.alerts;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Not yet answered with a 2xx; tried again at its next attempt time. */
    PENDING,
    /** Answered with a 2xx: never sent again. */
    DELIVERED,
    /** Retried until the retry window closed without a 2xx: given up. */
    FAILED
}
