package org.treatywatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;

/** Claims said as headlines: the Atom feed's titles and the screen-reader labels of the review buttons. */
class ClaimSentenceTest {
    static final Map<String, String> NAMES = Map.of("RUS", "Russia", "UKR", "Ukraine", "LTU", "Lithuania", "POL", "Poland");

    static Claim claim(ClaimType type, String actor, Modality m, String treaty, Stage stage, String recipient, String allegedBy) {
        String text = "Some sentence.";
        return new Claim("d", type, actor, m, treaty, stage, type.isTreatyType() ? null : Weapon.AP_MINE, recipient, allegedBy,
                null, null, null, null, Evidence.of(text, 0, text.length()));
    }

    static String say(Claim c) {
        return ClaimSentence.of(c, NAMES::get);
    }

    @Test
    void eachModalityReadsAsASentence() {
        assertThat(say(claim(ClaimType.USE, "RUS", Modality.ALLEGED, null, null, null, "UKR")))
                .isEqualTo("Russia accused of using anti-personnel mines (alleged by Ukraine)");
        assertThat(say(claim(ClaimType.PRODUCTION, "LTU", Modality.PLANNED, null, null, null, null)))
                .isEqualTo("Lithuania plans to produce anti-personnel mines");
        assertThat(say(claim(ClaimType.ACCESSION, "RUS", Modality.NEGATED, "APMBC", null, null, null)))
                .isEqualTo("Russia is not a party to the APMBC");
        assertThat(say(claim(ClaimType.WITHDRAWAL, "POL", Modality.FACT, "APMBC", Stage.NOTIFIED, null, null)))
                .isEqualTo("Poland withdraws from the APMBC (notified)");
        assertThat(say(claim(ClaimType.TRANSFER, "POL", Modality.POSSIBLE, null, null, "UKR", null)))
                .isEqualTo("Poland may supply anti-personnel mines to Ukraine");
        assertThat(say(claim(ClaimType.STOCKPILE, "XKX", Modality.FACT, null, null, null, null)))
                .as("an unknown code stays a code").isEqualTo("XKX stockpiles anti-personnel mines");
    }
}
