package org.treatywatch.extract.pipeline;

/**
 * A count or a sum of money read from the text, as a range: "tens of thousands" is
 * {@code [10000, null]}, "hundreds of millions of euros" is {@code [1.0E8, 1.0E9] EUR}.
 * {@code max == null} is open-ended.
 *
 * @param unit a noun for counts ("mines"), an ISO 4217 code for money
 */
public record Measure(Span span, int firstToken, int endToken, boolean money, Double min, Double max, String unit)
        implements Spanned {}
