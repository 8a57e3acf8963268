package io.newsflow.ingest.client;

import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.support.net.PublicAddresses;

/**
 * Which feed URLs this service may fetch: any public http(s) URL, and those under
 * {@code newsflow.ingest.feeds.allowed-prefixes}; judged at registration and again before every request, redirects
 * included, so that a feed can not make the service read this machine, the cluster or a cloud's metadata address.
 */
public final class FeedAddresses {

    private static final String SETTING = "newsflow.ingest.feeds.allowed-prefixes";

    private FeedAddresses() {
    }

    public static PublicAddresses of(IngestConfig config) {
        return new PublicAddresses("feed", SETTING, config.feeds().allowedPrefixes(), PublicAddresses.Prefixes.ALSO);
    }
}
