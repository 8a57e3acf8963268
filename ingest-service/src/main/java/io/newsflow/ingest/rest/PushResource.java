package io.newsflow.ingest.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.newsflow.ingest.service.IngestMetrics;
import io.newsflow.ingest.service.IngestResult;
import io.newsflow.ingest.service.ItemOutcome;
import io.newsflow.ingest.service.WireIngestion;
import io.newsflow.ingest.wire.WireFormatException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The HTTP push endpoint: a wire document in any supported format in the body; 202 with what became of each item,
 * or a problem+json 4xx naming what is wrong with the document, counted as a rejection by its problem type.
 */
@Path("/v1/ingest")
public class PushResource {

    public static final String CHANNEL = "http";
    public static final String NO_USABLE_ITEM = "no-usable-item";

    private final WireIngestion ingestion;
    private final IngestMetrics metrics;

    public PushResource(WireIngestion ingestion, IngestMetrics metrics) {
        this.ingestion = ingestion;
        this.metrics = metrics;
    }

    /** The summary a pushing client gets back: the detected format and each item's outcome. */
    public record PushResponse(String format, int published, List<ItemOutcome> items) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Uni<Response> push(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return ingestion.ingest(body, contentType, CHANNEL)
                .onFailure(WireFormatException.class).invoke(e -> metrics.rejection(((WireFormatException) e).reason()))
                .map(this::response);
    }

    private Response response(IngestResult result) {
        boolean allRejected = !result.items().isEmpty()
                && result.items().stream().allMatch(i -> i.outcome() == LedgerOutcome.REJECTED);
        if (result.items().isEmpty() || allRejected) {
            String detail = result.items().isEmpty() ? "the document holds no items"
                    : "every item was rejected; first: " + result.items().get(0).reason();
            metrics.rejection(NO_USABLE_ITEM);
            return Response.status(422)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(422, NO_USABLE_ITEM, "No usable item", detail))
                    .build();
        }
        return Response.accepted(new PushResponse(result.format(), result.published().size(), result.items())).build();
    }
}
