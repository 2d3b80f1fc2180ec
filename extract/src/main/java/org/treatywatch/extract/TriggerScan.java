package org.treatywatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.TreatyRegistry;
import org.treatywatch.extract.mention.ReferenceLexicons;

/**
 * The cheap first pass: true when the text contains, in any case, one of the few character
 * sequences every claim needs: "mine" (mines, landmines, the Mine Ban Treaty), "munition",
 * "cluster", and for every name of a treaty the gazetteer knows (core's {@code TreatyRegistry} and
 * the extractor's own list) that holds none of these, the name's first word: "ottawa", "oslo",
 * "apmbc", "ccm". Built from the same names as the gazetteer, so a treaty named only by an alias
 * ("withdraw from the Oslo Convention") is never skipped. One pass over the characters with no
 * allocation, so ordinary news that never mentions mines or the treaties costs a few nanoseconds
 * per character and skips the pipeline altogether. "mine" counts only as a word or a form of the weapon
 * ({@link #isWordAt}): "determine" or "examine" alone let no text through.
 */
final class TriggerScan {
    private static final List<String> WEAPON_NEEDLES = List.of("mine", "munition", "cluster");
    private static final String[] NEEDLES = needles();
    /** FIRST[c] for an ASCII lower-case letter c: some needle starts with it. */
    private static final boolean[] FIRST = new boolean[128];

    static {
        for (String n : NEEDLES) {
            FIRST[n.charAt(0)] = true;
        }
    }

    private TriggerScan() {}

    /** The weapon words, then the first word of each treaty name that holds none of them. */
    static String[] needles() {
        StateRegistry states = StateRegistry.standard();
        Set<String> out = new LinkedHashSet<>(WEAPON_NEEDLES);
        List<String> names = new ArrayList<>();
        ReferenceLexicons.treaties(TreatyRegistry.standard(), states).names().values().forEach(names::addAll);
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (WEAPON_NEEDLES.stream().noneMatch(lower::contains)) {
                String first = lower.split("[^a-z0-9]+")[0];
                if (first.isEmpty() || first.chars().anyMatch(c -> c >= 128)) {
                    throw new IllegalStateException("treaty name '" + name + "' cannot make a trigger word");
                }
                out.add(first);
            }
        }
        return out.toArray(String[]::new);
    }

    static boolean mightHoldClaims(CharSequence text) {
        if (text == null) {
            return false;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = (char) (text.charAt(i) | 0x20); // ASCII lower case; other characters never match a needle
            if (c >= 128 || !FIRST[c]) {
                continue;
            }
            for (String needle : NEEDLES) {
                if (needle.charAt(0) == c && matchesAt(text, i, needle) && isWordAt(text, i, needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "mine" at {@code i} is a word of its own or a form of the weapon: no letter right before it but "land"
     * ("landmine"), and after it no letter or the start of "mines", "mined", "minefield", "minelaying",
     * "minehunter"; so "determine", "examine", "undermine", "miner" and "mineral" let nothing through. The other
     * needles match anywhere ("submunitions"). A few character tests, no allocation.
     */
    static boolean isWordAt(CharSequence text, int i, String needle) {
        if (!needle.equals(MINE)) {
            return true;
        }
        if (i > 0 && isLetter(text.charAt(i - 1)) && !landBefore(text, i)) {
            return false;
        }
        int after = i + needle.length();
        if (after >= text.length() || !isLetter(text.charAt(after))) {
            return true;
        }
        char next = (char) (text.charAt(after) | 0x20);
        return next == 's' || next == 'd' || next == 'f' || next == 'l' || next == 'h';
    }

    private static final String MINE = "mine";

    /** "landmine": "land" right before, at the start of a word. */
    private static boolean landBefore(CharSequence text, int i) {
        return i >= 4 && (text.charAt(i - 4) | 0x20) == 'l' && (text.charAt(i - 3) | 0x20) == 'a'
                && (text.charAt(i - 2) | 0x20) == 'n' && (text.charAt(i - 1) | 0x20) == 'd'
                && (i == 4 || !isLetter(text.charAt(i - 5)));
    }

    private static boolean isLetter(char ch) {
        return ch < 128 ? ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') : Character.isLetter(ch);
    }

    private static boolean matchesAt(CharSequence text, int i, String needle) {
        if (i + needle.length() > text.length()) {
            return false;
        }
        for (int k = 1; k < needle.length(); k++) {
            if ((text.charAt(i + k) | 0x20) != needle.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
