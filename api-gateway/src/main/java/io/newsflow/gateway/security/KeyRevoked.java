package io.newsflow.gateway.security;

/**
 * A CDI event: the key with this hash was revoked (here or on another replica), so what is still open with it (a
 * live stream) must end.
 */
public record KeyRevoked(String keyHash) {
}
