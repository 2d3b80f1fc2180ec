package org.treatywatch.core.claim;

/**
 * Money as a range in one currency (ISO 4217): "hundreds of millions of euros" is
 * {@code [1.0E8, 1.0E9] EUR}. {@code max == null} means open-ended.
 */
public record Amount(Double min, Double max, String currency) {
    public Amount {
        if (min == null && max == null) {
            throw new IllegalArgumentException("an amount needs a min or a max");
        }
        if (min != null && !Double.isFinite(min) || max != null && !Double.isFinite(max)) {
            throw new IllegalArgumentException("an amount must be a finite number, got " + min + ".." + max);
        }
        if (min != null && max != null && max < min) {
            throw new IllegalArgumentException("amount max " + max + " is below min " + min);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got " + currency);
        }
    }
}
