package io.newsflow.gateway.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.newsflow.contracts.Problem;
import io.newsflow.gateway.client.Backends;
import io.newsflow.gateway.security.Roles;
import io.newsflow.gateway.service.EntityService;
import io.newsflow.gateway.service.EntityService.EntityDetail;
import io.newsflow.gateway.service.EntityService.EntitySummary;
import io.quarkus.logging.Log;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /v1/entities}: autocomplete in any script, and one entity with its timeline, co-mentions and names per
 * language.
 */
@Path("/v1/entities")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.READER)
public class EntityResource {

    /** The autocomplete answer. */
    public record EntityList(List<EntitySummary> items) {
    }

    /**
     * One entity's page: what the indices hold of it, and the names per language the knowledge base gives it (empty
     * for an entity not linked; null, with a notice, when extract-service did not answer).
     */
    public record EntityPage(@JsonUnwrapped EntityDetail entity, Map<String, List<String>> namesByLanguage, String notice) {

        static EntityPage of(EntityDetail entity, Map<String, List<String>> namesByLanguage) {
            return new EntityPage(entity, namesByLanguage,
                    namesByLanguage == null ? Backends.EXTRACT + " did not answer; names per language left out" : null);
        }
    }

    private final EntityService entities;
    private final Backends backends;

    public EntityResource(EntityService entities, Backends backends) {
        this.entities = entities;
        this.backends = backends;
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
    @Operation(summary = "One entity: names (also per language), mention timeline, co-mentioned entities, recent articles")
    public Uni<EntityPage> get(@PathParam("id") String id, @QueryParam("interval") String interval,
                                 @QueryParam("recent") String recent) {
        if (id.length() > ArticleResource.MAX_ID_CHARS) {
            throw new InvalidParameterException("id", "an entity id has at most " + ArticleResource.MAX_ID_CHARS + " characters");
        }
        String bucket = RequestParams.oneOf("interval", interval, "day", List.of("hour", "day", "week", "month", "year"));
        Uni<EntityDetail> detail = entities.detail(id, bucket, RequestParams.integer("recent", recent, 10, 0, 50))
                .map(found -> found.orElseThrow(() -> new NotFoundException("no entity with id '" + id + "'")));
        Uni<Map<String, List<String>>> names = backends.knowledgeNames(id)
                .onFailure().invoke(e -> Log.debugf("knowledge names unavailable for %s: %s", id, e.toString()))
                .onFailure().recoverWithNull();
        return Uni.combine().all().unis(detail, names).asTuple()
                .map(both -> EntityPage.of(both.getItem1(), both.getItem2()));
    }
}
