package io.newsflow.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookAddressesTest {

    @Test
    void thisMachineAndPrivateNetworksArePrivate() {
        assertThat(new String[] {"127.0.0.1", "127.1", "2130706433", "0.0.0.0", "10.1.2.3", "172.16.0.9", "192.168.1.1",
                "169.254.169.254", "[::1]", "[fd12:3456::1]", "[fe80::1]", "[::ffff:127.0.0.1]", "localhost", "LOCALHOST.",
                "api.localhost", "printer.local", "metadata.google.internal", "999.1.1.1"})
                .allSatisfy(host -> assertThat(WebhookAddresses.isPrivate(host)).as(host).isTrue());
    }

    @Test
    void publicAddressesAndNamesAreNot() {
        assertThat(new String[] {"hooks.example.org", "93.184.216.34", "[2606:2800:220:1:248:1893:25c8:1946]", "local.example.com"})
                .allSatisfy(host -> assertThat(WebhookAddresses.isPrivate(host)).as(host).isFalse());
    }

    @Test
    void withoutPrefixesAPublicHttpUrlIsAllowedAndAPrivateOneIsNot() {
        assertThat(WebhookAddresses.refusal("https://hooks.example.org/newsflow", Optional.empty())).isNull();
        assertThat(WebhookAddresses.refusal("http://169.254.169.254/latest/meta-data", Optional.empty())).contains("public address");
        assertThat(WebhookAddresses.refusal("file:///etc/passwd", Optional.empty())).contains("http or https");
        assertThat(WebhookAddresses.refusal("https://hooks.example.org:x@127.0.0.1/", Optional.empty())).contains("user name");
    }

    @Test
    void withPrefixesAUrlNeedsTheSchemeHostPortAndPathOfOne() {
        Optional<String> prefixes = Optional.of("http://127.0.0.1:, https://hooks.example.com/newsflow/");
        assertThat(WebhookAddresses.refusal("http://127.0.0.1:18999/hook", prefixes)).isNull();
        assertThat(WebhookAddresses.refusal("https://hooks.example.com/newsflow/alerts", prefixes)).isNull();

        assertThat(WebhookAddresses.refusal("http://127.0.0.1:x@169.254.169.254/latest", prefixes)).contains("user name");
        assertThat(WebhookAddresses.refusal("https://hooks.example.com.evil.example/newsflow/", prefixes)).contains("allowed prefixes");
        assertThat(WebhookAddresses.refusal("https://hooks.example.com/other", prefixes)).contains("allowed prefixes");
        assertThat(WebhookAddresses.refusal("https://hooks.example.com:8443/newsflow/", prefixes)).contains("allowed prefixes");
        assertThat(WebhookAddresses.refusal("http://10.0.0.1/hook", prefixes)).contains("allowed prefixes");
    }

    @Test
    void atSendTimeAPublicNameResolvingIntoAPrivateNetworkIsRefused() throws UnknownHostException {
        WebhookAddresses.Resolver privateAnswer = host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
        WebhookAddresses.Resolver publicAnswer = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};

        assertThat(WebhookAddresses.sendRefusal("https://hooks.example.org/a", Optional.empty(), privateAnswer))
                .contains("resolves to 10.0.0.7");
        assertThat(WebhookAddresses.sendRefusal("https://hooks.example.org/a", Optional.empty(), publicAnswer)).isNull();
        assertThat(WebhookAddresses.sendRefusal("http://127.0.0.1:9/a", Optional.empty(), publicAnswer))
                .as("the registration rules hold at send time too, for searches saved before them").contains("public address");
        assertThat(WebhookAddresses.sendRefusal("http://127.0.0.1:9/a", Optional.of("http://127.0.0.1:"), privateAnswer))
                .as("an operator's allowed prefixes are trusted as they are").isNull();
    }

    @Test
    void addressesCarryingAPrivateIpv4AddressAndSharedRangesArePrivate() throws UnknownHostException {
        assertThat(WebhookAddresses.isPrivate(ipv6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 169, 254, 169, 254))).as("mapped").isTrue();
        assertThat(WebhookAddresses.isPrivate(ipv6(0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 1))).as("NAT64").isTrue();
        assertThat(WebhookAddresses.isPrivate(ipv6(0x20, 0x02, 192, 168, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).as("6to4").isTrue();
        assertThat(WebhookAddresses.isPrivate(ipv6(0x20, 0x02, 93, 184, 216, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).as("public 6to4").isFalse();
        assertThat(new String[] {"100.64.1.1", "100.100.100.200", "198.18.0.1", "0.1.2.3", "255.255.255.255"})
                .allSatisfy(host -> assertThat(WebhookAddresses.isPrivate(InetAddress.getByName(host))).as(host).isTrue());
        assertThat(WebhookAddresses.isPrivate(InetAddress.getByName("100.128.0.1"))).isFalse();
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
