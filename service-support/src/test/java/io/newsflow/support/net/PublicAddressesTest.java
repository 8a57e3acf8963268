package io.newsflow.support.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressesTest {

    private static final String SETTING = "newsflow.test.allowed-prefixes";

    private static PublicAddresses feeds(String allowedPrefixes) {
        return new PublicAddresses("feed", SETTING, Optional.ofNullable(allowedPrefixes), PublicAddresses.Prefixes.ALSO);
    }

    @Test
    void thisMachineAndPrivateNetworksArePrivate() {
        assertThat(new String[] {"127.0.0.1", "127.1", "2130706433", "0.0.0.0", "10.1.2.3", "172.16.0.9", "192.168.1.1",
                "169.254.169.254", "[::1]", "[fd12:3456::1]", "[fe80::1]", "[::ffff:127.0.0.1]", "localhost", "LOCALHOST.",
                "api.localhost", "printer.local", "metadata.google.internal", "999.1.1.1", "0x7f000001", "0x7F.1", "0xa.0.0.1"})
                .allSatisfy(host -> assertThat(PublicAddresses.isPrivate(host)).as(host).isTrue());
    }

    @Test
    void publicAddressesAndNamesAreNot() {
        assertThat(new String[] {"hooks.example.org", "93.184.216.34", "[2606:2800:220:1:248:1893:25c8:1946]", "local.example.com"})
                .allSatisfy(host -> assertThat(PublicAddresses.isPrivate(host)).as(host).isFalse());
    }

    @Test
    void addressesCarryingAPrivateIpv4AddressAndSharedRangesArePrivate() throws UnknownHostException {
        assertThat(PublicAddresses.isPrivate(ipv6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 169, 254, 169, 254))).as("mapped").isTrue();
        assertThat(PublicAddresses.isPrivate(ipv6(0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 1))).as("NAT64").isTrue();
        assertThat(PublicAddresses.isPrivate(ipv6(0x20, 0x02, 192, 168, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).as("6to4").isTrue();
        assertThat(PublicAddresses.isPrivate(ipv6(0x20, 0x02, 93, 184, 216, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).as("public 6to4").isFalse();
        assertThat(new String[] {"100.64.1.1", "100.100.100.200", "198.18.0.1", "0.1.2.3", "255.255.255.255"})
                .allSatisfy(host -> assertThat(PublicAddresses.isPrivate(InetAddress.getByName(host))).as(host).isTrue());
        assertThat(PublicAddresses.isPrivate(InetAddress.getByName("100.128.0.1"))).isFalse();
    }

    @Test
    void reservedAndSpecialPurposeAddressesAreNotPublic() {
        assertThat(new String[] {
                "0.255.255.255", "100.127.255.254", "192.0.0.8", "192.0.0.170", "192.0.2.1", "192.88.99.1",
                "198.19.255.255", "198.51.100.7", "203.0.113.9", "240.0.0.1", "224.0.0.1",
                "[::ffff:10.1.2.3]",                          // IPv4-mapped, a private address inside
                "[::8.8.8.8]", "[::ffff:0:8.8.8.8]",         // IPv4-compatible (deprecated), IPv4-translated
                "[64:ff9b::10.0.0.1]", "[64:ff9b::169.254.169.254]", // NAT64 of a private or metadata address
                "[64:ff9b:1::8.8.8.8]",                       // local-use NAT64
                "[2002:c0a8:101::1]", "[2002:7f00:1::1]",    // 6to4 wrapping 192.168.1.1, 127.0.0.1
                "[2001:0:4136:e378:8000:63bf:3fff:fdd2]",     // Teredo
                "[fc00::1]", "[fd00:ec2::254]",               // unique-local (the second: a cloud's metadata address)
                "[fe80::1]", "[febf::1]", "[fec0::1]",       // link-local, site-local
                "[ff02::1]", "[ff0e::1]",                     // multicast
                "[2001:db8::1]", "[3fff::1]", "[2001:2::1]",  // documentation, benchmarking
                "[100::1]", "[::]", "[::1]"})                 // discard-only, unspecified, loopback
                .allSatisfy(host -> assertThat(PublicAddresses.isPrivate(host)).as(host).isTrue());
    }

    @Test
    void addressesJustOutsideThoseRangesAndPublicIpv4InIpv6FormsArePublic() {
        assertThat(new String[] {
                "8.8.8.8", "100.63.255.255", "192.0.1.1", "192.0.3.1", "192.88.98.1", "198.17.255.255", "198.20.0.1",
                "198.51.99.1", "203.0.112.1", "223.255.255.254",
                "[2606:4700:4700::1111]", "[2001:db9::1]", "[3fff:1000::1]",
                "[::ffff:8.8.8.8]", "[64:ff9b::808:808]", "[2002:5db8:d822::1]"})
                .allSatisfy(host -> assertThat(PublicAddresses.isPrivate(host)).as(host).isFalse());
    }

    @Test
    void allowedPrefixesBesidesPublicUrlsLetOnlyThemThrough() {
        PublicAddresses addresses = feeds("http://127.0.0.1:");
        assertThat(addresses.refusal("https://news.example.org/rss.xml")).as("public URLs stay allowed").isNull();
        assertThat(addresses.refusal("http://127.0.0.1:8080/rss.xml")).isNull();
        assertThat(addresses.refusal("http://10.0.0.1/feed.xml"))
                .isEqualTo("feed must be a public address, not this machine or a private network "
                        + "(an operator may allow such URLs with " + SETTING + ")");
        assertThat(addresses.refusal("http://localhost:8080/rss.xml")).contains("public address");
        assertThat(feeds(null).refusal("http://127.0.0.1:8080/rss.xml")).as("nothing private by default").contains("public address");
    }

    @Test
    void aPathThatLeavesTheAllowedPrefixIsNotUnderIt() {
        PublicAddresses addresses = feeds("http://10.0.0.5/feeds/");
        assertThat(addresses.refusal("http://10.0.0.5/feeds/wire.xml")).isNull();
        assertThat(addresses.refusal("http://10.0.0.5/feeds/../admin")).contains("public address");
        assertThat(addresses.refusal("http://10.0.0.5/feeds/%2E%2E/admin")).contains("public address");
        assertThat(addresses.refusal("http://10.0.0.5/feeds/..%2fadmin")).contains("public address");
    }

    @Test
    void beforeACallTheHostIsLookedUpAndJudgedUnlessUnderAnAllowedPrefix() throws UnknownHostException {
        PublicAddresses.Resolver metadata = host -> new InetAddress[] {InetAddress.getByName("169.254.169.254")};

        assertThat(feeds(null).judgeCall("https://news.example.org/rss.xml", metadata).refusal())
                .isEqualTo("feed host news.example.org resolves to 169.254.169.254, this machine or a private network");
        assertThat(feeds(null).judgeCall("http://[::1]:8080/rss.xml", metadata).refusal()).contains("public address");
        assertThat(feeds("http://127.0.0.1:").judgeCall("http://127.0.0.1:8080/rss.xml", metadata).refusal()).isNull();
        assertThat(feeds("https://news.example.org/").judgeCall("https://news.example.org/rss.xml", metadata))
                .as("an operator's allowed prefixes are trusted as they are, and called at the address judged")
                .isEqualTo(new PublicAddresses.Call(null, InetAddress.getByName("169.254.169.254")));
    }

    /** An IPv6 address kept as such (InetAddress.getByAddress would turn a mapped one into IPv4). */
    private static InetAddress ipv6(int... bytes) throws UnknownHostException {
        byte[] address = new byte[16];
        for (int i = 0; i < 16; i++) {
            address[i] = (byte) bytes[i];
        }
        return Inet6Address.getByAddress(null, address, null);
    }
}
