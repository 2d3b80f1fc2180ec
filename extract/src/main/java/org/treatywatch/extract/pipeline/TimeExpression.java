package org.treatywatch.extract.pipeline;

/**
 * A time the text names, resolved against the document's published date where it is relative:
 * "next year" in a text of 2025-06-30 is {@code "2026"}; {@code value} is ISO (YYYY, YYYY-MM,
 * YYYY-MM-DD) or null when it cannot be resolved (no published date). {@code future} says the
 * phrase points ahead of the document date ("next year", "in six months").
 */
public record TimeExpression(Span span, int firstToken, int endToken, String value, boolean future)
        implements Spanned {}
