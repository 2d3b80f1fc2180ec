package org.treatywatch.web.http;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers that change only when their data does (the status of every state on a date, which
 * changes when the treaty record does; the pages of the claims list, which change when a claim
 * does), serialised and gzipped once and kept, so that a request
 * costs a lookup and a copy. Each is sent with a weak ETag of its bytes, {@code Vary:
 * Accept-Encoding} and the caller's {@code Cache-Control}; a request whose {@code If-None-Match}
 * names the ETag gets a 304 without a body, one that accepts gzip the gzipped bytes.
 *
 * <p>The cache is bounded by the bytes it keeps ({@link #maxBytes}), the least recently used
 * answer dropped first. Its keys must name everything the answer depends on, the data's version
 * included (see {@link org.treatywatch.web.StatusService.Snapshot#version}): an edit of the record
 * changes the key, and the old answer ages out.
 */
public final class CachedAnswers {
    /** One answer: the bytes as they are and gzipped (null when too small to gain), and their ETag. */
    public record Answer(String contentType, byte[] identity, byte[] gzip, String etag) {}

    /** Smaller answers go out as they are: they fit a packet or two, and gzip would cost more than it saves. */
    public static final int GZIP_MIN_BYTES = 1500;

    /** Made once per answer, so at zlib's default level: smaller bytes for every later request. */
    private static final Gzip GZIP = new Gzip(java.util.zip.Deflater.DEFAULT_COMPRESSION);

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);

    public CachedAnswers(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer kept under {@code key}, made with {@code render} (the bytes of {@code contentType}) when missing. */
    public Answer get(String key, String contentType, Supplier<byte[]> render) {
        synchronized (this) {
            Answer a = answers.get(key);
            if (a != null) {
                return a;
            }
        }
        // Rendered outside the lock: two requests that miss at once both render, and one is kept.
        byte[] body = render.get();
        Answer made = new Answer(contentType, body, body.length >= GZIP_MIN_BYTES ? GZIP.gzip(body) : null, etag(body));
        synchronized (this) {
            Answer old = answers.put(key, made);
            bytes += size(made) - (old == null ? 0 : size(old));
            var it = answers.entrySet().iterator();
            while (bytes > maxBytes && it.hasNext()) {
                Map.Entry<String, Answer> eldest = it.next();
                if (eldest.getValue() != made) {
                    bytes -= size(eldest.getValue());
                    it.remove();
                }
            }
        }
        return made;
    }

    /** Sends {@code a}: 304 when the client has it, else its bytes, gzipped when the client accepts gzip. */
    public static void send(Context ctx, Answer a, String cacheControl) {
        ctx.header("ETag", a.etag());
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("Cache-Control", cacheControl);
        if (matches(ctx.header("If-None-Match"), a.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.contentType());
        if (a.gzip() != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(a.gzip());
        } else {
            ctx.result(a.identity());
        }
    }

    /** True when an {@code If-None-Match} header names {@code etag} (weak comparison) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || opaque(t).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** True when an {@code Accept-Encoding} header accepts gzip (by name or {@code *}, with a q above 0). */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.split(";");
            String coding = p[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return !(p.length > 1 && p[1].strip().matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static long size(Answer a) {
        return a.identity().length + (a.gzip() == null ? 0 : a.gzip().length) + 64L;
    }


    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
