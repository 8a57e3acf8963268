package io.newsflow.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newsflow.contracts.Problem;
import io.quarkus.logging.Log;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What every service answers for a failed request, as problem+json: the HTTP errors JAX-RS raises (with a detail a
 * caller can act on), a body that is not JSON, and anything unexpected as a bare 500 without stack trace or
 * address (those go to the log). A service maps its own exceptions in its own mapper; these mappers rank below the
 * service's (a lower priority), so a service may also take over one of these types.
 */
public class ProblemMapper {

    /** Below a service's own mappers (Priorities.USER), so that theirs win for the same exception type. */
    static final int PRIORITY = Priorities.USER + 1_000;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e) {
        return webApplicationProblem(e);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response malformedJson(JsonProcessingException e) {
        return malformedJsonProblem(e);
    }

    /**
     * JSON of the wrong shape (an array where a text goes, ...). quarkus-rest-jackson maps this type itself, at
     * priority USER + 100, to a 400 with an empty body; this mapper ranks above that one and still below a
     * service's own.
     */
    @ServerExceptionMapper(priority = Priorities.USER + 50)
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJsonProblem(e);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Exception e) {
        return unexpectedProblem(e);
    }

    /** A JAX-RS error as problem+json; a body that failed to parse as JSON is a 400 saying where. */
    public static Response webApplicationProblem(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJsonProblem(json);
        }
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 400 -> ownMessage(e, "the request is malformed");
            case 404 -> ownMessage(e, "no such resource");
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "none of the media types this resource answers in is acceptable to the Accept header";
            case 415 -> "this resource does not take that content type";
            default -> e.getMessage();
        };
        return response(Problem.of(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), detail));
    }

    public static Response malformedJsonProblem(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return response(Problem.of(400, "malformed-body", "Malformed body", "the body is not the JSON this route takes" + where));
    }

    public static Response unexpectedProblem(Exception e) {
        Log.error("request failed", e);
        return response(Problem.of(500, "internal", "Internal error", "the request could not be completed; see the service log"));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The exception's own message, unless it is JAX-RS's generic "HTTP 404 Not Found". */
    private static String ownMessage(WebApplicationException e, String fallback) {
        String message = e.getMessage();
        return message != null && !message.startsWith("HTTP " + e.getResponse().getStatus()) ? message : fallback;
    }
}
