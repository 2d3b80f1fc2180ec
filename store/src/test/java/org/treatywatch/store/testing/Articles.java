package org.treatywatch.store.testing;

import java.time.LocalDate;
import java.util.List;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;

/** Short invented articles, written for these tests, and claims on them with exact evidence. */
public final class Articles {
    private Articles() {}

    /** An invented report about Estonia and Latvia (no news text is copied). */
    public static final String BALTIC = """
            TALLINN, March 3 - Estonia will buy about 20,000 anti-personnel mines from a domestic maker \
            next year, the defence ministry said on Tuesday.
            Latvia has already left the Mine Ban Treaty, officials in Riga said, and Estonia is quitting too.
            "We need them on the border," said a ministry spokesperson. Stocks are "modest" & <growing>.""";

    /** An invented report about Finland with non-ASCII text. */
    public static final String NORDIC = """
            HELSINKI — Finland’s parliament approved leaving the Ottawa Convention, said Jussi Häkkinen.
            Finland does not plan to produce landmines itself. Türkiye was not mentioned.""";

    public static Document baltic() {
        return new Document("test/baltic.txt", BALTIC, "Estonia to buy mines", LocalDate.of(2025, 3, 3),
                "https://example.org/baltic", "Example Wire");
    }

    public static Document nordic() {
        return new Document("test/nordic.txt", NORDIC, "Finland approves exit", LocalDate.of(2025, 4, 10),
                "https://example.org/nordic", "Example Wire");
    }

    public static Evidence sentence(String text, String startsWith) {
        int start = text.indexOf(startsWith);
        if (start < 0) {
            throw new IllegalArgumentException("no sentence starts with " + startsWith);
        }
        int end = text.indexOf('\n', start);
        return Evidence.of(text, start, end < 0 ? text.length() : end);
    }

    public static List<Claim> balticClaims() {
        String t = BALTIC;
        Evidence buy = sentence(t, "TALLINN");
        Evidence left = sentence(t, "Latvia has");
        return List.of(
                new Claim("test/baltic.txt", ClaimType.PROCUREMENT, "EST", Modality.PLANNED, null, null, Weapon.AP_MINE,
                        null, null, new Quantity(20000L, 20000L, "mines"), null, "2026",
                        new Speaker(null, "defence ministry", "EST"), buy),
                new Claim("test/baltic.txt", ClaimType.WITHDRAWAL, "LVA", Modality.FACT, "APMBC", null, null,
                        null, null, null, null, null, null, left),
                new Claim("test/baltic.txt", ClaimType.WITHDRAWAL, "EST", Modality.FACT, "APMBC", null, null,
                        null, null, null, null, null, null, left));
    }

    public static List<Claim> nordicClaims() {
        String t = NORDIC;
        return List.of(
                new Claim("test/nordic.txt", ClaimType.WITHDRAWAL, "FIN", Modality.PLANNED, "APMBC", null, null,
                        null, null, null, null, null, new Speaker("Jussi Häkkinen", null, null), sentence(t, "HELSINKI")),
                new Claim("test/nordic.txt", ClaimType.PRODUCTION, "FIN", Modality.NEGATED, null, null, Weapon.AP_MINE,
                        null, null, null, null, null, null, sentence(t, "Finland does not")));
    }
}
