package org.treatywatch.spark.input;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over items read ahead one at a time from a stream whose reads may yield nothing (a
 * skipped record, a counted failure) without ending it. Subclasses say how to read the next item in
 * {@link #advance} and call {@link #finish} when the stream is over.
 */
abstract class Lookahead<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /** The next item, or null when this read gave none; after {@link #finish}, no more reads follow. */
    protected abstract T advance();

    /** Ends the iteration; subclasses close their stream here (and call this). */
    protected void finish() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }
}
