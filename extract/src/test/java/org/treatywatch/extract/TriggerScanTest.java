package org.treatywatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.TreatyRegistry;
import org.treatywatch.extract.mention.ReferenceLexicons;

/** The trigger scan lets through every text a claim can come from, and little else. */
class TriggerScanTest {

    @Test
    void aTreatyNamedOnlyByAnAlias_givesItsClaim() {
        String text = "Lithuania will withdraw from the Oslo Convention.";
        assertThat(TriggerScan.mightHoldClaims(text)).isTrue();
        List<Claim> claims = Extractors.standard().extract(Document.of("t", text));
        assertThat(claims).extracting(c -> c.type() + " " + c.actor() + "/" + c.treaty() + " " + c.modality())
                .containsExactly("WITHDRAWAL LTU/CCM PLANNED");
    }

    @Test
    void everyNameOfEveryTreaty_passesTheScan_inAnyCase() {
        StateRegistry states = StateRegistry.standard();
        ReferenceLexicons.treaties(TreatyRegistry.standard(), states).names().forEach((code, names) -> {
            for (String name : names) {
                assertThat(TriggerScan.mightHoldClaims("They left the " + name + " today.")).as(name).isTrue();
                assertThat(TriggerScan.mightHoldClaims(name.toUpperCase(java.util.Locale.ROOT))).as(name).isTrue();
            }
        });
    }

    @Test
    void ordinaryNews_isSkipped() {
        assertThat(TriggerScan.mightHoldClaims("The council approved a new budget for schools and roads in Bergen.")).isFalse();
        assertThat(TriggerScan.mightHoldClaims("Ministers met in Vilnius on Tuesday to discuss energy prices.")).isFalse();
        assertThat(TriggerScan.mightHoldClaims(null)).isFalse();
    }
}
