package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.security.Roles;
import io.newsflow.gateway.service.EntityService;
import io.newsflow.gateway.service.EntityService.EntityDetail;
import io.newsflow.gateway.service.EntityService.EntitySummary;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /v1/entities}: autocomplete in any script, and one entity with its timeline and co-mentions. */
@Path("/v1/entities")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.READER)
public class EntityResource {

    /** The autocomplete answer. */
    public record EntityList(List<EntitySummary> items) {
    }

    private final EntityService entities;

    public EntityResource(EntityService entities) {
        this.entities = entities;
    }

    @GET
    @Operation(summary = "Entities whose names (in any language or script) start with or contain q; latest seen without q")
    public Uni<EntityList> autocomplete(@QueryParam("q") String q, @QueryParam("type") List<String> types,
                                        @QueryParam("limit") String limit) {
        String text = RequestParams.text("q", q, 200);
        List<String> typeValues = RequestParams.values("type", types).stream()
                .map(t -> RequestParams.oneOf("type", t, null, List.of("person", "org", "loc")))
                .toList();
        return entities.autocomplete(text, typeValues, RequestParams.integer("limit", limit, 10, 1, 50))
                .map(EntityList::new);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity: names, mention timeline, co-mentioned entities, recent articles")
    public Uni<EntityDetail> get(@PathParam("id") String id, @QueryParam("interval") String interval,
                                 @QueryParam("recent") String recent) {
        if (id.length() > ArticleResource.MAX_ID_CHARS) {
            throw new InvalidParameterException("id", "an entity id has at most " + ArticleResource.MAX_ID_CHARS + " characters");
        }
        String bucket = RequestParams.oneOf("interval", interval, "day", List.of("hour", "day", "week", "month", "year"));
        return entities.detail(id, bucket, RequestParams.integer("recent", recent, 10, 0, 50))
                .map(found -> found.orElseThrow(() -> new NotFoundException("no entity with id '" + id + "'")));
    }
}
