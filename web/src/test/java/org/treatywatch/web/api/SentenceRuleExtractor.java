package org.treatywatch.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;

/**
 * A deliberately small extractor for the API tests, so they do not depend on the real pipeline's
 * output: each line that names one of a few states and contains "produce" yields a PRODUCTION /
 * PLANNED claim for that state with the line as evidence. Its version is settable, to test
 * re-extraction.
 */
final class SentenceRuleExtractor implements ClaimExtractor {
    private static final Map<String, String> STATES = Map.of(
            "Lithuania", "LTU", "Finland", "FIN", "Estonia", "EST", "Poland", "POL");
    private final String version;

    SentenceRuleExtractor(String version) {
        this.version = version;
    }

    @Override
    public List<Claim> extract(Document document) {
        List<Claim> out = new ArrayList<>();
        String text = document.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (line.contains("produce")) {
                for (Map.Entry<String, String> e : STATES.entrySet()) {
                    if (line.contains(e.getKey())) {
                        out.add(new Claim(document.id(), ClaimType.PRODUCTION, e.getValue(), Modality.PLANNED, null, null,
                                Weapon.AP_MINE, null, null, null, null, null, null, Evidence.of(text, start, end)));
                    }
                }
            }
            start = end + 1;
        }
        return out;
    }

    @Override
    public boolean mightHoldClaims(CharSequence text) {
        return text.toString().contains("produce");
    }

    @Override
    public String version() {
        return version;
    }
}
