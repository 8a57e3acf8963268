package io.newsflow.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ingest-service's HTTP API as the gateway calls it (URL: {@code newsflow.gateway.ingest-url}). */
@RegisterRestClient(configKey = "ingest")
@Path("/v1")
public interface IngestClient {

    @GET
    @Path("/ledger/{articleId}")
    Uni<List<Map<String, Object>>> ledger(@PathParam("articleId") String articleId);

    @GET
    @Path("/ledger")
    Uni<Response> latestLedger(@QueryParam("outcome") String outcome, @QueryParam("channel") String channel,
                               @QueryParam("source") String source, @QueryParam("since") String since,
                               @QueryParam("limit") int limit);

    @POST
    @Path("/ingest")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> push(byte[] body, @HeaderParam("Content-Type") String contentType);

    @GET
    @Path("/feeds")
    Uni<Response> feeds();

    @GET
    @Path("/feeds/{id}")
    Uni<Response> feed(@PathParam("id") String id);

    @POST
    @Path("/feeds")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> createFeed(byte[] body);

    @PATCH
    @Path("/feeds/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> updateFeed(@PathParam("id") String id, byte[] body);

    /** enable, disable or poll. */
    @POST
    @Path("/feeds/{id}/{action}")
    Uni<Response> feedAction(@PathParam("id") String id, @PathParam("action") String action);

    @DELETE
    @Path("/feeds/{id}")
    Uni<Response> deleteFeed(@PathParam("id") String id);
}
