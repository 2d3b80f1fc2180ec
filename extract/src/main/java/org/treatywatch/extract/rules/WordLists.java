package org.treatywatch.extract.rules;

import java.util.Map;
import java.util.Set;

/**
 * The word lists of one rule file ({@link RuleFile#wordLists}), checked at load against the names the code reads:
 * a list the code does not read, a missing list, a duplicate or a word not in the tokens' norm stops the extractor
 * with {@code file:line}. Each stage's lists are one of these ({@code ClaimWords}, {@code ActorWords},
 * {@code QuoteWords}).
 */
public final class WordLists {
    private final String file;
    private final Map<String, Set<String>> lists;

    private WordLists(String file, Map<String, Set<String>> lists) {
        this.file = file;
        this.lists = lists;
    }

    /** The lists {@code names} of the rule file {@code file}, which must hold exactly those. */
    public static WordLists load(String file, String... names) {
        return new WordLists(file, RuleFile.load(file).wordLists(names));
    }

    /** The list {@code name}; fails for a name the loader was not given. */
    public Set<String> get(String name) {
        Set<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalStateException("no list [" + name + "] in " + file + "; add it to the loader's names");
        }
        return list;
    }
}
