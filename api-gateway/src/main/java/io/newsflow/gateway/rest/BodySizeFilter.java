package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared body larger than {@code newsflow.gateway.limits.max-body-bytes} with 413 problem+json before
 * reading it. A chunked body, which declares no length, is stopped by {@link BodySizeLimit} as it is read.
 */
@ApplicationScoped
public class BodySizeFilter {

    private final GatewayConfig config;

    public BodySizeFilter(GatewayConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return GatewayProblemMapper.problem(Problem.of(400, "bad-request", "Bad request", "Content-Length is not a number"));
        }
        if (declared > config.limits().maxBodyBytes()) {
            return GatewayProblemMapper.bodyTooLarge(new BodyTooLargeException(config.limits().maxBodyBytes()));
        }
        return null;
    }
}
