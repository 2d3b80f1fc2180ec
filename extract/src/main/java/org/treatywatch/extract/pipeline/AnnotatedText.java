package org.treatywatch.extract.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatywatch.core.document.Document;

/**
 * A document plus the layers the stages have computed so far. Immutable: {@link #with} returns a
 * new instance that shares the earlier layers, so a stage can never change what an earlier stage
 * saw (unlike spaCy's shared, mutable {@code Doc}). Every span in every layer points into
 * {@link #text()} by UTF-16 offsets (see {@link Span}).
 */
public final class AnnotatedText {
    private final Document document;
    private final Map<Layer<?>, List<?>> layers;

    private AnnotatedText(Document document, Map<Layer<?>, List<?>> layers) {
        this.document = document;
        this.layers = layers;
    }

    public static AnnotatedText of(Document document) {
        return new AnnotatedText(Objects.requireNonNull(document, "document"), Map.of());
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The layer's elements; throws when no stage has added it (the pipeline check prevents that). */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> list = layers.get(layer);
        if (list == null) {
            throw new IllegalStateException("layer " + layer + " has not been computed for " + document.id());
        }
        return (List<T>) list;
    }

    /**
     * A copy with {@code layer} set to an immutable copy of {@code elements}; {@link SentenceParses},
     * immutable already and parsed on demand, is kept as it is (a copy would parse every sentence).
     */
    public <T> AnnotatedText with(Layer<T> layer, List<? extends T> elements) {
        Map<Layer<?>, List<?>> copy = new HashMap<>(layers);
        copy.put(layer, elements instanceof SentenceParses ? elements : List.copyOf(elements));
        return new AnnotatedText(document, Map.copyOf(copy));
    }
}
