package org.treatywatch.web.alerts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where webhooks may go. A webhook URL is an analyst's input and the server POSTs to it, so by
 * default it must name a public address: not loopback, private (RFC 1918, the shared 100.64/10),
 * link-local (with the cloud metadata address 169.254.169.254), multicast, unspecified, broadcast
 * or IPv6 unique-local (fc00::/7). Every address the host resolves to is checked, when a
 * subscription is saved and again before each delivery connects, since DNS can change in between.
 * A deployment whose receivers are on its own network allows private targets
 * ({@code serve --allow-private-webhooks}).
 *
 * @param allowPrivate whether addresses that are not public are taken too
 */
public record WebhookTargets(boolean allowPrivate) {
    /** Public addresses only: the default. */
    public static final WebhookTargets PUBLIC_ONLY = new WebhookTargets(false);
    /** Any address, for receivers on the deployment's own network (and tests' local receivers). */
    public static final WebhookTargets ALLOW_PRIVATE = new WebhookTargets(true);

    /** The cloud providers' instance metadata address, named in the refusal. */
    static final String METADATA = "169.254.169.254";

    /**
     * Resolves the URL's host and checks each of its addresses.
     *
     * @throws IllegalArgumentException with a message for the analyst when the host does not resolve
     *                                  or one of its addresses is not public (unless allowed)
     */
    public void check(URI url) {
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("a webhook URL needs a host name");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("the webhook's host " + host + " is not found");
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress a : addresses) {
            String why = notPublic(a);
            if (why != null) {
                throw new IllegalArgumentException("the webhook's host " + host + " is " + a.getHostAddress() + ", " + why
                        + ": webhooks go to public addresses only");
            }
        }
    }

    /** Why an address is not public, or null when it is. */
    static String notPublic(InetAddress a) {
        byte[] b = a.getAddress();
        if (a.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.getHostAddress().equals(METADATA)) {
            return "the cloud metadata address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "in 0.0.0.0/8 (this network)";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "a shared (carrier-grade NAT) address";
            }
            if (first == 255 && (b[1] & b[2] & b[3] & 0xff) == 0xff) {
                return "the broadcast address";
            }
        }
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a unique-local IPv6 address";
        }
        return null;
    }
}
