package io.newsflow.gateway.alert;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which webhook URLs a client may register. Only http and https, with no user name or password in them (a URL such
 * as {@code http://allowed-host:x@169.254.169.254/} goes to the host after the {@code @}). When an operator lists
 * allowed prefixes, a URL must have the scheme, host and port of one of them (a prefix ending its host with a bare colon,
 * such as {@code http://127.0.0.1:}, allows any port) and a path under its path. Otherwise, hosts a client may not name: this machine and private networks
 * (loopback, private and link-local ranges, such as a cloud's metadata address, unique-local IPv6, "localhost" and
 * names under .localhost, .local and .internal). Otherwise any reader could have the gateway post into the
 * backends or the cluster. At registration only names and literal addresses are judged; before each delivery
 * ({@link #sendRefusal}) the host is also looked up, so a public name that resolves to a private address is refused
 * then. A name whose answer changes between that look-up and the connection (DNS rebinding) is not caught, which is
 * why an operator running for real sets the allowed prefixes.
 */
public final class WebhookAddresses {

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

    private WebhookAddresses() {
    }

    /** Why {@code url} may not be a webhook, or null when it may. */
    public static String refusal(String url, Optional<String> allowedPrefixes) {
        URI uri = uri(url);
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return "webhook must be an http or https URL";
        }
        if (uri.getRawUserInfo() != null) {
            return "webhook URLs may not carry a user name or password";
        }
        if (allowedPrefixes.isPresent()) {
            return Arrays.stream(allowedPrefixes.get().split(",")).anyMatch(prefix -> under(uri, uri(prefix.trim())))
                    ? null : "webhook URLs must start with one of the allowed prefixes";
        }
        return isPrivate(uri.getHost()) ? "webhook must be a public address, not this machine or a private network "
                + "(an operator may allow such URLs with newsflow.gateway.webhooks.allowed-prefixes)" : null;
    }

    /** Looks a host name up; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * Why a delivery to {@code url} may not be made now, or null when it may: the registration rules, and, unless an
     * operator lists allowed prefixes, every address the host resolves to must be public. Blocks on DNS.
     *
     * @throws UnknownHostException when the host does not resolve (may pass: the delivery is retried)
     */
    public static String sendRefusal(String url, Optional<String> allowedPrefixes, Resolver resolver) throws UnknownHostException {
        String refusal = refusal(url, allowedPrefixes);
        if (refusal != null || allowedPrefixes.isPresent()) {
            return refusal;
        }
        String host = URI.create(url).getHost();
        for (InetAddress address : resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)) {
            if (isPrivate(address)) {
                return "webhook host " + host + " resolves to " + address.getHostAddress()
                        + ", this machine or a private network";
            }
        }
        return null;
    }

    private static boolean under(URI url, URI prefix) {
        return prefix != null && prefix.getHost() != null
                && url.getScheme().equalsIgnoreCase(prefix.getScheme())
                && url.getHost().equalsIgnoreCase(prefix.getHost())
                && (prefix.getRawAuthority().endsWith(":") || port(prefix) == port(url))
                && String.valueOf(url.getRawPath()).startsWith(prefix.getRawPath() == null ? "" : prefix.getRawPath());
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static URI uri(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code host} (as in a URI, IPv6 in brackets) names this machine or a private network. */
    static boolean isPrivate(String host) {
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
            return isPrivate(InetAddress.getByName(ipv6 ? name.substring(1, name.length() - 1) : name));
        } catch (UnknownHostException e) {
            // Digits and dots that are no address: refused rather than looked up.
            return true;
        }
    }

    /**
     * This machine, a private, shared (carrier NAT), benchmarking, link-local, multicast or broadcast network; for
     * IPv6 also unique-local addresses and the IPv4 address that a mapped, compatible, NAT64 or 6to4 one carries.
     */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] carried = carriedIpv4(b);
            return (b[0] & 0xfe) == 0xfc || (carried != null && isPrivate(ipv4(carried)));
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                          // 0.0.0.0/8, "this network"
                || (first == 100 && (second & 0xc0) == 64)          // 100.64.0.0/10, carrier-grade NAT
                || (first == 198 && (second & 0xfe) == 18)          // 198.18.0.0/15, benchmarking
                || first >= 240;                                    // 240.0.0.0/4 and the broadcast address
    }

    /** The IPv4 address inside an IPv6 one of the forms that carry one, or null. */
    private static byte[] carriedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        boolean sixToFour = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02;
        return sixToFour ? Arrays.copyOfRange(b, 2, 6) : null;
    }

    private static InetAddress ipv4(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
