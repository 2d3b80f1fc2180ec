package org.treatywatch.core.claim;

/**
 * The sentence(s) that support a claim: {@code text} is exactly the document's text from
 * {@code start} (inclusive) to {@code end} (exclusive), offsets in UTF-16 code units, as Java's
 * {@link String#substring(int, int)} counts them (CODEBOOK.md, "evidence").
 */
public record Evidence(int start, int end, String text) {
    public Evidence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("evidence needs 0 <= start < end, got " + start + ".." + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("evidence text length does not match " + start + ".." + end);
        }
    }

    /** The evidence for {@code [start, end)} of {@code documentText}. */
    public static Evidence of(String documentText, int start, int end) {
        return new Evidence(start, end, documentText.substring(start, end));
    }

    /** True when this evidence is exactly the slice of {@code documentText} it claims to be. */
    public boolean matches(String documentText) {
        return end <= documentText.length() && documentText.substring(start, end).equals(text);
    }
}
