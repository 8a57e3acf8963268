package io.newsflow.gateway.rest;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.newsflow.contracts.Problem;
import io.newsflow.gateway.alert.AlertFilters;
import io.newsflow.gateway.alert.SavedSearch;
import io.newsflow.gateway.alert.SavedSearchService;
import io.newsflow.gateway.alert.SavedSearchService.SavedSearchView;
import io.newsflow.gateway.alert.WebhookAddresses;
import io.newsflow.gateway.query.QueryParser;
import io.newsflow.gateway.security.Callers;
import io.newsflow.gateway.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /v1/searches}: saved searches of the caller. Each new article that matches one is posted to its webhook
 * (signed; the secret is shown once, when the search is saved) and shows on {@code /v1/stream?savedSearch=ID}.
 */
@Path("/v1/searches")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.READER)
public class SavedSearchResource {

    /**
     * What saving a search takes: a query and the filters of {@code /v1/articles} that make sense for articles yet to
     * come (language, source, entity, entityType, eventType, place). Any other field (such as {@code from} or
     * {@code cluster}) lands in {@code others} and is refused rather than silently dropped.
     */
    public record NewSearch(String name, String q, List<String> language, List<String> source, List<String> entity,
                            List<String> entityType, List<String> eventType, List<String> place, String webhook,
                            @JsonAnySetter @Schema(hidden = true) Map<String, Object> others) {
    }

    /** The caller's saved searches. */
    public record SearchList(List<SavedSearchView> items) {
    }

    private final SavedSearchService searches;
    private final SecurityIdentity identity;
    private final WebhookAddresses webhooks;

    public SavedSearchResource(SavedSearchService searches, SecurityIdentity identity, WebhookAddresses webhooks) {
        this.searches = searches;
        this.identity = identity;
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a search; with a webhook, the answer holds the signing secret (shown once)")
    public Uni<Response> save(NewSearch request) {
        if (request == null) {
            throw new InvalidParameterException("body", "send {\"name\", \"q\", \"language\", \"source\", \"entity\", "
                    + "\"entityType\", \"eventType\", \"place\", \"webhook\"}");
        }
        if (request.others() != null && !request.others().isEmpty()) {
            String field = request.others().keySet().iterator().next();
            throw new InvalidParameterException("body", "a saved search keeps name, q, language, source, entity, entityType, "
                    + "eventType, place and webhook; '"
                    + (field.length() > 50 ? field.substring(0, 50) + "..." : field) + "' is not one of them");
        }
        String q = RequestParams.text("q", request.q(), ArticleResource.MAX_QUERY_CHARS);
        QueryParser.parse(q);
        String name = RequestParams.text("name", request.name(), 200);
        AlertFilters filters = new AlertFilters(
                stored("language", RequestParams.values("language", request.language()), SavedSearch.SHORT_LIST_CHARS),
                stored("source", RequestParams.values("source", request.source()), SavedSearch.LIST_CHARS),
                stored("entity", RequestParams.values("entity", request.entity()), SavedSearch.LIST_CHARS),
                RequestParams.entityTypes(request.entityType()),
                stored("eventType", RequestParams.values("eventType", request.eventType()), SavedSearch.SHORT_LIST_CHARS),
                stored("place", RequestParams.values("place", request.place()), SavedSearch.LIST_CHARS));
        if (q == null && filters.isEmpty()) {
            throw new InvalidParameterException("q", "a saved search needs a query or a filter");
        }
        String webhook = webhook(request.webhook());
        return searches.save(owner(), name, q, filters, webhook)
                .map(saved -> Response.status(201).entity(saved).build());
    }

    @GET
    @Operation(summary = "The caller's saved searches; an admin may ask for another owner's (owner=KEY_ID), such as a revoked key's")
    public Uni<SearchList> list(@Parameter(description = "admin only: the key id (or jwt:ISSUER#SUBJECT) whose searches to list")
                                @QueryParam("owner") String owner) {
        String whose = RequestParams.text("owner", owner, 200);
        if (whose != null && !identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("only an admin may list another owner's saved searches");
        }
        return searches.list(whose == null ? owner() : whose).map(SearchList::new);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a saved search of the caller's; an admin may delete anyone's")
    public Uni<Response> delete(@PathParam("id") String id) {
        return (identity.hasRole(Roles.ADMIN) ? searches.deleteAnyOwners(id) : searches.delete(owner(), id))
                .map(found -> {
                    if (!found) {
                        throw new NotFoundException("no saved search with id '" + id + "'");
                    }
                    return Response.noContent().build();
                });
    }

    private String owner() {
        return Callers.of(identity);
    }

    /** The values, when they fit the saved search's column ({@code maxChars}, comma-separated). */
    private static List<String> stored(String name, List<String> values, int maxChars) {
        if (values.isEmpty() || AlertFilters.join(values).length() <= maxChars) {
            return values;
        }
        throw new InvalidParameterException(name, "a saved search keeps at most " + maxChars + " characters of " + name + " values");
    }

    private String webhook(String url) {
        String value = RequestParams.text("webhook", url, 2_000);
        if (value == null) {
            return null;
        }
        String refusal = webhooks.refusal(value);
        if (refusal != null) {
            throw new InvalidParameterException("webhook", refusal);
        }
        return value;
    }
}
