package io.newsflow.extract.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.contracts.EventCodec;
import io.newsflow.extraction.ExtractCli;
import io.newsflow.extraction.Extraction;
import io.newsflow.extract.service.ExtractorHolder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

    /**
     * The extraction of one document; with {@code format=eval}, in the system-output format of the eval guidelines
     * that {@code ./newsflow extract} prints (a line score.py reads), instead of the pipeline's own form.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Object extract(ExtractRequest request, @QueryParam("format") String format) {
        boolean eval = "eval".equals(format);
        if (format != null && !eval) {
            throw new BadRequestException("format is 'eval' or absent, not '" + (format.length() > 20 ? format.substring(0, 20) + "..." : format) + "'");
        }
        if (request == null || (request.title() == null && request.body() == null)) {
            throw new BadRequestException("a document needs a title or a body");
        }
        int length = (request.title() == null ? 0 : request.title().length()) + (request.body() == null ? 0 : request.body().length());
        if (length > MAX_CHARS) {
            throw new BadRequestException("a document may hold at most " + MAX_CHARS + " characters");
        }
        Extraction found = extractors.current().extract(request.title(), request.body(), request.published(), request.language());
        return eval ? ExtractCli.toOutput(EventCodec.mapper(), request.id(), found) : new ExtractResponse(request.id(), found);
    }
}
