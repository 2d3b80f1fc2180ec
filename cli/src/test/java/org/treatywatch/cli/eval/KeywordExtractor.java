package org.treatywatch.cli.eval;

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
 * A deliberately crude extractor for testing the eval command without the real pipeline: a line
 * that names one of a few states and says "left" or "withdraw" is that state's WITHDRAWAL (FACT)
 * from the APMBC; a line that names one and says "produc" is its PRODUCTION (PLANNED). Evidence is
 * the whole line.
 */
final class KeywordExtractor implements ClaimExtractor {
    private static final Map<String, String> STATES = Map.of(
            "Lithuania", "LTU", "Finland", "FIN", "Russia", "RUS", "Ukraine", "UKR",
            "Poland", "POL", "Estonia", "EST", "Latvia", "LVA");

    @Override
    public List<Claim> extract(Document document) {
        String text = document.text();
        List<Claim> claims = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            for (Map.Entry<String, String> state : STATES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                if (!line.contains(state.getKey()) || end == start) {
                    continue;
                }
                Evidence evidence = Evidence.of(text, start, end);
                if (line.contains("left") || line.contains("withdraw")) {
                    claims.add(new Claim(document.id(), ClaimType.WITHDRAWAL, state.getValue(), Modality.FACT, "APMBC",
                            null, null, null, null, null, null, null, null, evidence));
                }
                if (line.contains("produc")) {
                    claims.add(new Claim(document.id(), ClaimType.PRODUCTION, state.getValue(), Modality.PLANNED, null,
                            null, Weapon.AP_MINE, null, null, null, null, null, null, evidence));
                }
            }
            start = end + 1;
        }
        return claims;
    }

    @Override
    public boolean mightHoldClaims(CharSequence text) {
        return true;
    }

    @Override
    public String version() {
        return "keyword-test";
    }
}
