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

    @Test
    void mineInsideAnotherWord_letsNothingThrough() {
        assertThat(TriggerScan.mightHoldClaims("The court will determine the date; auditors examine the accounts.")).isFalse();
        assertThat(TriggerScan.mightHoldClaims("Rumours undermine trust, said a retired miner who sells minerals.")).isFalse();
        assertThat(TriggerScan.mightHoldClaims("DETERMINED to win, she examined every option.")).isFalse();
    }

    @Test
    void everyFormOfTheWeapon_passes() {
        for (String text : List.of("They laid a mine.", "Mines were found.", "Landmines remain.", "the LANDMINE survivor",
                "a mined road", "the minefield", "minelaying ships", "a minehunter", "anti-personnel-mines",
                "the Mine Ban Treaty", "mine-clearance", "(mine)")) {
            assertThat(TriggerScan.mightHoldClaims(text)).as(text).isTrue();
        }
    }

    @Test
    void aWordEndingInMine_doesNotHideALaterMine() {
        assertThat(TriggerScan.mightHoldClaims("To determine the facts, the army counted the mines.")).isTrue();
    }
}
