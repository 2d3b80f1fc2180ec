package org.treatywatch.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.Layers;

class QuantityParserTest {

    private static List<String> measures(String text) {
        return TestPipelines.analyze(text).get(Layers.MEASURES).stream()
                .map(m -> m.min() + ".." + m.max() + " " + m.unit()).toList();
    }

    @Test
    void vagueCounts_areOpenEnded_vagueSumsSpanTheirMagnitude() {
        assertThat(measures("Tens of thousands of anti-personnel landmines will cost hundreds of millions of euros."))
                .containsExactly("10000.0..null landmines", "1.0E8..1.0E9 EUR");
    }

    @Test
    void exactCountsAndBounds() {
        assertThat(measures("It holds 1 million mines, more than 5,000 landmines and up to 300 mines."))
                .containsExactly("1000000.0..1000000.0 mines", "5000.0..null landmines", "null..300.0 mines");
    }

    @Test
    void figuresBeyondAQuadrillion_areDropped_notSaturated() {
        assertThat(measures("Russia will buy 100000000000000000000000 anti-personnel mines and 9,000 trillion mines."))
                .isEmpty();
        assertThat(measures("a \u20AC" + "9".repeat(400) + " order and 40 trillion mines")).as("2^63 and Infinity")
                .containsExactly("4.0E13..4.0E13 mines");
    }

    @Test
    void moneyWithSigns() {
        assertThat(measures("a $50 million order and \u20AC20 million more")).containsExactly("5.0E7..5.0E7 USD", "2.0E7..2.0E7 EUR");
    }

    @Test
    void aClaimWithAnImpossibleFigure_hasNoQuantity() {
        java.util.List<org.treatywatch.core.claim.Claim> claims = org.treatywatch.extract.Extractors.standard().extract(
                org.treatywatch.core.document.Document.of("x.txt",
                        "Russia will buy 100000000000000000000000 anti-personnel mines, a minister said."));
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.quantity()).isNull());
    }
}
