package io.newsflow.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a presented API key into an identity: principal = key id, roles = the key's role and what it implies. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** Identity attribute holding the {@link KeyHolder}, for the rate limiter. */
    public static final String KEY_HOLDER = "newsflow.key-holder";

    private final ApiKeyService keys;

    public ApiKeyIdentityProvider(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return keys.resolve(request.key())
                .map(holder -> holder.orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")))
                .map(holder -> QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(holder.keyId()))
                        .addRoles(Roles.implied(holder.role()))
                        .addAttribute(KEY_HOLDER, holder)
                        .build());
    }
}
