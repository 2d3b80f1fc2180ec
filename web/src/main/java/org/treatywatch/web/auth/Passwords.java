package org.treatywatch.web.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Analysts' passwords, hashed with bcrypt (cost {@value #COST}, a fresh salt per hash, the
 * {@code $2a$} format any bcrypt library reads). Only the hash is stored; checking takes ~50 ms on
 * purpose, which makes guessing slow.
 *
 * <p>bcrypt reads at most 72 bytes of password; longer passwords are refused rather than silently
 * cut, so two passwords that share their first 72 bytes never hash alike.
 */
public final class Passwords {
    /** bcrypt's work factor: 2^COST rounds. */
    public static final int COST = 10;
    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    private Passwords() {}

    /** The bcrypt hash of {@code password}, after {@link #check} accepted it. */
    public static String hash(char[] password) {
        String problem = check(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        byte[] bytes = utf8(password);
        try {
            return new String(BCrypt.withDefaults().hash(COST, bytes), StandardCharsets.US_ASCII);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** True when {@code password} matches {@code hash}; false for a malformed hash too. */
    public static boolean verify(char[] password, String hash) {
        if (password == null || hash == null || hash.isEmpty()) {
            return false;
        }
        byte[] bytes = utf8(password);
        try {
            return bytes.length <= MAX_BYTES && BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.US_ASCII)).verified;
        } catch (IllegalArgumentException malformed) {
            return false;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Why {@code password} cannot be used, or null when it can. */
    public static String check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return "the password must have at least " + MIN_LENGTH + " characters";
        }
        if (utf8(password).length > MAX_BYTES) {
            return "the password must be at most " + MAX_BYTES + " bytes in UTF-8 (bcrypt reads no more)";
        }
        return null;
    }

    private static byte[] utf8(char[] password) {
        var buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
