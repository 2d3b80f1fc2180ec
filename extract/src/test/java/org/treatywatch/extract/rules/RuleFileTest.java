package org.treatywatch.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rule files' format: what a newcomer's edit may get wrong is refused with file:line. */
class RuleFileTest {

    @Test
    void wordLists_readWithCommentsAndBlankLines() {
        RuleFile f = RuleFile.parse("t.txt", "# about\n\n[verbs]\n# what they are for\nsaid   # a comment\nsays\n[nouns]\nparty\n");
        assertThat(f.wordLists("verbs", "nouns")).containsEntry("nouns", java.util.Set.of("party"))
                .containsEntry("verbs", java.util.Set.of("said", "says"));
    }

    @Test
    void aDuplicateEntry_isRefusedWithBothLines() {
        RuleFile f = RuleFile.parse("t.txt", "[verbs]\nsaid\nsays\nsaid\n");
        assertThatThrownBy(() -> f.wordLists("verbs"))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("t.txt:4: duplicate entry 'said' in [verbs] (first at line 2)");
    }

    @Test
    void anUnknownList_isRefused_andAMissingOne() {
        RuleFile f = RuleFile.parse("t.txt", "[verbs]\nsaid\n[verbz]\nsays\n");
        assertThatThrownBy(() -> f.wordLists("verbs"))
                .hasMessage("t.txt:3: unknown list [verbz]; the lists are [verbs]");
        assertThatThrownBy(() -> RuleFile.parse("t.txt", "[verbs]\nsaid\n").wordLists("verbs", "nouns"))
                .hasMessage("t.txt: list [nouns] is missing");
    }

    @Test
    void entriesOutsideAList_upperCase_twoWords_emptyLists_andListsTwice_areRefused() {
        assertThatThrownBy(() -> RuleFile.parse("t.txt", "said\n[verbs]\n"))
                .hasMessage("t.txt:1: entry 'said' before any [list]");
        assertThatThrownBy(() -> RuleFile.parse("t.txt", "[verbs]\nSaid\n").wordLists("verbs"))
                .hasMessageStartingWith("t.txt:2: 'Said' is not lower case");
        assertThatThrownBy(() -> RuleFile.parse("t.txt", "[verbs]\nsaid so\n").wordLists("verbs"))
                .hasMessage("t.txt:2: one word a line in [verbs], got 'said so'");
        assertThatThrownBy(() -> RuleFile.parse("t.txt", "[verbs]\n# none yet\n").wordLists("verbs"))
                .hasMessage("t.txt:1: list [verbs] is empty");
        assertThatThrownBy(() -> RuleFile.parse("t.txt", "[verbs]\nsaid\n[verbs]\nsays\n"))
                .hasMessage("t.txt:3: list [verbs] again (first at line 1)");
    }

    @Test
    void theShippedFiles_load_andTheirHashIsStable() {
        for (String name : RuleFiles.NAMES) {
            assertThat(RuleFile.load(name).name()).isEqualTo(name);
        }
        assertThat(RuleFiles.hash()).hasSize(12).isHexadecimal().isEqualTo(RuleFiles.hash());
        assertThatThrownBy(() -> RuleFile.load("other.txt")).hasMessageContaining("not in RuleFiles.NAMES");
    }
}
