package org.treatywatch.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.document.Document;

class JsonLinesInputTest {
    private final List<Document> read = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void read(DocumentReader reader, String content) {
        reader.open(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "docs.jsonl", null)
                .forEach(read::add, e -> problems.add(e.getMessage()));
    }

    @Test
    void eachLineIsADocument_withOptionalFields() {
        read(DocumentReader.standard(), """
                {"id": "a1", "text": "Poland will quit.", "title": "Warsaw", "published": "2025-03-18", "url": "https://x.example/a1", "extra": 1}

                {"text": "No id here.", "published": "2025-03-19T08:00:00+01:00"}
                {"id": 42, "text": "Numeric id."}
                """);

        assertThat(problems).isEmpty();
        assertThat(read).containsExactly(
                new Document("a1", "Poland will quit.", "Warsaw", LocalDate.of(2025, 3, 18), "https://x.example/a1", null),
                new Document("docs.jsonl#3", "No id here.", null, LocalDate.of(2025, 3, 19), null, null),
                new Document("42", "Numeric id.", null, null, null, null));
    }

    @Test
    void badLines_areReportedByLineNumber_andTheRestIsRead() {
        read(DocumentReader.standard(), """
                {"id": "ok1", "text": "Fine."}
                {"id": "broken", "text": 
                ["not", "an", "object"]
                {"id": "no-text"}
                {"id": "bad-date", "text": "x", "published": "last Tuesday"}
                {"id": "ok2", "text": "Also fine."}
                {"id": "far-future", "text": "x", "published": "9999-12-31"}""");

        assertThat(read).extracting(Document::id).containsExactly("ok1", "ok2");
        assertThat(problems).hasSize(5);
        assertThat(problems.get(4)).isEqualTo("docs.jsonl:7: \"published\" is \"9999-12-31\", out of range"
                + " (between 1900-01-01 and 2200-12-31)");
        assertThat(problems.get(0)).startsWith("docs.jsonl:2: not valid JSON (");
        assertThat(problems.get(1)).isEqualTo("docs.jsonl:3: each line must be a JSON object like {\"id\": \"a1\", \"text\": \"...\"}");
        assertThat(problems.get(2)).isEqualTo("docs.jsonl:4: the object has no string field \"text\"");
        assertThat(problems.get(3)).isEqualTo("docs.jsonl:5: \"published\" is \"last Tuesday\", not an ISO date (YYYY-MM-DD or an ISO date-time)");
    }

    @Test
    void lineOverTheLimit_isSkipped_withoutStoppingTheFile() {
        String longLine = "{\"id\": \"big\", \"text\": \"" + "m".repeat(300_000) + "\"}";
        read(DocumentReader.standard().withMaxDocumentBytes(100_000),
                "{\"id\": \"a\", \"text\": \"before\"}\n" + longLine + "\n{\"id\": \"b\", \"text\": \"after\"}\n");

        assertThat(read).extracting(Document::id).containsExactly("a", "b");
        assertThat(problems).containsExactly(
                "docs.jsonl:2: the line is longer than the 100000 bytes limit per document; split the document or raise the limit (--max-doc-size)");
    }

    @Test
    void invalidUtf8_inALine_becomesReplacementCharacters() {
        byte[] line = "{\"id\": \"u\", \"text\": \"Riga \u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        DocumentReader.standard().open(new ByteArrayInputStream(line), "u.jsonl", null)
                .forEach(read::add, e -> problems.add(e.getMessage()));

        assertThat(problems).isEmpty();
        assertThat(read.get(0).text()).isEqualTo("Riga \uFFFD");
    }
}
