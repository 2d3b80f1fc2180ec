package org.treatywatch.extract.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;

/**
 * A small test-only extractor that stands in for the real pipeline while it is being written: a
 * sentence (up to ". ", "! ", "? " or a line break) naming Poland and mines is a USE claim. Its
 * offset arithmetic is what the fuzz test's evidence invariant exercises.
 */
final class SentenceRuleExtractor implements ClaimExtractor {
    @Override
    public List<Claim> extract(Document document) {
        String text = document.text();
        List<Claim> claims = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '\n'
                    || (i + 1 < text.length() && ".!?".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ');
            if (!end) {
                continue;
            }
            int stop = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
            String sentence = text.substring(start, stop).toLowerCase(Locale.ROOT);
            if (stop > start && sentence.contains("poland") && sentence.contains("mines")) {
                claims.add(new Claim(document.id(), ClaimType.USE, "POL", Modality.FACT, null, null, Weapon.AP_MINE,
                        null, null, null, null, null, null, Evidence.of(text, start, stop)));
            }
            start = stop < text.length() && text.charAt(stop) == ' ' ? stop + 1 : i + 1;
            start = Math.min(start, text.length());
        }
        return claims;
    }

    @Override
    public boolean mightHoldClaims(CharSequence text) {
        return true;
    }

    @Override
    public String version() {
        return "test-sentence-rule-1";
    }
}
