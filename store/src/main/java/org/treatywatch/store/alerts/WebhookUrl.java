package org.treatywatch.store.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a webhook URL an analyst gives: it is untrusted input. */
public final class WebhookUrl {
    /** The longest URL accepted. */
    public static final int MAX_LENGTH = 2000;

    private WebhookUrl() {}

    /**
     * The URL as a URI: absolute {@code http} or {@code https} with a host, no user name or password
     * in it, no fragment, at most {@link #MAX_LENGTH} characters.
     *
     * @throws IllegalArgumentException with a message for the analyst otherwise
     */
    public static URI parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a webhook needs a URL");
        }
        String url = text.strip();
        if (url.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a webhook URL is at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a webhook URL must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("a webhook URL needs a host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a webhook URL must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a webhook URL takes no #fragment");
        }
        return uri;
    }
}
