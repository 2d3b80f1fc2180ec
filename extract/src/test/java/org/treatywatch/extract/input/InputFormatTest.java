package org.treatywatch.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {
    private static InputFormat detect(String name, String head) {
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        return InputFormat.detect(name, bytes, bytes.length);
    }

    @Test
    void extension_decides_whenItIsKnown() {
        assertThat(detect("a/b.TXT", "<html>")).isEqualTo(InputFormat.TEXT);
        assertThat(detect("page.htm", "")).isEqualTo(InputFormat.HTML);
        assertThat(detect("feed.rss", "")).isEqualTo(InputFormat.FEED);
        assertThat(detect("feed.atom", "")).isEqualTo(InputFormat.FEED);
        assertThat(detect("docs.ndjson", "")).isEqualTo(InputFormat.JSONL);
        assertThat(detect("https://x.test/page.html?x=1", "")).isEqualTo(InputFormat.HTML);
    }

    @Test
    void content_decides_whenTheNameSaysNothing() {
        assertThat(detect(null, "  <!DOCTYPE html><html>")).isEqualTo(InputFormat.HTML);
        assertThat(detect("-", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">")).isEqualTo(InputFormat.FEED);
        assertThat(detect("feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(InputFormat.FEED);
        assertThat(detect("page", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"))
                .isEqualTo(InputFormat.HTML);
        assertThat(detect("docs", "{\"id\": 1, \"text\": \"x\"}\n")).isEqualTo(InputFormat.JSONL);
        assertThat(detect("notes.md", "Finland will leave the treaty.")).isEqualTo(InputFormat.TEXT);
        assertThat(detect(null, "")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void mediaType_namesTheFormat_ignoringParameters() {
        assertThat(InputFormat.fromMediaType("text/html; charset=ISO-8859-2")).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.fromMediaType("application/rss+xml")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.fromMediaType("Application/Atom+XML")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.fromMediaType("application/x-ndjson")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.fromMediaType("text/plain")).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.fromMediaType("application/octet-stream")).isNull();
        assertThat(InputFormat.fromMediaType(null)).isNull();
    }
}
