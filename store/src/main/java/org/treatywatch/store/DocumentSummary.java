package org.treatywatch.store;

import java.time.Instant;
import java.time.LocalDate;

/** A document without its text, for lists; {@code claims} counts its stored claims. */
public record DocumentSummary(
        long id, String externalId, String title, String url, String outlet, LocalDate published,
        Instant ingestedAt, int length, long claims) {}
