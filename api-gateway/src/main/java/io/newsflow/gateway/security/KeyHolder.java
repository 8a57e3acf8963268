package io.newsflow.gateway.security;

/** Who a valid API key belongs to, as the request sees it: no hash, no key. */
public record KeyHolder(String keyId, String role, String name, Integer ratePerSecond) {

    static KeyHolder of(ApiKey key) {
        return new KeyHolder(key.id, key.role, key.name, key.ratePerSecond);
    }
}
