package io.newsflow.ingest.rest;

import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.Problem;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.service.IngestMetrics;
import io.newsflow.ingest.wire.WireFormatException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared length is over the limit before its body is read, with the same problem+json
 * as every other refusal. Without it, a body over {@code quarkus.http.limits.max-body-size} gets Vert.x's bare
 * 413, and a push over {@code newsflow.ingest.max-document-bytes} is read in full only to be refused.
 * A chunked body (no Content-Length) over the HTTP limit still gets the bare 413: it is cut off while streaming.
 * A push refused here counts as a rejection ({@code too-large}), as one refused after reading does.
 */
@ApplicationScoped
public class BodyLimit {

    /** Runs before Quarkus's own body-size check and before the REST layer. */
    private static final int ORDER = -1_000;

    private final long maxBodyBytes;
    private final long maxDocumentBytes;
    private final IngestMetrics metrics;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody,
                     IngestConfig config, IngestMetrics metrics) {
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxDocumentBytes = config.maxDocumentBytes();
        this.metrics = metrics;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        boolean push = ctx.normalizedPath().startsWith("/v1/ingest");
        long limit = push ? Math.min(maxBodyBytes, maxDocumentBytes) : maxBodyBytes;
        if (length > limit) {
            if (push) {
                metrics.rejection(WireFormatException.TOO_LARGE);
            }
            Problem problem = Problem.of(413, WireFormatException.TOO_LARGE, "Document refused",
                    "The request body has " + length + " bytes; the limit is " + limit + " bytes.");
            ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(EventCodec.write(problem));
            return;
        }
        ctx.next();
    }
}
