package io.newsflow.ingest.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.ingest.repository.Feed;
import io.newsflow.ingest.service.FeedPoller;
import io.newsflow.ingest.service.FeedRegistry;
import io.newsflow.ingest.service.FeedRequest;
import io.newsflow.ingest.service.FeedView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /v1/feeds}: the registry of polled RSS/Atom feeds. List, register, change, enable, disable, delete, poll
 * at once, and the health of every feed (last success, last error, items seen).
 */
@Path("/v1/feeds")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class FeedResource {

    private final FeedRegistry registry;
    private final FeedPoller poller;

    public FeedResource(FeedRegistry registry, FeedPoller poller) {
        this.registry = registry;
        this.poller = poller;
    }

    /** Every feed with its status, and how many are in each status. */
    public record Health(Map<String, Long> counts, List<FeedView> feeds) {
    }

    @GET
    public Uni<List<FeedView>> list() {
        return registry.list()
                .map(feeds -> feeds.stream().map(FeedView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> add(FeedRequest request) {
        return registry.add(request)
                .map(feed -> Response.created(URI.create("/v1/feeds/" + feed.id)).entity(FeedView.of(feed)).build());
    }

    @GET
    @Path("/health")
    public Uni<Health> health() {
        return registry.list()
                .map(feeds -> {
                    List<FeedView> views = feeds.stream().map(FeedView::of).toList();
                    Map<String, Long> counts = new TreeMap<>(Map.of("ok", 0L, "failing", 0L, "pending", 0L, "disabled", 0L));
                    views.forEach(v -> counts.merge(v.status(), 1L, Long::sum));
                    return new Health(counts, views);
                });
    }

    @GET
    @Path("/{id}")
    public Uni<FeedView> get(@PathParam("id") long id) {
        return registry.get(id).map(feed -> view(id, feed));
    }

    /** Changes the fields the body carries (url, intervalSeconds, source, language, enabled). */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<FeedView> update(@PathParam("id") long id, FeedRequest request) {
        return registry.update(id, request).map(feed -> view(id, feed));
    }

    @POST
    @Path("/{id}/enable")
    public Uni<FeedView> enable(@PathParam("id") long id) {
        return registry.setEnabled(id, true).map(feed -> view(id, feed));
    }

    @POST
    @Path("/{id}/disable")
    public Uni<FeedView> disable(@PathParam("id") long id) {
        return registry.setEnabled(id, false).map(feed -> view(id, feed));
    }

    /** Polls the feed now, whatever its schedule; answers with its health after the poll. */
    @POST
    @Path("/{id}/poll")
    public Uni<FeedView> poll(@PathParam("id") long id) {
        return poller.pollNow(id).map(feed -> view(id, feed));
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") long id) {
        return registry.delete(id)
                .map(deleted -> {
                    if (!deleted) {
                        throw notFound(id);
                    }
                    return Response.noContent().build();
                });
    }

    private static FeedView view(long id, Feed feed) {
        if (feed == null) {
            throw notFound(id);
        }
        return FeedView.of(feed);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no feed with id " + id);
    }
}
