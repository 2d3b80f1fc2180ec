package org.treatywatch.extract.claim;

import java.util.Set;
import org.treatywatch.extract.rules.WordLists;

/**
 * The word lists of the claim rules, from {@code rules/claim-words.txt}: each list's purpose and an
 * example are in the file. The names here are every list the code reads; the file may hold no other.
 */
final class ClaimWords {
    static final String FILE = "claim-words.txt";
    static final String[] NAMES = {
            "notice-verbs", "not-the-maker-before", "mined-places", "before-verb-stockpile",
            "before-transfer-noun", "place-verbs", "before-verb-stocks", "party-predicate", "take-delivery",
            "before-verb-stockpiled", "weapon-heads", "clause-words-after-fired", "use-as-verb-after", "light-object-determiners",
            "light-objects", "context-only-act-words", "object-prepositions", "clause-openers", "determiners",
            "agent-nouns", "rule-verbs", "own-ban-verbs", "be", "auxiliaries", "subordinators", "accuse-verbs",
            "weapon-anaphors", "weapon-quantifiers", "clause-end-words", "not-plural-subjects",
            "clause-conjunctions", "quantifier-subjects", "expectation-verbs", "implication-verbs",
            "deny-verbs", "accusation-nouns", "anyone", "urge-verbs", "stop-verbs", "adverbs",
            "possessive-determiners", "appositive-heads", "clause-verbs", "report-verbs", "detail-nouns",
            "detail-prepositions", "withhold-words", "question-openers", "funded-words", "do", "follow", "precedents",
            "not-after-so", "pro-form-nouns", "outside-words", "joining-words", "list-openers", "group-nouns",
            "approved-act-links", "act-noun-complements", "apposition-openers", "stay-before-party",
            "missed-deadline-words", "moratorium-words", "propose-that-verbs", "gap-prepositions",
            "stay-out-verbs", "hold-words", "stay-in-verbs",
            "holder-verbs", "stock-nouns", "stock-estimate-words", "observer-nouns", "apposition-participles",
            "joined-time-words", "inversion-verbs", "done-words", "conditional-openers",
            "negated-consequence-modals", "happening-verbs", "allegation-that-nouns", "commitment-verbs",
            "reporting-words", "continuing-pronouns", "quantifying-determiners",
            "held-now-adjectives"
    };

    private static final WordLists LISTS = WordLists.load(FILE, NAMES);

    private ClaimWords() {}

    static Set<String> get(String name) {
        return LISTS.get(name);
    }
}
