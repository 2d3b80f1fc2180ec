package org.treatywatch.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets: session ids, CSRF tokens and API tokens. 32 bytes from {@link SecureRandom},
 * URL-safe Base64 without padding (43 characters). API tokens carry the prefix {@value #API_PREFIX}
 * so a leaked one is easy to recognise in logs and secret scanners; the store keeps only their
 * SHA-256 ({@link #sha256Hex}), so a copy of the database does not leak them.
 */
public final class Tokens {
    public static final String API_PREFIX = "tw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A new random secret of 256 bits. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new API token, shown to the analyst once. */
    public static String newApiToken() {
        return API_PREFIX + random();
    }

    /** The hex SHA-256 of {@code token}'s UTF-8 bytes, as the store keeps it. */
    public static String sha256Hex(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
