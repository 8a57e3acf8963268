package io.newsflow.gateway.alert;

import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.support.net.PublicAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which webhook URLs a client may register and the gateway may post to: {@link PublicAddresses}, where the operator's
 * {@code newsflow.gateway.webhooks.allowed-prefixes}, when set, are the only URLs allowed (private addresses
 * included); when not set, any public http(s) URL. Otherwise any reader could have the gateway post into the
 * backends or the cluster. The prefixes are read once, when the bean is made.
 */
@ApplicationScoped
public class WebhookAddresses {

    private static final String SETTING = "newsflow.gateway.webhooks.allowed-prefixes";

    private final PublicAddresses rules;

    @Inject
    public WebhookAddresses(GatewayConfig config) {
        this(config.webhooks().allowedPrefixes());
    }

    public WebhookAddresses(Optional<String> allowedPrefixes) {
        this.rules = new PublicAddresses("webhook", SETTING, allowedPrefixes, PublicAddresses.Prefixes.ONLY);
    }

    /** Why {@code url} may not be a webhook, or null when it may. */
    public String refusal(String url) {
        return rules.refusal(url);
    }

    /**
     * A delivery to {@code url} judged now, its host looked up once: why it may not be made, else the address to post
     * to. The registration rules, and, unless an operator lists allowed prefixes, every address {@code resolver} gives
     * for the host must be public. Blocks on DNS.
     *
     * @throws UnknownHostException when the host does not resolve (may pass: the delivery is retried)
     */
    public PublicAddresses.Call judgeSend(String url, PublicAddresses.Resolver resolver) throws UnknownHostException {
        return rules.judgeCall(url, resolver);
    }
}
