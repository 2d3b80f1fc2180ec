package org.treatywatch.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Whole answers gzipped with kept Deflaters, read back by the JDK's gzip reader (which checks the CRC and length). */
class GzipTest {
    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] json(int claims, int seed) {
        StringBuilder s = new StringBuilder("{\"items\":[");
        Random r = new Random(seed);
        for (int i = 0; i < claims; i++) {
            s.append("{\"id\":").append(r.nextInt(100_000)).append(",\"actor\":\"LTU\",\"evidence\":{\"text\":\"Officials said ")
                    .append(r.nextLong()).append(" mines \u00e9\u2028\"}},");
        }
        return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void gzipped_readsBackToTheSameBytes_emptyToIncompressible() throws Exception {
        byte[] random = new byte[1 << 20];
        new Random(1).nextBytes(random); // deflate makes it larger: the buffer must grow
        Gzip gzip = new Gzip(1);
        for (byte[] body : List.of(new byte[0], new byte[] {'x'}, json(50, 1), random)) {
            assertThat(gunzip(gzip.gzip(body))).isEqualTo(body);
        }
        byte[] page = json(50, 2);
        assertThat(gzip.gzip(page).length).isLessThan(page.length / 2);
    }

    @Test
    void theDefaultLevel_makesSmallerBytesThanLevel1() throws Exception {
        byte[] page = json(500, 3);
        byte[] six = new Gzip(Deflater.DEFAULT_COMPRESSION).gzip(page);
        assertThat(gunzip(six)).isEqualTo(page);
        assertThat(six.length).isLessThan(new Gzip(1).gzip(page).length);
    }

    @Test
    void deflatersKeptAcrossCallsAndThreads_neverMixTwoAnswers() throws Exception {
        Gzip gzip = new Gzip(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        byte[] body = json(1 + (i * 7 + thread) % 60, thread * 1000 + i);
                        assertThat(gunzip(gzip.gzip(body))).isEqualTo(body);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    @Test
    void aLevelZlibDoesNotHave_isRefused() {
        assertThatThrownBy(() -> new Gzip(10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 9");
        assertThatThrownBy(() -> new Gzip(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
