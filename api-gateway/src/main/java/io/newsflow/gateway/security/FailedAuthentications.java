package io.newsflow.gateway.security;

import io.newsflow.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Failed authentications per client address, as token buckets: each distinct wrong key costs a PostgreSQL lookup,
 * so an address that has used up {@code newsflow.gateway.rate-limit.failed-authentications-*} is refused (429)
 * before its next key is looked up. Keys already answered from the cache cost nothing and are never refused here.
 */
@ApplicationScoped
public class FailedAuthentications {

    private final TokenBuckets buckets = new TokenBuckets(System::nanoTime);
    private final GatewayConfig config;

    public FailedAuthentications(GatewayConfig config) {
        this.config = config;
    }

    /**
     * Charges {@code address} for a key lookup before it is made, so that lookups sent at once cannot all pass: 0
     * when it may go ahead, else the whole seconds it must wait.
     */
    public long charge(String address) {
        return buckets.take(address, config.rateLimit().failedAuthenticationsPerSecond(),
                config.rateLimit().failedAuthenticationsBurst());
    }

    /**
     * The lookup charged for {@code address} found no wrong key (the key was active, or PostgreSQL did not answer):
     * it does not count.
     */
    public void refund(String address) {
        buckets.giveBack(address, config.rateLimit().failedAuthenticationsBurst());
    }
}
