package io.newsflow.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The gateway's calls to ingest-service and extract-service, each behind a timeout and a circuit breaker (so a
 * backend that is down costs callers milliseconds, not the timeout), and retried only when the call is safe to
 * repeat (reads). A 5xx answer counts as a failure of the backend; 4xx answers pass through to the caller.
 */
@ApplicationScoped
public class Backends {

    public static final String INGEST = "ingest-service";
    public static final String EXTRACT = "extract-service";

    private final IngestClient ingest;
    private final ExtractClient extract;

    public Backends(@RestClient IngestClient ingest, @RestClient ExtractClient extract) {
        this.ingest = ingest;
        this.extract = extract;
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = BackendUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<List<Map<String, Object>>> ledger(String articleId) {
        return ingest.ledger(articleId);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Response> latestLedger(String outcome, String channel, String source, String since, int limit) {
        return ingest.latestLedger(outcome, channel, source, since, limit).map(Backends::failOn5xx);
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Response> push(byte[] body, String contentType) {
        return ingest.push(body, contentType).map(Backends::failOn5xx);
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Response> feeds(String id) {
        return (id == null ? ingest.feeds() : ingest.feed(id)).map(Backends::failOn5xx);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Response> changeFeed(String method, String id, byte[] body) {
        Uni<Response> call = switch (method) {
            case "POST" -> ingest.createFeed(body);
            case "PATCH" -> ingest.updateFeed(id, body);
            case "enable", "disable", "poll" -> ingest.feedAction(id, method);
            default -> ingest.deleteFeed(id);
        };
        return call.map(Backends::failOn5xx);
    }

    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Response> extract(byte[] body, String format) {
        // Extraction has no side effect, so it is safe to retry.
        return extract.extract(body, format).map(Backends::failOn5xx);
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Response> knowledgeEntity(String id) {
        return extract.knowledgeEntity(id).map(Backends::failOn5xx);
    }

    /**
     * The names per language the extraction knowledge base holds for an entity (its preferred name under "en"),
     * for an entity's page; empty when the knowledge base does not know the id (an entity not linked).
     */
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = BackendUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Map<String, List<String>>> knowledgeNames(String id) {
        return extract.knowledgeEntity(id).map(Backends::failOn5xx).map(Backends::namesByLanguage);
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> namesByLanguage(Response response) {
        if (response.getStatus() == 404) {
            return Map.of();
        }
        Map<String, Object> entity = response.readEntity(Map.class);
        Map<String, List<String>> names = new TreeMap<>();
        if (entity.get("namesByLanguage") instanceof Map<?, ?> byLanguage) {
            byLanguage.forEach((language, list) -> names.put(language.toString(), new ArrayList<>((List<String>) list)));
        }
        if (entity.get("preferredName") instanceof String preferred) {
            List<String> english = names.computeIfAbsent("en", k -> new ArrayList<>());
            english.remove(preferred);
            english.add(0, preferred);
        }
        return names;
    }

    /** Curation writes (add an entity, an alias, a merge): not retried. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Response> curate(String id, String action, byte[] body) {
        return (id == null ? extract.addEntity(body) : extract.entityAction(id, action, body)).map(Backends::failOn5xx);
    }

    private static Response failOn5xx(Response response) {
        if (response.getStatus() >= 500) {
            throw new BackendFailedException(response.getStatus());
        }
        return response;
    }

    /** A backend answered 5xx: a failure for the circuit breaker. */
    public static final class BackendFailedException extends RuntimeException {
        public BackendFailedException(int status) {
            super("backend answered " + status);
        }
    }
}
