package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.security.Roles;
import io.newsflow.gateway.service.EventService;
import io.newsflow.gateway.service.EventService.EventPage;
import io.newsflow.gateway.service.EventService.EventQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /v1/events}: reported actions by type, actor, place, date and area. */
@Path("/v1/events")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.READER)
public class EventResource {

    private final EventService events;

    public EventResource(EventService events) {
        this.events = events;
    }

    @GET
    @Operation(summary = "Events, latest first")
    public Uni<EventPage> search(@Parameter(description = "CAMEO root or full code(s)") @QueryParam("type") List<String> types,
                                 @Parameter(description = "actor entity id(s) or names") @QueryParam("actor") List<String> actors,
                                 @Parameter(description = "place id(s) or names") @QueryParam("place") List<String> places,
                                 @QueryParam("article") String article,
                                 @Parameter(description = "ISO-8601 date, inclusive") @QueryParam("from") String from,
                                 @Parameter(description = "ISO-8601 date, inclusive") @QueryParam("to") String to,
                                 @Parameter(description = "top,left,bottom,right as lat,lon,lat,lon") @QueryParam("bbox") String bbox,
                                 @QueryParam("limit") String limit,
                                 @QueryParam("offset") String offset) {
        int size = RequestParams.integer("limit", limit, 20, 1, ArticleResource.MAX_LIMIT);
        int skip = RequestParams.integer("offset", offset, 0, 0, ArticleResource.MAX_OFFSET - size);
        LocalDate fromDay = RequestParams.day("from", from);
        LocalDate toDay = RequestParams.day("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new InvalidParameterException("from", "from must not be after to");
        }
        return events.search(new EventQuery(
                RequestParams.values("type", types),
                RequestParams.values("actor", actors),
                RequestParams.values("place", places),
                fromDay,
                toDay,
                box(bbox),
                RequestParams.text("article", article, ArticleResource.MAX_ID_CHARS),
                size,
                skip));
    }

    static double[] box(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw new InvalidParameterException("bbox", "bbox takes four numbers: top,left,bottom,right (lat,lon,lat,lon)");
        }
        double top = RequestParams.decimal("bbox", parts[0], -90, 90);
        double left = RequestParams.decimal("bbox", parts[1], -180, 180);
        double bottom = RequestParams.decimal("bbox", parts[2], -90, 90);
        double right = RequestParams.decimal("bbox", parts[3], -180, 180);
        if (top < bottom) {
            throw new InvalidParameterException("bbox", "bbox top must be north of bottom");
        }
        return new double[] {top, left, bottom, right};
    }
}
