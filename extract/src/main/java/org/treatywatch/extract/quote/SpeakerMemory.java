package org.treatywatch.extract.quote;

import java.util.HashMap;
import java.util.Map;
import org.treatywatch.extract.quote.QuoteAttributor.Speaker;

/** Speakers seen so far in one document: "he" is the last named one; surnames complete to full names. */
final class SpeakerMemory {
    Speaker last;
    String datelineState;
    /**
     * The state whose ministry or government the sentence, or the one before, names ("Ukraine's defence ministry
     * denied ..."): an unnamed spokesman quoted next speaks for it rather than for the dateline's city.
     */
    String recentGovernmentState;
    private final Map<String, Speaker> bySurname = new HashMap<>();

    Speaker remember(Speaker s) {
        String government = recentGovernmentState != null ? recentGovernmentState : datelineState;
        if (s != null && s.actor() == null && government != null && s.role() != null && isGovernmentRole(s.role())) {
            s = new Speaker(s.name(), s.role(), government);
        }
        if (s != null && s.name() == null && s.role() != null && (last == null || last.name() == null)) {
            last = s; // "a ministry official told reporters ... he added"
        }
        if (s != null && s.name() != null) {
            last = s;
            String surname = s.name().substring(s.name().lastIndexOf(' ') + 1);
            Speaker prior = bySurname.get(surname);
            if (prior == null || s.name().length() >= prior.name().length()) {
                bySurname.put(surname, s);
            }
        }
        return s;
    }

    private static boolean isGovernmentRole(String role) {
        String r = role.toLowerCase(java.util.Locale.ROOT);
        return r.contains("minister") || r.contains("ministry") || r.contains("president") || r.contains("government")
                || r.contains("defence forces") || r.contains("commander") || r.contains("spokes");
    }

    Speaker byName(String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        Speaker s = bySurname.get(surname);
        return s != null && s.name().endsWith(name) ? s : null;
    }
}
