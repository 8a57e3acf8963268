package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.security.Roles;
import io.newsflow.gateway.service.TrendService;
import io.newsflow.gateway.service.TrendService.Trends;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /v1/trends}: entities mentioned more in a recent window than their baseline predicts. */
@Path("/v1/trends")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.READER)
public class TrendResource {

    private final TrendService trends;

    public TrendResource(TrendService trends) {
        this.trends = trends;
    }

    @GET
    @Operation(summary = "Rising entities: score = (window count + 1) / (baseline count scaled to the window + 1)")
    public Uni<Trends> rising(@Parameter(description = "e.g. 24h (default), 90m, 7d") @QueryParam("window") String window,
                              @Parameter(description = "period before the window, e.g. 7d (default)") @QueryParam("baseline") String baseline,
                              @Parameter(description = "end of the window, ISO-8601; default now") @QueryParam("at") String at,
                              @QueryParam("type") List<String> types,
                              @QueryParam("minCount") String minCount,
                              @QueryParam("limit") String limit) {
        Duration w = RequestParams.duration("window", window, Duration.ofHours(24), Duration.ofMinutes(10), Duration.ofDays(90));
        Duration b = RequestParams.duration("baseline", baseline, Duration.ofDays(7), Duration.ofMinutes(10), Duration.ofDays(365));
        Instant end = at == null || at.isBlank() ? Instant.now() : RequestParams.instant("at", at, false);
        List<String> typeValues = RequestParams.values("type", types).stream()
                .map(t -> RequestParams.oneOf("type", t, null, List.of("person", "org", "loc")))
                .toList();
        return trends.rising(end, w, b, typeValues, RequestParams.integer("minCount", minCount, 2, 1, 1_000_000),
                RequestParams.integer("limit", limit, 20, 1, 100));
    }
}
