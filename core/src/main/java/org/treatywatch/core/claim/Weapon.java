package org.treatywatch.core.claim;

/** The weapon a non-treaty claim is about; only {@link #AP_MINE} claims are scored today. */
public enum Weapon {
    AP_MINE,
    AT_MINE,
    CLUSTER_MUNITION
}
