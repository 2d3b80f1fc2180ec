package org.treatywatch.extract;

/**
 * The cheap first pass: true when the text contains, in any case, one of the few character
 * sequences every claim needs: "mine" (mines, landmines, the Mine Ban Treaty), "ottawa", "cluster",
 * "munition", "apmbc", "ccm". One pass over the characters with no allocation, so ordinary news
 * that never mentions mines or the treaties costs a few nanoseconds per character and skips the
 * pipeline altogether. False negatives are impossible by construction: every claim's trigger
 * rules need one of these words.
 */
final class TriggerScan {
    private static final String[] NEEDLES = {"mine", "ottawa", "cluster", "munition", "apmbc", "ccm"};

    private TriggerScan() {}

    static boolean mightHoldClaims(CharSequence text) {
        if (text == null) {
            return false;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = (char) (text.charAt(i) | 0x20); // ASCII lower case; other characters never match a needle
            if (c != 'm' && c != 'o' && c != 'c' && c != 'a') {
                continue;
            }
            for (String needle : NEEDLES) {
                if (needle.charAt(0) == c && matchesAt(text, i, needle)) {
                    return true;
                }
            }
        }
        return false;
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
