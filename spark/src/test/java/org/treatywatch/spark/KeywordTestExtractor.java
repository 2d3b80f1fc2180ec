package org.treatywatch.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;

/**
 * A small, deterministic {@link ClaimExtractor} for the job's tests: it finds production and
 * withdrawal claims by keywords, sentence by sentence. The tests compare the job's output with
 * whatever the extractor says for the same documents, so what matters is that it is pure, finds
 * claims in the test articles and finds none in the fillers, not that it is a good extractor.
 */
public final class KeywordTestExtractor implements ClaimExtractor {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final Pattern MINES = Pattern.compile("(?i)\\b(land)?mines?\\b|mine ban|ottawa");
    private static final Map<String, String> STATES = Map.of(
            "lithuania", "LTU", "finland", "FIN", "poland", "POL", "estonia", "EST", "latvia", "LVA",
            "ukraine", "UKR", "russia", "RUS");

    @Override
    public List<Claim> extract(Document document) {
        String text = document.text();
        List<Claim> claims = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String sentence = m.group().toLowerCase(Locale.ROOT);
            if (!MINES.matcher(sentence).find()) {
                continue;
            }
            Modality modality = sentence.matches(".*\\b(will|plans?|intends?)\\b.*") ? Modality.PLANNED : Modality.FACT;
            for (var state : STATES.entrySet()) {
                if (!sentence.contains(state.getKey())) {
                    continue;
                }
                Evidence evidence = Evidence.of(text, m.start(), m.end());
                if (sentence.matches(".*\\b(produc\\w*|manufactur\\w*)\\b.*")) {
                    claims.add(new Claim(document.id(), ClaimType.PRODUCTION, state.getValue(), modality, null, null,
                            Weapon.AP_MINE, null, null, null, null, null, null, evidence));
                }
                if (sentence.matches(".*\\b(withdraw\\w*|leav\\w*|quit\\w*)\\b.*")) {
                    claims.add(new Claim(document.id(), ClaimType.WITHDRAWAL, state.getValue(), modality, "APMBC", null,
                            null, null, null, null, null, null, null, evidence));
                }
            }
        }
        return claims;
    }

    @Override
    public boolean mightHoldClaims(CharSequence text) {
        return MINES.matcher(text).find();
    }

    @Override
    public String version() {
        return "keyword-test-1";
    }
}
