package org.treatywatch.extract.quote;

import java.util.Set;
import org.treatywatch.extract.rules.WordLists;

/**
 * The word lists of {@link QuoteAttributor}, from {@code rules/quote-words.txt}: each list's purpose and an example
 * are in the file. The names here are every list the code reads; the file may hold no other, and a duplicate or
 * unknown entry stops the extractor at start with {@code file:line}.
 */
final class QuoteWords {
    static final String FILE = "quote-words.txt";
    static final String[] NAMES = {
            "speech-verbs", "role-words", "not-names", "response-verbs", "government-nouns", "verb-group"
    };

    private static final WordLists LISTS = WordLists.load(FILE, NAMES);

    private QuoteWords() {}

    static Set<String> get(String name) {
        return LISTS.get(name);
    }
}
