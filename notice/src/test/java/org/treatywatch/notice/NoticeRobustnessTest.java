package org.treatywatch.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.notice.Notice;

/**
 * Damaged notices (bytes flipped, cut short, lines dropped), as text and as PDF: each reads into
 * notices or fails with a NoticeException, never with another exception.
 */
class NoticeRobustnessTest {
    private static final List<String> EXAMPLES = List.of("withdrawal.txt", "ratification.txt", "declaration.txt",
            "objection.txt", "accession.html", "other-treaty.txt");
    private final NoticeReader reader = NoticeReader.standard();

    @Test
    void damagedTextAndPdfsFailOnlyWithNoticeExceptions() throws IOException {
        Random random = new Random(2026);
        int read = 0;
        int refused = 0;
        for (String name : EXAMPLES) {
            byte[] text = NoticeReaderTest.example(name).getBytes(StandardCharsets.UTF_8);
            byte[] pdf = Pdfs.of(NoticeReaderTest.example(name));
            for (int round = 0; round < 60; round++) {
                for (byte[] original : List.of(text, pdf)) {
                    byte[] damaged = damage(original, random);
                    try {
                        List<Notice> notices = reader.read(damaged, name);
                        assertThat(notices).isNotEmpty();
                        read++;
                    } catch (NoticeException e) {
                        assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
                        refused++;
                    }
                }
            }
        }
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }

    private static byte[] damage(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, 1 + random.nextInt(b.length));
            default -> {
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + random.nextInt(200));
                byte[] cut = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, cut, 0, from);
                System.arraycopy(b, to, cut, from, b.length - to);
                b = cut.length == 0 ? new byte[] {' '} : cut;
            }
        }
        return b;
    }
}
