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

    /** 0 when {@code address} may have a key looked up, else the whole seconds it must wait. */
    public long refusedFor(String address) {
        return buckets.waitFor(address, config.rateLimit().failedAuthenticationsPerSecond(),
                config.rateLimit().failedAuthenticationsBurst());
    }

    /** A key presented from {@code address} was unknown or revoked. */
    public void failed(String address) {
        buckets.take(address, config.rateLimit().failedAuthenticationsPerSecond(),
                config.rateLimit().failedAuthenticationsBurst());
    }
}
