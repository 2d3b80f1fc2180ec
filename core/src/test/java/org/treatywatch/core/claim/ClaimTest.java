package org.treatywatch.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A claim that breaks the codebook's field rules cannot be built. */
class ClaimTest {
    private static final Evidence EVIDENCE = new Evidence(0, 10, "0123456789");

    private static Claim transfer(String actor, String recipient) {
        return new Claim("d1", ClaimType.TRANSFER, actor, Modality.PLANNED, null, null, Weapon.AP_MINE, recipient,
                null, null, null, "2026-03", null, EVIDENCE);
    }

    @Test
    void validClaim_keepsItsFields() {
        Claim c = transfer("LTU", "UKR");
        assertThat(c.actor()).isEqualTo("LTU");
        assertThat(c.recipient()).isEqualTo("UKR");
        assertThat(c.key()).isEqualTo(new Claim.Key("d1", ClaimType.TRANSFER, "LTU", null, "UKR"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "LT", "LTUA", "ltu", "Ltu", "LT1", "L-U", "ÄLT", "LTÜ"})
    void actorThatIsNotThreeCapitals_isRefused(String actor) {
        assertThatThrownBy(() -> transfer(actor, "UKR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actor must be ISO alpha-3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ua", "UKRA", "UK"})
    void recipientThatIsNotThreeCapitals_isRefused(String recipient) {
        assertThatThrownBy(() -> transfer("LTU", recipient)).hasMessageContaining("recipient");
    }

    @Test
    void treatyTypes_needATreaty_andOthersRefuseOne() {
        assertThatThrownBy(() -> new Claim("d1", ClaimType.WITHDRAWAL, "FIN", Modality.FACT, null, null, null, null,
                null, null, null, null, null, EVIDENCE)).hasMessageContaining("needs a treaty");
        assertThatThrownBy(() -> new Claim("d1", ClaimType.PRODUCTION, "FIN", Modality.FACT, "APMBC", null,
                Weapon.AP_MINE, null, null, null, null, null, null, EVIDENCE)).hasMessageContaining("takes no treaty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"26", "2026-3", "2026-03-1", "March 2026"})
    void whenThatIsNotAnIsoDateMonthOrYear_isRefused(String when) {
        assertThatThrownBy(() -> new Claim("d1", ClaimType.USE, "RUS", Modality.ALLEGED, null, null, Weapon.AP_MINE,
                null, "UKR", null, null, when, null, EVIDENCE)).hasMessageContaining("when must be");
    }
}
