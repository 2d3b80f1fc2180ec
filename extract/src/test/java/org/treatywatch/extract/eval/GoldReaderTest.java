package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;

class GoldReaderTest {

    @Test
    void seedLayout_readsEveryField_andSkipsBlankLines() {
        List<GoldClaim> gold = GoldReader.parse("a.gold.jsonl", """
                {"type":"TRANSFER","actor":"LTU","treaty":null,"recipient":"UKR","modality":["PLANNED","POSSIBLE"]}

                {"type":"WITHDRAWAL","actor":"FIN","treaty":"APMBC","recipient":null,"modality":["PLANNED"],"optional":true}
                """);

        assertThat(gold).containsExactly(
                new GoldClaim(ClaimType.TRANSFER, "LTU", null, "UKR", Set.of(Modality.PLANNED, Modality.POSSIBLE), false),
                new GoldClaim(ClaimType.WITHDRAWAL, "FIN", "APMBC", null, Set.of(Modality.PLANNED), true));
    }

    @Test
    void emptyFile_isAConfuserWithNoClaims() {
        assertThat(GoldReader.parse("empty.gold.jsonl", "")).isEmpty();
    }

    @Test
    void misspeltField_namesFileAndLine() {
        assertThatThrownBy(() -> GoldReader.parse("x.gold.jsonl", """
                {"type":"USE","actor":"RUS","treaty":null,"recipient":null,"modality":["FACT"]}
                {"type":"USE","actor":"UKR","treaty":null,"recipient":null,"modalities":["FACT"]}
                """))
                .isInstanceOf(EvalInputException.class)
                .hasMessageStartingWith("x.gold.jsonl:2: unknown field \"modalities\"");
    }

    @Test
    void sameKeyTwice_isRejected_ratherThanLettingTheLastLineWin() {
        assertThatThrownBy(() -> GoldReader.parse("x.gold.jsonl", """
                {"type":"USE","actor":"RUS","treaty":null,"recipient":null,"modality":["FACT"]}
                {"type":"USE","actor":"RUS","treaty":null,"recipient":null,"modality":["ALLEGED"],"optional":true}
                """))
                .hasMessage("x.gold.jsonl:2: the same key as line 1 (USE RUS); merge their modality lists into one line");
    }

    @Test
    void codebookFieldRules_areEnforced() {
        assertThatThrownBy(() -> GoldReader.parse("x", "{\"type\":\"PRODUCTION\",\"actor\":\"LTU\",\"treaty\":\"APMBC\",\"modality\":[\"FACT\"]}"))
                .hasMessage("x:1: PRODUCTION takes no treaty, got APMBC");
        assertThatThrownBy(() -> GoldReader.parse("x", "{\"type\":\"WITHDRAWAL\",\"actor\":\"LTU\",\"modality\":[\"FACT\"]}"))
                .hasMessage("x:1: WITHDRAWAL needs a treaty (APMBC or CCM)");
        assertThatThrownBy(() -> GoldReader.parse("x", "{\"type\":\"USE\",\"actor\":\"Lithuania\",\"modality\":[\"FACT\"]}"))
                .hasMessage("x:1: actor must be ISO alpha-3, got Lithuania");
        assertThatThrownBy(() -> GoldReader.parse("x", "{\"type\":\"USE\",\"actor\":\"LTU\",\"modality\":[\"MAYBE\"]}"))
                .hasMessageStartingWith("x:1: unknown modality \"MAYBE\" (one of FACT, PLANNED");
        assertThatThrownBy(() -> GoldReader.parse("x", "{\"type\":\"USE\",\"actor\":\"LTU\",\"modality\":[]}"))
                .hasMessage("x:1: a gold claim needs at least one acceptable modality");
        assertThatThrownBy(() -> GoldReader.parse("x", "{\"type\":\"USE\",\"actor\":\"LTU\",\"recipient\":\"UKR\",\"modality\":[\"FACT\"]}"))
                .hasMessage("x:1: recipient is for TRANSFER only, as ISO alpha-3, got UKR");
    }

    @Test
    void brokenJson_namesFileAndLine() {
        assertThatThrownBy(() -> GoldReader.parse("x.gold.jsonl", "{\"type\":\"USE\",")).isInstanceOf(EvalInputException.class)
                .hasMessageStartingWith("x.gold.jsonl:1: not a JSON object");
        assertThatThrownBy(() -> GoldReader.parse("x.gold.jsonl", "[1,2]")).hasMessageStartingWith("x.gold.jsonl:1: expected a JSON object");
    }
}
