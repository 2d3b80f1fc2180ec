package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layers;

class AttributionTest {

    @Test
    void aStateReportingAnothersAct_accusesIt() {
        StageFixture f = new StageFixture("Baku said Armenian troops had planted the anti-personnel mines.");
        int t = f.token("planted");
        assertThat(new Attribution(f.layers).reportingState(f.sentenceOf(t), t, List.of("ARM"), List.of()))
                .isEqualTo("AZE");
    }

    @Test
    void aStateReportingItsOwnAct_accusesNobody() {
        StageFixture f = new StageFixture("Estonia said it had laid anti-personnel mines.");
        int t = f.token("laid");
        assertThat(new Attribution(f.layers).reportingState(f.sentenceOf(t), t, List.of("EST"), List.of())).isNull();
    }

    @Test
    void denial_addsANegatedTwinOfTheAllegation() {
        String text = "Armenia accused Azerbaijan of planting anti-personnel mines. Baku rejected the claim.";
        AnnotatedText at = TestPipelines.analyze(text);
        List<Claim> alleged = at.get(Layers.CLAIMS).stream().filter(c -> c.modality() == Modality.ALLEGED).toList();
        assertThat(alleged).extracting(Claim::actor).contains("AZE");
        List<Claim> twins = new Attribution(new DocLayers(at)).denials(alleged);
        assertThat(twins).extracting(c -> c.actor() + " " + c.modality()).containsExactly("AZE NEGATED");
        assertThat(twins.get(0).evidence().text()).endsWith("Baku rejected the claim.");
    }
}
