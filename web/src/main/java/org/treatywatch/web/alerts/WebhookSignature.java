package org.treatywatch.web.alerts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code X-Treatywatch-Signature: sha256=HEX}, the lower-case
 * hex HMAC-SHA256 of the request body's bytes under the subscription's webhook secret (its UTF-8
 * bytes). A receiver computes the same over the body it got and compares in constant time
 * ({@link #verify}).
 */
public final class WebhookSignature {
    public static final String HEADER = "X-Treatywatch-Signature";
    /** The delivery's idempotent id: the same on every attempt, so a receiver can drop repeats. */
    public static final String DELIVERY_HEADER = "X-Treatywatch-Delivery";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {}

    /** The header's value for {@code body} under {@code secret}. */
    public static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** Whether {@code header} is {@code body}'s signature under {@code secret}, compared in constant time. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
