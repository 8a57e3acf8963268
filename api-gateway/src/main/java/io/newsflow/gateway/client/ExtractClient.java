package io.newsflow.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** extract-service's HTTP API (extraction, entity curation) as the gateway calls it (URL: {@code newsflow.gateway.extract-url}). */
@RegisterRestClient(configKey = "extract")
@Path("/v1")
public interface ExtractClient {

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> extract(byte[] body, @QueryParam("format") String format);

    @GET
    @Path("/entities/{id}")
    Uni<Response> knowledgeEntity(@PathParam("id") String id);

    @POST
    @Path("/entities")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> addEntity(byte[] body);

    /** aliases or merge. */
    @POST
    @Path("/entities/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> entityAction(@PathParam("id") String id, @PathParam("action") String action, byte[] body);
}
