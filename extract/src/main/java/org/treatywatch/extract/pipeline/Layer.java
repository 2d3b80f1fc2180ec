package org.treatywatch.extract.pipeline;

import java.util.Objects;

/**
 * A typed name for one annotation layer of an {@link AnnotatedText}, like spaCy's
 * {@code Doc.sents} or {@code Doc.ents}: stages declare the layers they need and add with these
 * keys, and {@link Pipeline} checks the declarations when it is built. Identity is by name.
 *
 * @param <T> the element type of the layer's list
 */
public final class Layer<T> {
    private final String name;
    private final Class<T> type;

    private Layer(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    public static <T> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    Class<T> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> l && l.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
