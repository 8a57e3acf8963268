package io.newsflow.extract.rest;

import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Problem;
import io.newsflow.extract.repository.KnowledgeEntity;
import io.newsflow.extract.service.ExtractorHolder;
import io.newsflow.extract.service.KnowledgeCuration;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Entity curation on extract-service: read an entity as the extractor knows it, add one, add a name, merge two.
 * Changes reach the extractor within seconds, without a restart.
 */
@Path("/v1/entities")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class EntityResource {

    private final ExtractorHolder extractors;
    private final KnowledgeCuration curation;

    public EntityResource(ExtractorHolder extractors, KnowledgeCuration curation) {
        this.extractors = extractors;
        this.curation = curation;
    }

    /** A new entity as a curator sends it. */
    public record NewEntity(String id, EntityType type, String preferredName, Map<String, List<String>> names,
                            String country, Double lat, Double lon) {
    }

    /** A name to add. */
    public record Alias(String language, String name) {
    }

    /** The entity to merge into. */
    public record Merge(String into) {
    }

    @GET
    @Path("/{id}")
    public CanonicalEntity get(@PathParam("id") String id) {
        return extractors.currentWithoutWaiting().knowledge().byId(id)
                .orElseThrow(() -> new NotFoundException("no entity with id '" + id + "' (changes take a few seconds to apply)"));
    }

    @POST
    public Uni<KnowledgeEntity> add(NewEntity entity) {
        if (entity == null) {
            throw new BadRequestException("the body must be an entity: {type, preferredName, names, country, lat, lon}");
        }
        return curation.add(entity.id(), entity.type(), entity.preferredName(), entity.names(), entity.country(), entity.lat(), entity.lon());
    }

    @POST
    @Path("/{id}/aliases")
    public Uni<KnowledgeEntity> alias(@PathParam("id") String id, Alias alias) {
        if (alias == null) {
            throw new BadRequestException("the body must be {language, name}");
        }
        return curation.alias(id, alias.language(), alias.name());
    }

    @POST
    @Path("/{id}/merge")
    public Uni<KnowledgeEntity> merge(@PathParam("id") String id, Merge merge) {
        if (merge == null || merge.into() == null) {
            throw new BadRequestException("the body must be {into: <entity id>}");
        }
        return curation.merge(id, merge.into());
    }
}
