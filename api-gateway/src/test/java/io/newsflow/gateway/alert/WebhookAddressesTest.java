package io.newsflow.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.support.net.PublicAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gateway's rules for webhooks; which addresses are private is tested with {@link PublicAddresses}. */
class WebhookAddressesTest {

    private static final WebhookAddresses ANY_PUBLIC = new WebhookAddresses(Optional.empty());

    @Test
    void withoutPrefixesAPublicHttpUrlIsAllowedAndAPrivateOneIsNot() {
        assertThat(ANY_PUBLIC.refusal("https://hooks.example.org/newsflow")).isNull();
        assertThat(ANY_PUBLIC.refusal("http://169.254.169.254/latest/meta-data"))
                .isEqualTo("webhook must be a public address, not this machine or a private network "
                        + "(an operator may allow such URLs with newsflow.gateway.webhooks.allowed-prefixes)");
        assertThat(ANY_PUBLIC.refusal("file:///etc/passwd")).contains("http or https");
        assertThat(ANY_PUBLIC.refusal("https://hooks.example.org:x@127.0.0.1/")).contains("user name");
    }

    @Test
    void withPrefixesAUrlNeedsTheSchemeHostPortAndPathOfOne() {
        WebhookAddresses allowing = new WebhookAddresses(Optional.of("http://127.0.0.1:, https://hooks.example.com/newsflow/"));
        assertThat(allowing.refusal("http://127.0.0.1:18999/hook")).isNull();
        assertThat(allowing.refusal("https://hooks.example.com/newsflow/alerts")).isNull();

        assertThat(allowing.refusal("http://127.0.0.1:x@169.254.169.254/latest")).contains("user name");
        assertThat(allowing.refusal("https://hooks.example.com.evil.example/newsflow/")).contains("allowed prefixes");
        assertThat(allowing.refusal("https://hooks.example.com/other")).contains("allowed prefixes");
        assertThat(allowing.refusal("https://hooks.example.com:8443/newsflow/")).contains("allowed prefixes");
        assertThat(allowing.refusal("http://10.0.0.1/hook")).contains("allowed prefixes");
        assertThat(allowing.refusal("https://hooks.example.org/newsflow"))
                .as("with prefixes set, a public URL outside them is refused too").contains("allowed prefixes");
    }

    @Test
    void atSendTimeAPublicNameResolvingIntoAPrivateNetworkIsRefused() throws UnknownHostException {
        PublicAddresses.Resolver privateAnswer = host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
        PublicAddresses.Resolver publicAnswer = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};

        assertThat(ANY_PUBLIC.judgeSend("https://hooks.example.org/a", privateAnswer).refusal())
                .contains("resolves to 10.0.0.7");
        assertThat(ANY_PUBLIC.judgeSend("https://hooks.example.org/a", publicAnswer).refusal()).isNull();
        assertThat(ANY_PUBLIC.judgeSend("http://127.0.0.1:9/a", publicAnswer).refusal())
                .as("the registration rules hold at send time too, for searches saved before them").contains("public address");
        assertThat(new WebhookAddresses(Optional.of("http://127.0.0.1:")).judgeSend("http://127.0.0.1:9/a", privateAnswer).refusal())
                .as("an operator's allowed prefixes are trusted as they are").isNull();
    }
}
