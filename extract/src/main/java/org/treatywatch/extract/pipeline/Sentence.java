package org.treatywatch.extract.pipeline;

/**
 * A sentence, or a line that stands alone (headline, dateline); {@code firstToken} and
 * {@code endToken} (exclusive) index the {@link Layers#TOKENS} layer once it exists, else both are 0.
 */
public record Sentence(Span span, int firstToken, int endToken) implements Spanned {
    public Sentence withTokens(int first, int end) {
        return new Sentence(span, first, end);
    }
}
