package io.newsflow.gateway.security;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.config.GatewayConfig;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-caller rate limit ({@link Callers}: an API key id, or a JWT's issuer and subject) after authentication: 429 problem+json with Retry-After.
 * Anonymous requests are not counted here: they are refused by the role checks anyway.
 */
@ApplicationScoped
public class RateLimitFilter {

    private final CurrentIdentityAssociation identities;
    private final GatewayConfig config;
    private final TokenBuckets buckets = new TokenBuckets(System::nanoTime);

    public RateLimitFilter(CurrentIdentityAssociation identities, GatewayConfig config) {
        this.identities = identities;
        this.config = config;
    }

    @ServerRequestFilter
    public Uni<Response> limit() {
        return identities.getDeferredIdentity()
                .map(this::check);
    }

    private Response check(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return null;
        }
        KeyHolder holder = identity.getAttribute(ApiKeyIdentityProvider.KEY_HOLDER);
        String caller = Callers.of(identity);
        boolean own = holder != null && holder.ratePerSecond() != null;
        int rate = own ? holder.ratePerSecond() : config.rateLimit().requestsPerSecond();
        // A key with its own rate may spend one second's worth at once; the others the configured burst.
        int burst = own ? rate : Math.max(config.rateLimit().burst(), rate);
        long wait = buckets.take(caller, rate, burst);
        if (wait == 0) {
            return null;
        }
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                .entity(Problem.of(429, "rate-limited", "Too many requests",
                        "this caller may make " + rate + " requests a second; retry after " + wait + " s"))
                .build();
    }
}
