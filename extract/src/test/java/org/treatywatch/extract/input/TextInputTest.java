package org.treatywatch.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.core.document.Document;

class TextInputTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.standard();

    @Test
    void textFile_isOneDocument_withThePathAsId_andTheContentVerbatim() throws IOException {
        Path file = dir.resolve("note.txt");
        String text = "Estonia said on Monday it would keep its stocks.\r\nSecond line\u00a0with a non-breaking space.\n";
        Files.writeString(file, text);

        List<Document> docs = reader.readAll(file);

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(file.toString());
            assertThat(d.text()).isEqualTo(text); // verbatim: offsets match the file
        });
    }

    @Test
    void utf8Bom_isDropped_andUtf16WithBom_isDecoded() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Kyiv – Київ".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(reader.read(withBom, "a.txt", null)).singleElement()
                .extracting(Document::text).isEqualTo("Kyiv – Київ");

        byte[] utf16 = "\uFEFFMines in Київ".getBytes(StandardCharsets.UTF_16LE);
        assertThat(reader.read(utf16, "b.txt", null)).singleElement()
                .extracting(Document::text).isEqualTo("Mines in Київ");
    }

    @Test
    void invalidUtf8_becomesReplacementCharacters_insteadOfFailing() {
        byte[] bytes = {'L', 'a', 't', 'v', 'i', 'a', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, '.'};

        Document d = reader.read(bytes, "bad.txt", InputFormat.TEXT).get(0);

        assertThat(d.text()).isEqualTo("Latvia \uFFFD( \uFFFD.");
    }

    @Test
    void emptyFile_isOneEmptyDocument() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        assertThat(reader.readAll(file)).singleElement().extracting(Document::text).isEqualTo("");
    }

    @Test
    void binaryJunk_isRejected_withAMessageNamingTheFile() throws IOException {
        Path file = dir.resolve("photo.jpg");
        byte[] junk = new byte[2000];
        new java.util.Random(7).nextBytes(junk);
        junk[3] = 0;
        Files.write(file, junk);

        assertThatThrownBy(() -> reader.readAll(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": looks like a binary file (it has NUL or control bytes), not text, HTML, a feed or JSON Lines; leave it out");
    }

    @Test
    void missingFile_andDirectory_areClearErrors() {
        assertThatThrownBy(() -> reader.open(dir.resolve("nope.txt")))
                .isInstanceOf(InputException.class).hasMessageEndingWith("nope.txt: no such file");
        assertThatThrownBy(() -> reader.open(dir))
                .isInstanceOf(InputException.class).hasMessageContaining("is a directory");
    }

    @Test
    void fiftyMegabyteFile_isRejected_withTheLimitInTheMessage() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("Mines. ".repeat(1000).getBytes(StandardCharsets.US_ASCII));
            raf.setLength(50L * 1024 * 1024); // sparse: the test writes 7 KB, the file is 50 MB
        }

        assertThatThrownBy(() -> reader.readAll(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": the document is larger than the 5 MB limit; split it or raise the limit (--max-doc-size)");
    }

    @Test
    void streamOverTheLimit_isRejected_afterReadingOnlyTheLimit() {
        CountingEndlessText in = new CountingEndlessText();
        DocumentReader small = reader.withMaxDocumentBytes(64 * 1024);

        assertThatThrownBy(() -> small.open(in, "<stdin>", InputFormat.TEXT))
                .isInstanceOf(InputException.class)
                .hasMessage("<stdin>: the document is larger than the 64 KB limit; split it or raise the limit (--max-doc-size)");
        // BufferedInputStream may read one buffer (64 KB) past the limit, never the whole stream.
        assertThat(in.served).isLessThanOrEqualTo(64 * 1024 + 1 + 65536);
    }

    @Test
    void sizes_parseAndFormat_likePeopleWriteThem() {
        assertThat(Sizes.parse("5MB")).isEqualTo(5L * 1024 * 1024);
        assertThat(Sizes.parse("500k")).isEqualTo(500L * 1024);
        assertThat(Sizes.parse("1.5 MiB")).isEqualTo(1572864L);
        assertThat(Sizes.parse("1048576")).isEqualTo(1048576L);
        assertThat(Sizes.format(5L * 1024 * 1024)).isEqualTo("5 MB");
        assertThat(Sizes.format(100)).isEqualTo("100 bytes");
        assertThatThrownBy(() -> Sizes.parse("lots")).hasMessageContaining("is not a size");
        assertThatThrownBy(() -> Sizes.parse("0")).hasMessageContaining("out of range");
    }

    /** Endless ASCII text that counts what it served. */
    static final class CountingEndlessText extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
        }
    }
}
