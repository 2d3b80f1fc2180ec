package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Claim;

class ProFormResolverTest {

    /** The act each pro-form hands to the assembler: its word, and the pro-form's own token. */
    private static List<String> antecedents(String text, String proForm) {
        StageFixture f = new StageFixture(text);
        List<String> asked = new ArrayList<>();
        ProFormResolver.ActClaims record = (si, s, t, act, ante) -> {
            asked.add(f.layers.tokens.get(ante.t()).norm() + "@" + f.layers.tokens.get(t).norm());
            return List.<Claim>of();
        };
        int t = f.token(proForm);
        new ProFormResolver(f.layers, new TreatyFinder(f.layers), record).proFormClaims(f.sentenceIndex(t), f.sentenceOf(t), t);
        return asked;
    }

    @Test
    void doSo_repeatsTheLastVerbBeforeIt() {
        assertThat(antecedents("Poland said it would produce anti-personnel mines. Finland is expected to do so too.", "do"))
                .containsExactly("produce@do");
    }

    @Test
    void someoneElsesAct_isNotRepeated() {
        assertThat(antecedents("Poland will not produce anti-personnel mines, nor will it help anyone do so.", "do"))
                .isEmpty();
    }
}
