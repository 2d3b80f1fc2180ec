package org.treatywatch.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a text: SHA-256 of its UTF-8 bytes, as lower-case hex. The text is hashed as it
 * is, without normalising whitespace, because evidence offsets point into exactly this text.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(String text) {
        return sha256Hex(text);
    }

    /** SHA-256 of the UTF-8 bytes of {@code s}, lower-case hex (also used for API tokens). */
    public static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
