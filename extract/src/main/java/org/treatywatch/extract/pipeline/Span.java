package org.treatywatch.extract.pipeline;

/**
 * A stretch of a document's text. Offsets are UTF-16 code units as {@link String#substring(int,
 * int)} counts them, {@code start} inclusive and {@code end} exclusive (CODEBOOK.md, "evidence");
 * every layer of an {@link AnnotatedText} uses them, so a span's text is always
 * {@code text.substring(start, end)} of the unchanged original.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span needs 0 <= start <= end, got " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean covers(Span other) {
        return other.start >= start && other.end <= end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
