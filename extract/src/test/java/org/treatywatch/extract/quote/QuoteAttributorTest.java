package org.treatywatch.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.Layers;

class QuoteAttributorTest {

    private static List<String> speakers(String text) {
        return TestPipelines.analyze(text).get(Layers.QUOTES).stream()
                .map(q -> q.kind() + ":" + q.speakerName() + "|" + q.speakerRole() + "|" + q.speakerActor()).toList();
    }

    @Test
    void quote_speakerAfterTheClosingMark_splitIntoStateRoleAndName() {
        assertThat(speakers("\"We will order mines,\" Lithuanian Deputy Defence Minister Karolis Aleksa told reporters."))
                .containsExactly("QUOTED:Karolis Aleksa|Deputy Defence Minister|LTU");
    }

    @Test
    void reportedSpeech_heSaidIsTheLastNamedSpeaker_andSurnamesComplete() {
        assertThat(speakers("\"We will order mines,\" Lithuanian minister Karolis Aleksa said. More will come, he said. "
                + "\"Industry can make these\", said Aleksa, whose country borders Russia."))
                .containsExactly("QUOTED:Karolis Aleksa|minister|LTU", "REPORTED:Karolis Aleksa|minister|LTU",
                        "QUOTED:Karolis Aleksa|minister|LTU");
    }

    @Test
    void reportedSpeech_withAnApposition() {
        assertThat(speakers("Lithuania will supply others, said Vincas Jurgutis, head of Lithuania's defence industry association."))
                .containsExactly("REPORTED:Vincas Jurgutis|head of Lithuania's defence industry association|LTU");
    }

    @Test
    void reportedSpeech_theSpeakerEndsBeforeTheVerbGroup() {
        assertThat(speakers("Russian officials have said that Ukraine produced anti-personnel mines."))
                .containsExactly("REPORTED:null|officials|RUS");
        assertThat(speakers("The South Korean authorities have said this year that North Korean soldiers laid mines."))
                .containsExactly("REPORTED:null|authorities|KOR");
    }

    @Test
    void scareQuotes_areNotSpeech() {
        assertThat(speakers("Mines will arrive \u201Cwithin months\u201D, and some may go to Ukraine.")).isEmpty();
    }

    @Test
    void quote_speakerBeforeTheOpeningMark() {
        assertThat(speakers("The Estonian defence minister Hanno Pevkur said: \"We will buy what the army needs and no less.\""))
                .containsExactly("QUOTED:Hanno Pevkur|defence minister|EST");
    }

    @Test
    void anUnattributedQuote_continuesTheSpeakerOfAQuoteJustBefore_butNotOneFarBack() {
        String near = "\"We will order mines this year,\" said Lithuanian minister Karolis Aleksa. "
                + "\"The factory will be built near the border and will employ many people.\"";
        assertThat(speakers(near)).containsExactly("QUOTED:Karolis Aleksa|minister|LTU", "QUOTED:Karolis Aleksa|minister|LTU");
        String far = "\"We will order mines this year,\" said Lithuanian minister Karolis Aleksa. The weather was cold. "
                + "The meeting ran late. Roads were closed. Trains stopped. "
                + "\"The factory will be built near the border and will employ many people.\"";
        assertThat(speakers(far)).containsExactly("QUOTED:Karolis Aleksa|minister|LTU", "QUOTED:null|null|null");
    }

    @Test
    void reportedSpeech_aRoleBeforeItsState_andAParticipleApposition() {
        assertThat(speakers("Speaking in right of reply, the representative of the Russian Federation said that Ukraine "
                + "laid mines.")).containsExactly("REPORTED:null|representative|RUS");
        assertThat(speakers("The representative of Ukraine, responding, said that Russia laid mines."))
                .containsExactly("REPORTED:null|representative|UKR");
        assertThat(speakers("The representative of Norway, speaking also on behalf of Denmark and Sweden, said the four "
                + "would remain parties.")).containsExactly("REPORTED:null|representative|NOR");
        // what follows "said that" is what was said, not who said it
        assertThat(speakers("Latvia, responding, said that Russian forces laid mines.")).isEmpty();
    }
}
