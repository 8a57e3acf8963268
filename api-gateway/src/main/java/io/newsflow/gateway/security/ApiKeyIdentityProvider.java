package io.newsflow.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a presented API key into an identity: principal = key id, roles = the key's role and what it implies. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** Identity attribute holding the {@link KeyHolder}, for the rate limiter. */
    public static final String KEY_HOLDER = "newsflow.key-holder";
    /** Identity attribute holding the key's hash, so that a stream opened with it ends when it is revoked. */
    public static final String KEY_HASH = "newsflow.key-hash";

    private final ApiKeyService keys;
    private final FailedAuthentications failures;

    public ApiKeyIdentityProvider(ApiKeyService keys, FailedAuthentications failures) {
        this.keys = keys;
        this.failures = failures;
    }

    /** The client's address, as Vert.x sees it (the forwarded one when quarkus.http.proxy.* says to trust it). */
    private static String clientAddress(ApiKeyAuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        // Hashed once per request: the cache, the lookup and the identity all take the hash.
        String hash = ApiKeyService.hashOf(request.key());
        // Only a key PostgreSQL must be asked about costs anything: those are the ones counted and refused. Charged
        // before the lookup, so that wrong keys sent at once cannot all pass, and refunded unless the key was wrong.
        // The client's address is read only then: behind it, Vert.x parses the forwarding headers on every call.
        boolean lookup = !keys.answersWithoutLookup(hash);
        String address = lookup ? clientAddress(request) : null;
        long wait = lookup ? failures.charge(address) : 0;
        if (wait > 0) {
            return Uni.createFrom().failure(new TooManyFailedAuthenticationsException(wait));
        }
        return keys.resolveHash(hash)
                .onItemOrFailure().invoke((holder, failure) -> {
                    if (lookup && (failure != null || holder.isPresent())) {
                        failures.refund(address);
                    }
                })
                .map(holder -> holder.orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")))
                .map(holder -> QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(holder.keyId()))
                        .addRoles(Roles.implied(holder.role()))
                        .addAttribute(KEY_HOLDER, holder)
                        .addAttribute(KEY_HASH, hash)
                        .build());
    }
}
