package org.treatywatch.extract.eval;

import org.treatywatch.core.claim.ClaimType;

/** The metrics of one claim type. */
public record TypeScore(ClaimType type, Metrics metrics) {}
