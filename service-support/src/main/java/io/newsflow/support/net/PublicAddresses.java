package io.newsflow.support.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which URLs a service may call on a client's word (webhooks, polled feeds). Only http and https, with no user name
 * or password in them (a URL such as {@code http://allowed-host:x@169.254.169.254/} goes to the host after the
 * {@code @}). A URL under one of the operator's allowed prefixes is trusted as it is: it must have the scheme, host
 * and port of one of them (a prefix ending its host with a bare colon, such as {@code http://127.0.0.1:}, allows any
 * port) and a path under its path. Otherwise its host may not be this machine or a private network (loopback,
 * private and link-local ranges, such as a cloud's metadata address, unique-local IPv6, "localhost" and names under
 * .localhost, .local and .internal): else any client could have the service call into the backends or the cluster.
 * With {@link Prefixes#ONLY} the prefixes, when set, are the only URLs allowed at all.
 * <p>
 * At registration ({@link #refusal}) only names and literal addresses are judged; before each call
 * ({@link #callRefusal}) the host is also looked up, so a public name that resolves to a private address is refused
 * then. A caller must connect to the address it judged (the feed fetcher and the webhook sender do), so that a name
 * whose answer changes in between (DNS rebinding) cannot send it elsewhere; a network policy is the second line.
 */
public final class PublicAddresses {

    /** What a list of allowed prefixes means. */
    public enum Prefixes {
        /** When set, the only URLs allowed. */
        ONLY,
        /** Allowed besides any public URL (typically the private addresses an operator trusts). */
        ALSO
    }

    /** Looks a host name up; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Digits and dots, or the hexadecimal parts ({@code 0x7f000001}, {@code 0x7f.1}) some resolvers take. */
    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+|(?:0x[0-9a-f]*|[0-9]+)(?:\\.(?:0x[0-9a-f]*|[0-9]+))*");
    /** IPv4 networks that are not the internet, besides those {@link InetAddress} names (loopback, private, ...). */
    private static final List<IpNetwork> NOT_PUBLIC_IPV4 = Stream.of(
            "0.0.0.0/8",        // "this network"
            "100.64.0.0/10",    // shared address space, carrier-grade NAT
            "192.0.0.0/24",     // IETF protocol assignments
            "192.0.2.0/24",     // documentation, TEST-NET-1
            "192.88.99.0/24",   // 6to4 relay anycast, deprecated
            "198.18.0.0/15",    // benchmarking
            "198.51.100.0/24",  // documentation, TEST-NET-2
            "203.0.113.0/24",   // documentation, TEST-NET-3
            "240.0.0.0/4")      // reserved, and the broadcast address
            .map(IpNetwork::of).toList();
    /** The only IPv6 space handed out for the internet. */
    private static final IpNetwork GLOBAL_UNICAST = IpNetwork.of("2000::/3");
    /** Parts of {@link #GLOBAL_UNICAST} that are not the internet. */
    private static final List<IpNetwork> NOT_PUBLIC_IPV6 = Stream.of(
            "2001::/32",        // Teredo: tunnels to an IPv4 address it hides
            "2001:2::/48",      // benchmarking
            "2001:db8::/32",    // documentation
            "3fff::/20")        // documentation
            .map(IpNetwork::of).toList();
    private static final IpNetwork IPV4_MAPPED = IpNetwork.of("::ffff:0:0/96");
    private static final IpNetwork NAT64 = IpNetwork.of("64:ff9b::/96");
    private static final IpNetwork SIX_TO_FOUR = IpNetwork.of("2002::/16");
    private static final Pattern ENCODED_DOT_OR_SLASH = Pattern.compile("%2[ef]", Pattern.CASE_INSENSITIVE);

    private final String subject;
    private final String setting;
    private final List<URI> allowed;
    private final boolean onlyAllowed;

    /**
     * @param subject         what the URL is, as messages name it ("webhook", "feed")
     * @param setting         the setting that holds {@code allowedPrefixes}, named in the refusal of a private address
     * @param allowedPrefixes comma-separated URL prefixes, or empty
     */
    public PublicAddresses(String subject, String setting, Optional<String> allowedPrefixes, Prefixes meaning) {
        this.subject = subject;
        this.setting = setting;
        this.allowed = allowedPrefixes.stream()
                .flatMap(prefixes -> Arrays.stream(prefixes.split(",")))
                .map(String::trim)
                .filter(prefix -> !prefix.isEmpty())
                .map(PublicAddresses::uri)
                .toList();
        this.onlyAllowed = meaning == Prefixes.ONLY && allowedPrefixes.isPresent();
    }

    /** Why {@code url} may not be registered, or null when it may. Never looks a name up. */
    public String refusal(String url) {
        URI uri = uri(url);
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return subject + " must be an http or https URL";
        }
        if (uri.getRawUserInfo() != null) {
            return subject + " URLs may not carry a user name or password";
        }
        if (isAllowed(uri)) {
            return null;
        }
        if (onlyAllowed) {
            return subject + " URLs must start with one of the allowed prefixes";
        }
        return isPrivate(uri.getHost()) ? subject + " must be a public address, not this machine or a private network "
                + "(an operator may allow such URLs with " + setting + ")" : null;
    }

    /**
     * A URL judged for a call now: why it may not be called ({@code refusal}, null when it may), else the address to
     * connect to, the one that was judged, so that a second DNS answer cannot send the call elsewhere.
     */
    public record Call(String refusal, InetAddress server) {
    }

    /**
     * Judges {@code url} for a call now, looking its host up once: the registration rules, and, unless it is under an
     * allowed prefix, every address the host resolves to must be public. Blocks on DNS.
     *
     * @throws UnknownHostException when the host does not resolve
     */
    public Call judgeCall(String url, Resolver resolver) throws UnknownHostException {
        String refusal = refusal(url);
        if (refusal != null) {
            return new Call(refusal, null);
        }
        URI uri = URI.create(url);
        InetAddress[] addresses = resolver.resolve(lookupName(uri));
        if (!isAllowed(uri)) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    return new Call(subject + " host " + uri.getHost() + " resolves to " + address.getHostAddress()
                            + ", this machine or a private network", null);
                }
            }
        }
        return new Call(null, addresses[0]);
    }

    private boolean isAllowed(URI url) {
        return allowed.stream().anyMatch(prefix -> under(url, prefix));
    }

    /**
     * Whether {@code url} is under {@code prefix}. A path with dot segments, or with an encoded dot or slash, is under
     * no prefix: the receiver would resolve it to another path than the one compared.
     */
    private static boolean under(URI url, URI prefix) {
        String path = String.valueOf(url.getRawPath());
        if (!path.equals(String.valueOf(url.normalize().getRawPath())) || ENCODED_DOT_OR_SLASH.matcher(path).find()) {
            return false;
        }
        return prefix != null && prefix.getHost() != null
                && url.getScheme().equalsIgnoreCase(prefix.getScheme())
                && url.getHost().equalsIgnoreCase(prefix.getHost())
                && (prefix.getRawAuthority().endsWith(":") || port(prefix) == port(url))
                && String.valueOf(url.getRawPath()).startsWith(prefix.getRawPath() == null ? "" : prefix.getRawPath());
    }

    /** The host of {@code uri} as a resolver takes it: an IPv6 literal without its brackets. */
    public static String lookupName(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The port {@code uri} names, or its scheme's default. */
    public static int port(URI uri) {
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
            return isPrivate(InetAddress.getByName(ipv6 ? name.substring(1, name.length() - 1) : name));
        } catch (UnknownHostException e) {
            // Digits and dots (or hexadecimal parts) that are no address here: refused rather than looked up.
            return true;
        }
    }

    /**
     * This machine, a private, shared (carrier NAT), benchmarking, documentation, reserved, link-local, multicast or
     * broadcast network. An IPv6 address is public only in global unicast space (2000::/3) outside its documentation,
     * benchmarking and Teredo ranges, or when it is a mapped, NAT64 or 6to4 form of a public IPv4 address: any other
     * form (IPv4-compatible, local-use NAT64, discard-only, unique-local, site-local) is not.
     */
    public static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] carried = carriedIpv4(b);
            if (carried != null) {
                return isPrivate(ipv4(carried));
            }
            return !GLOBAL_UNICAST.contains(b) || NOT_PUBLIC_IPV6.stream().anyMatch(network -> network.contains(b));
        }
        return NOT_PUBLIC_IPV4.stream().anyMatch(network -> network.contains(b));
    }

    /** The IPv4 address inside an IPv6 one of the forms that reach it (mapped, NAT64, 6to4), or null. */
    private static byte[] carriedIpv4(byte[] b) {
        if (IPV4_MAPPED.contains(b) || NAT64.contains(b)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        return SIX_TO_FOUR.contains(b) ? Arrays.copyOfRange(b, 2, 6) : null;
    }

    private static InetAddress ipv4(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
