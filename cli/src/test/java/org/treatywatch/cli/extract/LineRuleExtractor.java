package org.treatywatch.cli.extract;

import java.util.ArrayList;
import java.util.List;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;

/**
 * A tiny test-only extractor with rules a test can see at a glance: each line that names Lithuania
 * and mines is a PRODUCTION / LTU / PLANNED claim whose evidence is that line, with {@code when} the
 * document's year. "CRASH" in the text makes it throw, "SKEW" makes it return bad evidence.
 */
final class LineRuleExtractor implements ClaimExtractor {
    @Override
    public List<Claim> extract(Document document) {
        String text = document.text();
        if (text.contains("CRASH")) {
            throw new IllegalStateException("rule blew up");
        }
        List<Claim> claims = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (line.contains("Lithuania") && line.contains("mines")) {
                Evidence evidence = text.contains("SKEW")
                        ? new Evidence(start, end, "x".repeat(end - start))
                        : Evidence.of(text, start, end);
                String when = document.published() == null ? null : String.valueOf(document.published().getYear());
                claims.add(new Claim(document.id(), ClaimType.PRODUCTION, "LTU", Modality.PLANNED, null, null,
                        Weapon.AP_MINE, null, null, null, null, when, null, evidence));
            }
            start = end + 1;
        }
        return claims;
    }

    @Override
    public boolean mightHoldClaims(CharSequence text) {
        return text.toString().contains("mines");
    }

    @Override
    public String version() {
        return "test-line-rule-1";
    }
}
