package io.newsflow.gateway.alert;

import io.newsflow.support.net.PublicAddresses;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which webhook URLs a client may register and the gateway may post to: {@link PublicAddresses}, where the operator's
 * {@code newsflow.gateway.webhooks.allowed-prefixes}, when set, are the only URLs allowed (private addresses
 * included); when not set, any public http(s) URL. Otherwise any reader could have the gateway post into the
 * backends or the cluster.
 */
public final class WebhookAddresses {

    private static final String SETTING = "newsflow.gateway.webhooks.allowed-prefixes";

    private WebhookAddresses() {
    }

    /** Why {@code url} may not be a webhook, or null when it may. */
    public static String refusal(String url, Optional<String> allowedPrefixes) {
        return judge(allowedPrefixes).refusal(url);
    }

    /**
     * Why a delivery to {@code url} may not be made now, or null when it may: the registration rules, and, unless an
     * operator lists allowed prefixes, every address the host resolves to must be public. Blocks on DNS.
     *
     * @throws UnknownHostException when the host does not resolve (may pass: the delivery is retried)
     */
    public static String sendRefusal(String url, Optional<String> allowedPrefixes, PublicAddresses.Resolver resolver)
            throws UnknownHostException {
        return judge(allowedPrefixes).callRefusal(url, resolver);
    }

    private static PublicAddresses judge(Optional<String> allowedPrefixes) {
        return new PublicAddresses("webhook", SETTING, allowedPrefixes, PublicAddresses.Prefixes.ONLY);
    }
}
