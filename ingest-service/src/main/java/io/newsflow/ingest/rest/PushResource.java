package io.newsflow.ingest.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.newsflow.ingest.service.IngestResult;
import io.newsflow.ingest.service.ItemOutcome;
import io.newsflow.ingest.service.WireIngestion;
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
 * or a problem+json 4xx naming what is wrong with the document.
 */
@Path("/v1/ingest")
public class PushResource {

    public static final String CHANNEL = "http";

    private final WireIngestion ingestion;

    public PushResource(WireIngestion ingestion) {
        this.ingestion = ingestion;
    }

    /** The summary a pushing client gets back: the detected format and each item's outcome. */
    public record PushResponse(String format, int published, List<ItemOutcome> items) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Uni<Response> push(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return ingestion.ingest(body, contentType, CHANNEL)
                .map(PushResource::response);
    }

    private static Response response(IngestResult result) {
        boolean allRejected = !result.items().isEmpty()
                && result.items().stream().allMatch(i -> i.outcome() == LedgerOutcome.REJECTED);
        if (result.items().isEmpty() || allRejected) {
            String detail = result.items().isEmpty() ? "the document holds no items"
                    : "every item was rejected; first: " + result.items().get(0).reason();
            return Response.status(422)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(422, "no-usable-item", "No usable item", detail))
                    .build();
        }
        return Response.accepted(new PushResponse(result.format(), result.published().size(), result.items())).build();
    }
}
