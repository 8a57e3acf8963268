package io.newsflow.gateway.rest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.contracts.Problem;
import io.newsflow.gateway.client.BackendUnavailableException;
import io.newsflow.gateway.query.QuerySyntaxException;
import io.newsflow.gateway.security.ApiKeyAuthenticationMechanism;
import io.newsflow.gateway.security.TooManyFailedAuthenticationsException;
import io.newsflow.gateway.service.TooManyCursorsException;
import io.newsflow.support.rest.ProblemMapper;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The gateway's own failures as problem+json: bad parameters and query syntax, authentication, backends and
 * Elasticsearch; 4xx with a message that helps the caller, 5xx without stack traces, hostnames or ports (those go to
 * the log). What every service maps alike (JAX-RS errors, malformed JSON, the unexpected) is service-support's
 * {@link ProblemMapper}; failures that arrive wrapped (CompletionException, ExecutionException) are unwrapped here and
 * mapped as what they wrap.
 */
public class GatewayProblemMapper {

    private static final String AUTH_CHALLENGE = "ApiKey header=\"" + ApiKeyAuthenticationMechanism.HEADER + "\", Bearer";

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        Map<String, Object> body = base(Problem.of(400, "invalid-parameter", "Invalid parameter", e.getMessage()));
        body.put("parameter", e.parameter());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response querySyntax(QuerySyntaxException e) {
        Map<String, Object> body = base(Problem.of(400, "query-syntax", "Query syntax error",
                e.getMessage() + " at position " + e.position()));
        body.put("parameter", "q");
        body.put("position", e.position());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        // Quarkus security may carry a provider's own failure as the cause of an AuthenticationFailedException.
        if (e.getCause() instanceof TooManyFailedAuthenticationsException tooMany) {
            return tooManyFailedAuthentications(tooMany);
        }
        return unauthorized("the API key or token is not valid");
    }

    @ServerExceptionMapper
    public Response tooManyFailedAuthentications(TooManyFailedAuthenticationsException e) {
        return retryAfter(e.retryAfterSeconds(), Problem.of(429, "too-many-failed-authentications", "Too many failed authentications",
                "too many unknown or revoked keys came from this address; retry after " + e.retryAfterSeconds() + " s"));
    }

    @ServerExceptionMapper
    public Response tooManyCursors(TooManyCursorsException e) {
        return retryAfter(e.retryAfterSeconds(), Problem.of(429, "too-many-cursors", "Too many cursors", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized("send an API key in the " + ApiKeyAuthenticationMechanism.HEADER + " header, or a JWT as Authorization: Bearer");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.of(403, "forbidden", "Forbidden", "this key's role may not use this route"));
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e) {
        return bodyTooLarge(e);
    }

    /** The rest of the body is not read: the connection closes after the answer. */
    static Response bodyTooLarge(BodyTooLargeException e) {
        return Response.status(413).type(Problem.MEDIA_TYPE)
                .header("Connection", "close")
                .entity(Problem.of(413, "too-large", "Request too large", e.getMessage()))
                .build();
    }

    @ServerExceptionMapper
    public Response tooManyStreams(TooManyStreamsException e) {
        return problem(Problem.of(429, "too-many-streams", "Too many streams", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response backendUnavailable(BackendUnavailableException e) {
        Log.warnf("%s unavailable: %s", e.backend(), e.getCause() == null ? "" : e.getCause().toString());
        return problem(Problem.of(503, "backend-unavailable", "Service unavailable",
                e.backend() + " does not answer; try again shortly"));
    }

    @ServerExceptionMapper
    public Response completionFailed(CompletionException e) {
        return dispatch(unwrap(e));
    }

    @ServerExceptionMapper
    public Response executionFailed(ExecutionException e) {
        return dispatch(unwrap(e));
    }

    @ServerExceptionMapper
    public Response elasticsearchFailed(ElasticsearchException e) {
        return elasticsearch(e);
    }

    @ServerExceptionMapper
    public Response transportFailed(TransportException e) {
        return unavailable(e);
    }

    @ServerExceptionMapper
    public Response ioFailed(IOException e) {
        return unavailable(e);
    }

    private Response dispatch(Throwable e) {
        if (e instanceof WebApplicationException w) {
            return ProblemMapper.webApplicationProblem(w);
        }
        if (e instanceof InvalidParameterException p) {
            return invalidParameter(p);
        }
        if (e instanceof QuerySyntaxException q) {
            return querySyntax(q);
        }
        if (e instanceof BackendUnavailableException b) {
            return backendUnavailable(b);
        }
        if (e instanceof AuthenticationFailedException a) {
            return authenticationFailed(a);
        }
        if (e instanceof TooManyFailedAuthenticationsException t) {
            return tooManyFailedAuthentications(t);
        }
        if (e instanceof TooManyCursorsException c) {
            return tooManyCursors(c);
        }
        if (e instanceof BodyTooLargeException b) {
            return tooLarge(b);
        }
        if (e instanceof UnauthorizedException u) {
            return unauthorized(u);
        }
        if (e instanceof ForbiddenException f) {
            return forbidden(f);
        }
        if (e instanceof ElasticsearchException es) {
            return elasticsearch(es);
        }
        if (e instanceof IOException || e instanceof TransportException) {
            return unavailable(e);
        }
        if (e instanceof JsonProcessingException json) {
            return ProblemMapper.malformedJsonProblem(json);
        }
        return ProblemMapper.unexpectedProblem(e instanceof Exception x ? x : new RuntimeException(e));
    }

    private static Response unavailable(Throwable e) {
        Log.warn("Elasticsearch unavailable: " + e);
        return problem(Problem.of(503, "search-unavailable", "Search unavailable", "the search engine does not answer; try again shortly"));
    }

    /** A 4xx from Elasticsearch means the query built from the request was refused (e.g. too many clauses). */
    private static Response elasticsearch(ElasticsearchException e) {
        int status = e.status();
        String reason = e.error() == null ? "unknown" : e.error().type();
        if (status >= 400 && status < 500 && status != 429) {
            Log.infof("Elasticsearch refused a query: %s", e.getMessage());
            return problem(Problem.of(400, "query-refused", "Query refused",
                    "the search engine refused this query (" + reason + "); simplify it"));
        }
        Log.warnf("Elasticsearch failed: %s", e.getMessage());
        return problem(Problem.of(503, "search-unavailable", "Search unavailable", "the search engine is busy or failing; try again shortly"));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Response retryAfter(long seconds, Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .entity(problem)
                .build();
    }

    private static Response unauthorized(String detail) {
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, AUTH_CHALLENGE)
                .entity(Problem.of(401, "unauthorized", "Unauthorized", detail))
                .build();
    }

    private static Map<String, Object> base(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        return body;
    }

    static Response problem(Problem problem) {
        return ProblemMapper.response(problem);
    }
}
