package org.treatywatch.extract.pipeline;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The {@link Layers#SYNTAX} layer as its stage gives it: the sentences that may hold a claim, in
 * order, each parsed the first time it is read. A rule that asks only about the sentences of its
 * candidate acts ({@link #ofSentence}) so costs the parses of those alone, while reading the whole
 * list (validation, tests) parses every one; both see the same parses, since a sentence's parse
 * depends on nothing else. Immutable to its readers ({@link AbstractList} refuses changes) and safe
 * to read from several threads: two threads that read the same sentence at once may both parse
 * it, and one result is kept.
 */
public abstract class SentenceParses extends AbstractList<ParsedSentence> implements RandomAccess {

    /** The parse of sentence {@code sentence} (its index in {@link Layers#SENTENCES}), null when it is not in the layer. */
    public abstract ParsedSentence ofSentence(int sentence);

    /** How many sentences have been parsed so far (for tests and benchmarks). */
    public abstract int parsedSoFar();
}
