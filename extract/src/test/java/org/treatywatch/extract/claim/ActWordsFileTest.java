package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.rules.RuleFile;

/** {@code act-words.txt}: one entry per form, with known types and flags. */
class ActWordsFileTest {

    @Test
    void formsRead_withTheirKindOfAct() {
        Map<String, ActLexicon.Act> forms = ActLexicon.load(RuleFile.parse("a.txt",
                "[PRODUCTION]\nproduce verb\nproduction noun\nmake verb near\n[TRANSFER]\nreceived verb near receive\n"
                        + "[WITHDRAWAL]\nquit verb\n[ACCESSION]\njoin verb\n[PROCUREMENT]\nbuy verb near\n[STOCKPILE]\nhold verb near\n"
                        + "[DESTRUCTION]\ndestroy verb\n[USE]\nuse verb near\n"));
        assertThat(forms.get("make")).isEqualTo(new ActLexicon.Act(ClaimType.PRODUCTION, false, true, false));
        assertThat(forms.get("production").nominal()).isTrue();
        assertThat(forms.get("received").receive()).isTrue();
    }

    @Test
    void aFormTwice_isRefused_evenUnderAnotherType() {
        // the map used to keep the last of two entries for "use" and "stockpiles" without a word
        String all = "[WITHDRAWAL]\nquit verb\n[ACCESSION]\njoin verb\n[PROCUREMENT]\nbuy verb near\n[TRANSFER]\nsend verb near\n"
                + "[DESTRUCTION]\ndestroy verb\n[PRODUCTION]\nproduce verb\n";
        assertThatThrownBy(() -> ActLexicon.load(RuleFile.parse("a.txt", all + "[STOCKPILE]\nstockpiles verb\n[USE]\n"
                + "use verb near\nstockpiles noun\n")))
                .hasMessage("a.txt:17: 'stockpiles' again (first at line 14): a form reports one kind of act, one way");
    }

    /** Every type but PRODUCTION, one form each: 14 lines. */
    private static final String OTHERS = "[WITHDRAWAL]\nquit verb\n[ACCESSION]\njoin verb\n[PROCUREMENT]\nbuy verb near\n"
            + "[TRANSFER]\nsend verb near\n[DESTRUCTION]\ndestroy verb\n[STOCKPILE]\nhold verb near\n[USE]\nuse verb near\n";

    @Test
    void unknownTypesAndFlags_areRefused() {
        assertThatThrownBy(() -> ActLexicon.load(RuleFile.parse("a.txt", "[PRODUCTON]\nproduce verb\n")))
                .hasMessageStartingWith("a.txt:1: unknown list [PRODUCTON]");
        assertThatThrownBy(() -> ActLexicon.load(RuleFile.parse("a.txt", OTHERS + "[PRODUCTION]\nmake verb nearby\n")))
                .hasMessage("a.txt:16: unknown flag 'nearby': near or receive");
        assertThatThrownBy(() -> ActLexicon.load(RuleFile.parse("a.txt", OTHERS + "[PRODUCTION]\nmake\n")))
                .hasMessage("a.txt:16: 'make': the form, then verb or noun, then near or receive if they apply");
    }

    @Test
    void theShippedFile_hasEachFormOnce_andUseIsAVerb() {
        assertThat(ActLexicon.mayReport("use")).isTrue();
        assertThat(ActLexicon.load(RuleFile.load("act-words.txt")).get("use").nominal()).isFalse();
    }
}
