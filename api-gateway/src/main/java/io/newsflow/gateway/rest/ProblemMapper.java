package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into problem+json, without stack traces. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return problem(Problem.of(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    /** Elasticsearch unreachable or overloaded: the caller may retry later. */
    @ServerExceptionMapper
    public Response searchUnavailable(java.io.IOException e) {
        Log.warn("Elasticsearch unavailable: " + e.getMessage());
        return problem(Problem.of(503, "search-unavailable", "Search unavailable", "the search engine does not answer; try again shortly"));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Log.error("request failed", e);
        return problem(Problem.of(500, "internal", "Internal error", "the request could not be completed; see the service log"));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
