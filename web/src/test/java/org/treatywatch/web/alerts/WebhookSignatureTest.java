package org.treatywatch.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    @Test
    void theSignatureIsTheHmacSha256OfTheBody_rfc4231TestCase2() {
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
        String expected = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assertThat(WebhookSignature.sign("Jefe", body)).isEqualTo(expected);
        assertThat(WebhookSignature.verify("Jefe", body, expected)).isTrue();
        assertThat(WebhookSignature.verify("Jefe", "what do ya want for something?".getBytes(StandardCharsets.UTF_8), expected))
                .isFalse();
        assertThat(WebhookSignature.verify("Jeff", body, expected)).isFalse();
        assertThat(WebhookSignature.verify("Jefe", body, expected.substring(7))).isFalse();
        assertThat(WebhookSignature.verify("Jefe", body, null)).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        WebhookDispatcher.Policy p = WebhookDispatcher.Policy.defaults();
        assertThat(p.backoff(1)).hasSeconds(10);
        assertThat(p.backoff(2)).hasSeconds(20);
        assertThat(p.backoff(3)).hasSeconds(40);
        assertThat(p.backoff(12)).hasHours(1);
        assertThat(p.backoff(1000)).hasHours(1);
    }
}
