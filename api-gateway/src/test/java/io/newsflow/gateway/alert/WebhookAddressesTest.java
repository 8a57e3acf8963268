package io.newsflow.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.support.net.PublicAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gateway's rules for webhooks; which addresses are private is tested with {@link PublicAddresses}. */
class WebhookAddressesTest {

    @Test
    void withoutPrefixesAPublicHttpUrlIsAllowedAndAPrivateOneIsNot() {
        assertThat(WebhookAddresses.refusal("https://hooks.example.org/newsflow", Optional.empty())).isNull();
        assertThat(WebhookAddresses.refusal("http://169.254.169.254/latest/meta-data", Optional.empty()))
                .isEqualTo("webhook must be a public address, not this machine or a private network "
                        + "(an operator may allow such URLs with newsflow.gateway.webhooks.allowed-prefixes)");
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
        assertThat(WebhookAddresses.refusal("https://hooks.example.org/newsflow", prefixes))
                .as("with prefixes set, a public URL outside them is refused too").contains("allowed prefixes");
    }

    @Test
    void atSendTimeAPublicNameResolvingIntoAPrivateNetworkIsRefused() throws UnknownHostException {
        PublicAddresses.Resolver privateAnswer = host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
        PublicAddresses.Resolver publicAnswer = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};

        assertThat(WebhookAddresses.sendRefusal("https://hooks.example.org/a", Optional.empty(), privateAnswer))
                .contains("resolves to 10.0.0.7");
        assertThat(WebhookAddresses.sendRefusal("https://hooks.example.org/a", Optional.empty(), publicAnswer)).isNull();
        assertThat(WebhookAddresses.sendRefusal("http://127.0.0.1:9/a", Optional.empty(), publicAnswer))
                .as("the registration rules hold at send time too, for searches saved before them").contains("public address");
        assertThat(WebhookAddresses.sendRefusal("http://127.0.0.1:9/a", Optional.of("http://127.0.0.1:"), privateAnswer))
                .as("an operator's allowed prefixes are trusted as they are").isNull();
    }
}
