package org.treatywatch.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which addresses webhooks may go to (IP literals: no DNS needed). */
class WebhookTargetsTest {
    @Test
    void publicAddressesPass_andEveryOtherKindIsRefusedWithWhatItIs() {
        WebhookTargets.PUBLIC_ONLY.check(URI.create("https://8.8.8.8/hook"));
        WebhookTargets.PUBLIC_ONLY.check(URI.create("https://[2001:4860:4860::8888]/hook"));
        WebhookTargets.PUBLIC_ONLY.check(URI.create("http://172.32.0.1/hook")); // just past 172.16/12
        String[][] refused = {
                {"http://172.31.255.1/", "a private address"},
                {"http://100.64.0.1/", "a shared (carrier-grade NAT) address"},
                {"http://[::ffff:127.0.0.1]/", "a loopback address"},
                {"http://[fe80::1]/", "a link-local address"},
                {"http://[ff02::1]/", "a multicast address"},
                {"http://[fc00::5]/", "a unique-local IPv6 address"},
                {"http://255.255.255.255/", "the broadcast address"},
                {"http://0.1.2.3/", "0.0.0.0/8"},
        };
        for (String[] r : refused) {
            assertThatThrownBy(() -> WebhookTargets.PUBLIC_ONLY.check(URI.create(r[0]))).as(r[0])
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(r[1]);
            WebhookTargets.ALLOW_PRIVATE.check(URI.create(r[0]));
        }
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        assertThatThrownBy(() -> WebhookTargets.ALLOW_PRIVATE.check(URI.create("http://no-such-host.invalid/hook")))
                .hasMessageContaining("the webhook's host no-such-host.invalid is not found");
    }
}
