package org.treatywatch.store;

import java.time.Instant;

/**
 * One line of a claim's audit trail: who did what and when, with the claim before and after as
 * codebook JSON (null where there was no claim, e.g. before an {@link ReviewAction#ADD}), and the
 * analyst's reason, if given.
 */
public record AuditEntry(long id, long claimId, String analyst, Instant at, ReviewAction action, String beforeJson, String afterJson,
                         String reason) {}
