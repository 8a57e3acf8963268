package io.newsflow.ingest.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.ingest.service.FeedPoller;
import io.newsflow.ingest.service.FeedRegistry;
import io.newsflow.ingest.wire.WireFormatException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into problem+json: a 4xx naming the problem, or a bare 500 without details. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response wireFormat(WireFormatException e) {
        int status = switch (e.reason()) {
            case WireFormatException.TOO_LARGE -> 413;
            case WireFormatException.UNKNOWN_FORMAT, WireFormatException.CONTENT_TYPE_MISMATCH -> 415;
            case WireFormatException.INTERNAL -> 500;
            default -> 400;
        };
        return problem(Problem.of(status, e.reason(), "Document refused", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidFeed(FeedRegistry.InvalidFeedException e) {
        return problem(Problem.of(400, "invalid-feed", "Invalid feed", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response feedExists(FeedRegistry.FeedExistsException e) {
        return problem(Problem.of(409, "feed-exists", "Feed already registered", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response pollInProgress(FeedPoller.PollInProgressException e) {
        return problem(Problem.of(409, "poll-in-progress", "Poll in progress", e.getMessage()));
    }

    /** The body could not be read: cut off by the HTTP size limit (answered 413 already), or the client went away. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (e.getMessage() != null && e.getMessage().contains("too large")) {
            return problem(Problem.of(413, WireFormatException.TOO_LARGE, "Document refused", "The request body is over the size limit."));
        }
        return problem(Problem.of(400, "unreadable-body", "Request body unreadable", "the request body could not be read"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return problem(Problem.of(status, "http-" + status, title, e.getMessage()));
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
