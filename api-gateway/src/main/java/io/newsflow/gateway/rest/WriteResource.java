package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.client.BackendUnavailableException;
import io.newsflow.gateway.client.Backends;
import io.newsflow.gateway.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Write routes, passed to the backends: {@code POST /v1/ingest}, {@code GET /v1/ledger} and {@code /v1/feeds} (list, health, create,
 * PATCH, enable, disable, poll, delete) to ingest-service; {@code POST /v1/extract} and
 * {@code /v1/curation/entities} (knowledge-base entity, add, aliases, merge) to extract-service. Backend answers
 * below 500 go back as they are; a backend that is down, slow or failing gives 503 problem+json (fast while its
 * circuit is open).
 */
@Path("/v1")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class WriteResource {

    private final Backends backends;

    public WriteResource(Backends backends) {
        this.backends = backends;
    }

    @POST
    @Path("/ingest")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.INGESTER)
    @Operation(summary = "Push a wire document (ninjs, NewsML-G2, RSS/Atom or simple JSON) to ingest-service")
    public Uni<Response> ingest(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        requireBody(body);
        return relay(Backends.INGEST, () -> backends.push(body, contentType));
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Run extraction on one document (title, body, published, language) with extract-service; "
            + "format=eval answers in the eval guidelines' system-output format, as ./newsflow extract prints it")
    public Uni<Response> extract(byte[] body, @QueryParam("format") String format) {
        requireBody(body);
        String shape = RequestParams.oneOf("format", format, null, List.of("eval"));
        return relay(Backends.EXTRACT, () -> backends.extract(body, shape));
    }

    @GET
    @Path("/ledger")
    @RolesAllowed(Roles.INGESTER)
    @Operation(summary = "The newest items ingest-service received, newest first, with their outcome (accepted, updated, "
            + "duplicate, stale, killed, rejected with its reason); filter by outcome, channel (kafka, http, feed), "
            + "source and since (an ISO-8601 instant); limit 1-1000, default 100")
    public Uni<Response> ledger(@QueryParam("outcome") String outcome, @QueryParam("channel") String channel,
                                @QueryParam("source") String source, @QueryParam("since") String since,
                                @QueryParam("limit") String limit) {
        int rows = RequestParams.integer("limit", limit, 100, 1, 1000);
        return relay(Backends.INGEST, () -> backends.latestLedger(outcome, channel, source, since, rows));
    }

    @GET
    @Path("/feeds")
    @RolesAllowed(Roles.INGESTER)
    @Operation(summary = "The feeds ingest-service polls")
    public Uni<Response> feeds() {
        return relay(Backends.INGEST, () -> backends.feeds(null));
    }

    @GET
    @Path("/feeds/{id}")
    @RolesAllowed(Roles.INGESTER)
    public Uni<Response> feed(@PathParam("id") String id) {
        return relay(Backends.INGEST, () -> backends.feeds(id));
    }

    @POST
    @Path("/feeds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> createFeed(byte[] body) {
        requireBody(body);
        return relay(Backends.INGEST, () -> backends.changeFeed("POST", null, body));
    }

    @PATCH
    @Path("/feeds/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> updateFeed(@PathParam("id") String id, byte[] body) {
        requireBody(body);
        return relay(Backends.INGEST, () -> backends.changeFeed("PATCH", id, body));
    }

    @POST
    @Path("/feeds/{id}/{action: enable|disable|poll}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enable, disable or poll now a feed")
    public Uni<Response> feedAction(@PathParam("id") String id, @PathParam("action") String action) {
        return relay(Backends.INGEST, () -> backends.changeFeed(action, id, null));
    }

    @DELETE
    @Path("/feeds/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> deleteFeed(@PathParam("id") String id) {
        return relay(Backends.INGEST, () -> backends.changeFeed("DELETE", id, null));
    }

    @GET
    @Path("/curation/entities/{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "An entity of the extraction knowledge base (names per language), from extract-service")
    public Uni<Response> knowledgeEntity(@PathParam("id") String id) {
        return relay(Backends.EXTRACT, () -> backends.knowledgeEntity(id));
    }

    @POST
    @Path("/curation/entities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Add a curated entity to the extraction knowledge base")
    public Uni<Response> addEntity(byte[] body) {
        requireBody(body);
        return relay(Backends.EXTRACT, () -> backends.curate(null, null, body));
    }

    @POST
    @Path("/curation/entities/{id}/{action: aliases|merge}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Add an alias to an entity ({language, name}) or merge it into another ({into})")
    public Uni<Response> curateEntity(@PathParam("id") String id, @PathParam("action") String action, byte[] body) {
        requireBody(body);
        return relay(Backends.EXTRACT, () -> backends.curate(id, action, body));
    }

    private static void requireBody(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidParameterException("body", "this route needs a request body");
        }
    }

    /** Copies the backend's status, type and body; any failure to get an answer is the backend being unavailable. */
    private static Uni<Response> relay(String backend, Supplier<Uni<Response>> call) {
        return Uni.createFrom().<Response>deferred(call::get)
                .map(response -> {
                    Response.ResponseBuilder out = Response.status(response.getStatus());
                    if (response.getMediaType() != null) {
                        out.type(response.getMediaType());
                    }
                    if (response.hasEntity()) {
                        out.entity(response.readEntity(byte[].class));
                    }
                    return out.build();
                })
                .onFailure(e -> !(e instanceof WebApplicationException))
                .transform(e -> new BackendUnavailableException(backend, e));
    }
}
