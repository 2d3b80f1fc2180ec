package org.treatywatch.store.story;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * MinHash signatures of a text's word shingles, made by Lucene's analysis chain: words
 * ({@link StandardTokenizer}, lower case, diacritics folded), shingles of {@link #SHINGLE} words
 * ({@link ShingleFilter}), and one-permutation MinHash with rotation ({@link MinHashFilter}: one
 * hash, {@link #SIZE} buckets). The share of equal positions in two signatures estimates the
 * Jaccard similarity of the two texts' shingle sets; {@link #bands} cuts a signature into
 * {@link #BANDS} bands of {@link #ROWS} values for locality-sensitive hashing: two texts of
 * similarity s share at least one band with probability 1 - (1 - s^ROWS)^BANDS (0.3: 0.83,
 * 0.4: 0.98, 0.5: 1.00; 0.1: 0.06). Each band's hash is seeded with its number, so band hashes
 * of different bands do not collide and one indexed column holds them all. Thread-safe (a chain is built per call).
 */
public final class MinHash {
    /** Words per shingle. */
    public static final int SHINGLE = 3;
    /** Values per signature. */
    public static final int SIZE = 192;
    public static final int BANDS = 64;
    public static final int ROWS = SIZE / BANDS;

    private MinHash() {}

    /** The signature of a text; empty when it has no words. */
    public static long[] signature(String text) {
        long[] out = new long[SIZE];
        int n = 0;
        StandardTokenizer words = new StandardTokenizer();
        words.setReader(new StringReader(text));
        ShingleFilter shingles = new ShingleFilter(new ASCIIFoldingFilter(new LowerCaseFilter(words)), SHINGLE, SHINGLE);
        shingles.setOutputUnigrams(false);
        shingles.setOutputUnigramsIfNoShingles(true);
        try (TokenStream ts = new MinHashFilter(shingles, 1, SIZE, 1, true)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && n < SIZE) {
                out[n++] = fold(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return n == SIZE ? out : new long[0];
    }

    /** The 64 bits of a MinHash token (its chars carry the hash's bytes). */
    private static long fold(CharTermAttribute term) {
        long h = 1125899906842597L;
        for (int i = 0; i < term.length(); i++) {
            h = 31 * h + term.charAt(i);
        }
        return h;
    }

    /** The estimated Jaccard similarity of two signatures; 0 when either is empty. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != SIZE || b.length != SIZE) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** One hash per band of a signature (empty for an empty signature). */
    public static long[] bands(long[] signature) {
        if (signature.length != SIZE) {
            return new long[0];
        }
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = b * ROWS; r < (b + 1) * ROWS; r++) {
                h = (h ^ signature[r]) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
            }
            out[b] = h;
        }
        return out;
    }

    public static String encode(long[] signature) {
        ByteBuffer buf = ByteBuffer.allocate(signature.length * Long.BYTES);
        for (long v : signature) {
            buf.putLong(v);
        }
        return Base64.getEncoder().encodeToString(buf.array());
    }

    public static long[] decode(String encoded) {
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        long[] out = new long[buf.remaining() / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong();
        }
        return out;
    }
}
