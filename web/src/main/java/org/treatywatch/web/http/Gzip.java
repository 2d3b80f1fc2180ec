package org.treatywatch.web.http;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip of whole answers in memory (RFC 1952: a header, the raw deflate stream, the CRC-32 and the
 * length), with {@link Deflater}s kept for reuse. Javalin's compression makes a new Deflater for
 * every response, its zlib state allocated and freed each time; on the claims list under load
 * that cost as much as the compression itself (JFR, {@code scripts/bench/api-load.sh}).
 * Thread-safe: each call takes a Deflater of its own from those kept (at most {@link #KEPT}).
 */
public final class Gzip {
    /** How many idle Deflaters are kept: one per request thread suffices. */
    static final int KEPT = 32;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final int level;
    private final ArrayBlockingQueue<Deflater> idle = new ArrayBlockingQueue<>(KEPT);

    /** @param level zlib's 1 (fastest) to 9 (smallest), or {@link Deflater#DEFAULT_COMPRESSION} (6) */
    public Gzip(int level) {
        if (level != Deflater.DEFAULT_COMPRESSION && (level < 1 || level > 9)) {
            throw new IllegalArgumentException("gzip level must be 1 to 9, got " + level);
        }
        this.level = level;
    }

    /** {@code body} gzipped, one gzip member. */
    public byte[] gzip(byte[] body) {
        Deflater d = idle.poll();
        if (d == null) {
            d = new Deflater(level, true); // raw deflate: the header and trailer are written here
        }
        try {
            d.setInput(body);
            d.finish();
            byte[] out = Arrays.copyOf(HEADER, Math.max(64, body.length / 3 + 32));
            int n = HEADER.length;
            while (!d.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                n += d.deflate(out, n, out.length - n);
            }
            CRC32 crc = new CRC32();
            crc.update(body);
            out = Arrays.copyOf(out, n + 8);
            littleEndian(out, n, (int) crc.getValue());
            littleEndian(out, n + 4, body.length); // ISIZE: the length modulo 2^32
            return out;
        } finally {
            d.reset();
            if (!idle.offer(d)) {
                d.end();
            }
        }
    }

    private static void littleEndian(byte[] out, int at, int value) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
