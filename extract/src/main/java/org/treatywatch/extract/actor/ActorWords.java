package org.treatywatch.extract.actor;

import java.util.Set;
import org.treatywatch.extract.rules.WordLists;

/**
 * The word lists of {@link ActorResolver}, {@link CountedRefs} and {@link Pronouns}, from {@code rules/actor-words.txt}: each list's purpose and an example
 * are in the file. The names here are every list the code reads; the file may hold no other, and a duplicate or
 * unknown entry stops the extractor at start with {@code file:line}.
 */
final class ActorWords {
    static final String FILE = "actor-words.txt";
    static final String[] NAMES = {
            "singular-heads", "neither-followers", "plural-determiners", "plural-heads", "generic-plural",
            "generic-singular", "clause-verbs", "singular-group-heads", "every-or-none", "relative-quantifiers",
            "verb-after", "other-party", "prepositions", "treaty-verbs", "treaty-participles", "aux-or-adverb", "saying",
            "non-state-speakers"
    };

    private static final WordLists LISTS = WordLists.load(FILE, NAMES);

    private ActorWords() {}

    static Set<String> get(String name) {
        return LISTS.get(name);
    }
}
