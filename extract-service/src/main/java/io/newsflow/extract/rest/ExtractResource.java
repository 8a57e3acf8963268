package io.newsflow.extract.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.extraction.Extraction;
import io.newsflow.extract.service.ExtractorHolder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** {@code POST /v1/extract}: the same extraction the pipeline runs, on one document sent by a client. */
@Path("/v1/extract")
public class ExtractResource {

    private static final int MAX_CHARS = 1_000_000;
    private final ExtractorHolder extractors;

    public ExtractResource(ExtractorHolder extractors) {
        this.extractors = extractors;
    }

    /** A document to extract from. */
    public record ExtractRequest(String id, String title, String body, Instant published, String language) {
    }

    /**
     * What was found, as the pipeline carries it: entities with their ids, links, country and coordinates, events with
     * actor ids. {@code ./newsflow extract} prints the same extraction in the eval's system-output format instead.
     */
    public record ExtractResponse(String id, Extraction extraction) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public ExtractResponse extract(ExtractRequest request) {
        if (request == null || (request.title() == null && request.body() == null)) {
            throw new BadRequestException("a document needs a title or a body");
        }
        int length = (request.title() == null ? 0 : request.title().length()) + (request.body() == null ? 0 : request.body().length());
        if (length > MAX_CHARS) {
            throw new BadRequestException("a document may hold at most " + MAX_CHARS + " characters");
        }
        return new ExtractResponse(request.id(), extractors.current().extract(request.title(), request.body(), request.published(), request.language()));
    }
}
