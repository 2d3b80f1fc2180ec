package org.treatywatch.extract.pipeline;

import java.util.Set;

/**
 * One named step of a {@link Pipeline}: it reads the layers it {@linkplain #requires() requires}
 * and returns the text with the layers it {@linkplain #adds() adds} (spaCy's
 * {@code requires}/{@code assigns}). Stages are pure and thread-safe: everything they need is built
 * in their constructor (compiled gazetteers, tables), nothing is remembered between documents.
 */
public interface Stage {

    /** A short name used in pipeline errors and validation messages. */
    default String name() {
        return getClass().getSimpleName();
    }

    Set<Layer<?>> requires();

    Set<Layer<?>> adds();

    AnnotatedText apply(AnnotatedText text);
}
