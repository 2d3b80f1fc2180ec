package org.treatywatch.extract.pipeline;

/** An annotation that covers a {@link Span} of the text; {@link ValidatingStage} checks its bounds. */
public interface Spanned {
    Span span();

    default int start() {
        return span().start();
    }

    default int end() {
        return span().end();
    }
}
