package org.treatywatch.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatywatch.extract.pipeline.Token;
import org.treatywatch.extract.text.Tokenizer;

/**
 * A trie over normalised tokens, compiled once: {@link #longest} finds the longest entry that
 * starts at a token in time proportional to the entry's length, so a scan over a document is
 * linear in its tokens (one hash probe per token, a few more inside multi-word names). Entries are
 * tokenised with the same {@link Tokenizer} as documents, so "U.S." and "Lithuania's" line up.
 * Immutable after {@link Builder#build()}, so one instance serves every thread.
 *
 * @param <T> what an entry stands for
 */
final class Gazetteer<T> {
    private final Node<T> root;

    private Gazetteer(Node<T> root) {
        this.root = root;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** A match of {@code values} over tokens {@code [from, end)}. */
    record Match<T>(int from, int end, List<T> values) {}

    /** The longest entry starting at {@code tokens[from]} and ending at or before {@code limit}. */
    Match<T> longest(List<Token> tokens, int from, int limit) {
        Node<T> node = root;
        Match<T> best = null;
        for (int k = from; k < limit; k++) {
            node = node.next == null ? null : node.next.get(tokens.get(k).norm());
            if (node == null) {
                break;
            }
            if (node.values != null) {
                best = new Match<>(from, k + 1, node.values);
            }
        }
        return best;
    }

    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<T> values;
    }

    static final class Builder<T> {
        private final Node<T> root = new Node<>();

        /** Adds {@code phrase} (tokenised and normalised here) for {@code value}. */
        Builder<T> add(String phrase, T value) {
            List<Token> tokens = new ArrayList<>();
            Tokenizer.tokenize(phrase, 0, phrase.length(), 0, tokens);
            if (tokens.isEmpty()) {
                return this;
            }
            Node<T> node = root;
            for (Token t : tokens) {
                if (node.next == null) {
                    node.next = new HashMap<>();
                }
                node = node.next.computeIfAbsent(t.norm(), k -> new Node<>());
            }
            if (node.values == null) {
                node.values = new ArrayList<>(1);
            }
            if (!node.values.contains(value)) {
                node.values.add(value);
            }
            return this;
        }

        Gazetteer<T> build() {
            freeze(root);
            return new Gazetteer<>(root);
        }

        private static <T> void freeze(Node<T> node) {
            if (node.values != null) {
                node.values = List.copyOf(node.values);
            }
            if (node.next != null) {
                node.next.values().forEach(Builder::freeze);
                node.next = Map.copyOf(node.next);
            }
        }
    }
}
