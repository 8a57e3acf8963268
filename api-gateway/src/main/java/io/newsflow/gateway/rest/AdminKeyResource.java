package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.security.ApiKeyService;
import io.newsflow.gateway.security.ApiKeyService.KeyListing;
import io.newsflow.gateway.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /v1/admin/keys}: create (the key is shown once), list and revoke API keys. Admin only. */
@Path("/v1/admin/keys")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.ADMIN)
public class AdminKeyResource {

    /** What a new key needs. */
    public record NewKey(String role, String name, Integer ratePerSecond) {
    }

    private final ApiKeyService keys;

    public AdminKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a key; the response holds the key, which is not stored and cannot be shown again")
    public Uni<Response> create(NewKey request) {
        if (request == null || request.role() == null) {
            throw new InvalidParameterException("role", "a key needs a role: one of " + String.join(", ", Roles.ALL));
        }
        String role;
        try {
            role = Roles.parse(request.role());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("role", e.getMessage());
        }
        if (request.name() != null && request.name().length() > 200) {
            throw new InvalidParameterException("name", "name may hold at most 200 characters");
        }
        if (request.ratePerSecond() != null && (request.ratePerSecond() < 1 || request.ratePerSecond() > 100_000)) {
            throw new InvalidParameterException("ratePerSecond", "ratePerSecond must be between 1 and 100000");
        }
        return keys.create(role, request.name(), request.ratePerSecond())
                .map(created -> Response.status(201).entity(created).build());
    }

    @GET
    @Operation(summary = "List keys (never the keys themselves)")
    public Uni<List<KeyListing>> list() {
        return keys.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key: refused at once on every replica; its saved searches stop matching (they are "
            + "kept: GET /v1/searches?owner=ID lists them, DELETE /v1/searches/{id} deletes one)")
    public Uni<Response> revoke(@PathParam("id") String id) {
        return keys.revoke(id)
                .map(found -> {
                    if (!found) {
                        throw new NotFoundException("no key with id '" + id + "'");
                    }
                    return Response.noContent().build();
                });
    }
}
