package org.treatywatch.store.flag;

import java.time.Instant;

/** One line of a flag's audit trail; {@code analyst} is {@value FlagStore#CHECKS} for the checks' own changes. */
public record FlagReview(long id, long flagId, String analyst, Instant at, FlagAction action, FlagState state, String reason) {}
