package org.treatywatch.extract.pipeline;

/**
 * A word, number or punctuation mark. {@code norm} is the lower-cased form with typographic
 * quotes, apostrophes and dashes folded to ASCII ({@code ’s} becomes {@code 's}); the original
 * text stays in the document at {@link #span()}.
 *
 * @param sentence index of the sentence (in the {@link Layers#SENTENCES} layer) the token lies in
 */
public record Token(Span span, String norm, Kind kind, int sentence) implements Spanned {

    public enum Kind {
        WORD,
        NUMBER,
        PUNCT,
        QUOTE
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean is(String normalised) {
        return norm.equals(normalised);
    }
}
