package org.treatywatch.extract.input;

import java.io.Closeable;
import java.util.Iterator;
import java.util.function.Consumer;
import org.treatywatch.core.document.Document;

/**
 * The documents of one input, read lazily: a JSON Lines file or a feed is never held whole in
 * memory, only the document being handed out. Close it to release the file.
 *
 * <p>One bad item (a malformed JSON line, a feed item over the size limit) makes {@link #next()}
 * throw an {@link InputException} for that item only; {@link #hasNext()} then goes on with the rest.
 * A problem that ends the input (malformed XML, a file over the limit) is thrown once, after which
 * {@code hasNext()} is false. {@link #forEach(Consumer, Consumer)} wraps this for callers that
 * report problems and carry on.
 */
public interface DocumentStream extends Iterator<Document>, Closeable {

    /** Hands each document to {@code onDocument} and each bad item to {@code onProblem}, then closes. */
    default void forEach(Consumer<? super Document> onDocument, Consumer<? super InputException> onProblem) {
        try (this) {
            while (hasNext()) {
                Document document;
                try {
                    document = next();
                } catch (InputException e) {
                    onProblem.accept(e);
                    continue;
                }
                onDocument.accept(document);
            }
        }
    }

    /** Releases the input; never throws. */
    @Override
    void close();
}
