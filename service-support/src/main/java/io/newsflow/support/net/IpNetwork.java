package io.newsflow.support.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 network written as a literal address and a prefix length, such as {@code 192.0.2.0/24}. */
record IpNetwork(byte[] prefix, int bits) {

    /** Parses {@code cidr}; the address part is a literal, never looked up. */
    static IpNetwork of(String cidr) {
        int slash = cidr.indexOf('/');
        String literal = cidr.substring(0, slash);
        try {
            byte[] address = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && address.length == 4) {
                // The JDK gives an IPv4-mapped IPv6 literal as the IPv4 address; the network is the IPv6 one.
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(address, 0, mapped, 12, 4);
                address = mapped;
            }
            return new IpNetwork(address, Integer.parseInt(cidr.substring(slash + 1)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a literal address: " + cidr, e);
        }
    }

    /** Whether {@code address} (4 or 16 bytes, as {@link InetAddress#getAddress()} gives) is in this network. */
    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
    }
}
