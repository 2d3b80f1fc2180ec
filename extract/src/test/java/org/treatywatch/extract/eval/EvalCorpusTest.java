package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCorpusTest {
    @TempDir
    Path dir;

    @Test
    void load_takesTextsWithGold_inNameOrder_withThePathAsGivenAsId() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Finland left the treaty.");
        Files.writeString(dir.resolve("b.gold.jsonl"), "{\"type\":\"WITHDRAWAL\",\"actor\":\"FIN\",\"treaty\":\"APMBC\",\"modality\":[\"FACT\"]}\n");
        Files.writeString(dir.resolve("a.txt"), "Nothing here.");
        Files.writeString(dir.resolve("a.gold.jsonl"), "");
        Files.writeString(dir.resolve("no-gold.txt"), "Not part of the corpus.");

        List<EvalDocument> corpus = EvalCorpus.load(dir);

        assertThat(corpus).extracting(d -> d.document().id())
                .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
        assertThat(corpus.get(1).gold()).hasSize(1);
        assertThat(corpus.get(1).document().published()).isNull();
    }

    @Test
    void metaFile_givesThePublishedDate() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Next year, Finland will leave.");
        Files.writeString(dir.resolve("a.gold.jsonl"), "");
        // Fields beyond the four a citation needs (a licence, a note) are accepted and ignored.
        Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"2025-06-19\", \"title\": \"Exit\","
                + " \"url\": \"https://example.org/exit\", \"outlet\": \"Example Wire\", \"licence\": \"CC BY 4.0\", \"notes\": {\"by\": \"x\"}}");

        EvalDocument doc = EvalCorpus.load(dir).get(0);

        assertThat(doc.document().published()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(doc.document().title()).isEqualTo("Exit");
        assertThat(doc.document().url()).isEqualTo("https://example.org/exit");
        assertThat(doc.document().outlet()).isEqualTo("Example Wire");
    }

    /** Issue 10: the news corpus's metadata records its genre and writer beside the document's fields. */
    @Test
    void metaFile_withFieldsOfItsOwn_isRead_andTheOthersIgnored() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Next year, Finland will leave.");
        Files.writeString(dir.resolve("a.gold.jsonl"), "");
        Files.writeString(dir.resolve("a.meta.json"),
                "{\"published\": \"2025-06-19\", \"outlet\": \"Nordic Wire\", \"genre\": \"wire\", \"words\": 7}");

        EvalDocument doc = EvalCorpus.load(dir).get(0);

        assertThat(doc.document().published()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(doc.document().outlet()).isEqualTo("Nordic Wire");
    }

    @Test
    void metaFile_withADocumentFieldThatIsNoString_isOneClearMessage() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("a.gold.jsonl"), "");
        Files.writeString(dir.resolve("a.meta.json"), "{\"title\": 7}");

        assertThatThrownBy(() -> EvalCorpus.load(dir)).isInstanceOf(EvalInputException.class)
                .hasMessage(dir.resolve("a.meta.json") + ": \"title\" must be a string");
    }

    @Test
    void badMetaDate_isOneClearMessage() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("a.gold.jsonl"), "");
        Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"19 June 2025\"}");

        assertThatThrownBy(() -> EvalCorpus.load(dir)).isInstanceOf(EvalInputException.class)
                .hasMessage(dir.resolve("a.meta.json") + ": \"published\" must be a date as YYYY-MM-DD, like 2025-06-19, got '19 June 2025'");
    }

    @Test
    void invalidUtf8_namesTheFile() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});
        Files.writeString(dir.resolve("a.gold.jsonl"), "");

        assertThatThrownBy(() -> EvalCorpus.load(dir)).hasMessage(dir.resolve("a.txt") + ": not valid UTF-8");
    }

    @Test
    void missingOrEmptyDirectory_isOneClearMessage() {
        assertThatThrownBy(() -> EvalCorpus.load(dir.resolve("nope")))
                .hasMessage(dir.resolve("nope") + ": not a directory (it does not exist)");
        assertThatThrownBy(() -> EvalCorpus.load(dir))
                .hasMessage(dir + ": no X.txt with an X.gold.jsonl beside it");
    }
}
