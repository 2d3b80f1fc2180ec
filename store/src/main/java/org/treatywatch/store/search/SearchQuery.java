package org.treatywatch.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed free-text query: every word must match (AND). A word ending in {@code *} matches terms
 * that start with it ({@code mine*} finds mine, mines, minefield). Punctuation separates words, as
 * in {@link Terms}. At most {@link #MAX_WORDS} words.
 *
 * @param words each a normalised term, or a prefix when {@code prefix} says so
 */
public record SearchQuery(List<Word> words) {
    public static final int MAX_WORDS = 8;

    /** One query word. */
    public record Word(String term, boolean prefix) {
        /** True when {@code candidate} (a normalised term) matches this word. */
        public boolean matches(String candidate) {
            return prefix ? candidate.startsWith(term) : candidate.equals(term);
        }

        /**
         * The least string above every term that starts with this prefix (the last character
         * incremented), so that {@code term >= prefix AND term < prefixEnd} is a range scan of an
         * index in code-point order.
         */
        public String prefixEnd() {
            char last = term.charAt(term.length() - 1);
            return term.substring(0, term.length() - 1) + (char) (last + 1);
        }
    }

    public SearchQuery {
        words = List.copyOf(words);
    }

    /** Parses user input; an {@link IllegalArgumentException} says why it cannot be searched. */
    public static SearchQuery parse(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("the search text is empty");
        }
        List<Word> words = new ArrayList<>();
        for (Terms.Token t : Terms.tokens(input)) {
            boolean prefix = t.end() < input.length() && input.charAt(t.end()) == '*';
            if (prefix && t.term().length() < 2) {
                throw new IllegalArgumentException("a prefix search needs at least two letters before '*'");
            }
            Word w = new Word(t.term(), prefix);
            if (!words.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the search text has no letters or digits");
        }
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("a search takes at most " + MAX_WORDS + " words, got " + words.size());
        }
        return new SearchQuery(words);
    }
}
