package org.treatywatch.core.claim;

/**
 * A count as a range: "tens of thousands" is {@code [10000, null]}; an exact "1 million" has
 * {@code min == max}. {@code max == null} means open-ended.
 */
public record Quantity(Long min, Long max, String unit) {
    public Quantity {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a quantity needs a min or a max");
        }
        if (min != null && min < 0 || max != null && max < 0) {
            throw new IllegalArgumentException("a quantity is never negative: " + min + ".." + max);
        }
        if (min != null && max != null && max < min) {
            throw new IllegalArgumentException("quantity max " + max + " is below min " + min);
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a quantity needs a unit");
        }
    }
}
