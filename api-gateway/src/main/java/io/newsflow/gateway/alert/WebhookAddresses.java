package io.newsflow.gateway.alert;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which webhook hosts a client may not name unless an operator allows them: this machine and private networks
 * (loopback, private and link-local ranges, such as a cloud's metadata address, unique-local IPv6, "localhost" and
 * names under .localhost, .local and .internal). Otherwise any reader could have the gateway post into the
 * backends or the cluster. Only names and literal addresses are judged: a public name that resolves to a private
 * address is not caught here, which is why an operator running for real sets the allowed prefixes.
 */
public final class WebhookAddresses {

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

    private WebhookAddresses() {
    }

    /** Whether {@code host} (as in a URI, IPv6 in brackets) names this machine or a private network. */
    public static boolean isPrivate(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal")) {
            return true;
        }
        boolean ipv6 = name.startsWith("[") && name.endsWith("]");
        if (!ipv6 && !IPV4_LITERAL.matcher(name).matches()) {
            return false;
        }
        try {
            // A literal address: parsed, never looked up.
            InetAddress address = InetAddress.getByName(ipv6 ? name.substring(1, name.length() - 1) : name);
            return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress() || address.isMulticastAddress()
                    || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc);
        } catch (UnknownHostException e) {
            // Digits and dots that are no address: refused rather than looked up.
            return true;
        }
    }
}
