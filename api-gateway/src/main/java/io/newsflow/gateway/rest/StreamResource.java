package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.alert.AlertFilters;
import io.newsflow.gateway.alert.SavedSearchService;
import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.gateway.query.QueryParser;
import io.newsflow.gateway.security.ApiKeyIdentityProvider;
import io.newsflow.gateway.security.Callers;
import io.newsflow.gateway.security.Roles;
import io.newsflow.gateway.service.ArticleSearch;
import io.newsflow.gateway.stream.ArticleStream;
import io.newsflow.gateway.stream.StreamPosition;
import io.newsflow.gateway.stream.StreamSlots;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /v1/stream}: Server-Sent Events of newly indexed articles matching a search; resumable. */
@Path("/v1/stream")
@RolesAllowed(Roles.READER)
public class StreamResource {

    private final ArticleStream stream;
    private final SavedSearchService searches;
    private final SecurityIdentity identity;
    private final GatewayConfig config;
    private final StreamSlots slots;

    public StreamResource(ArticleStream stream, SavedSearchService searches, SecurityIdentity identity, GatewayConfig config,
                          StreamSlots slots) {
        this.stream = stream;
        this.searches = searches;
        this.identity = identity;
        this.config = config;
        this.slots = slots;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Newly indexed articles matching q and the filters, as SSE events named 'article', and kills "
            + "as events named 'killed' (the tombstone's summary: id, version, source, killed=true; the article must leave "
            + "the screen; kills of the chosen "
            + "sources, whatever q and the other filters say, since a killed article keeps no text). "
            + "Reconnect with Last-Event-ID to resume after the last event received; without it the stream starts now "
            + "(or at since=). savedSearch=ID streams the matches of a saved search of yours. A caller may keep "
            + "newsflow.gateway.stream.max-per-caller streams open (5 by default); past that a 429. When the API key "
            + "a stream was opened with is revoked, the stream ends at once with one event named 'problem' (401).")
    public Multi<OutboundSseEvent> open(@Context Sse sse,
                                        @HeaderParam("Last-Event-ID") String lastEventId,
                                        @QueryParam("q") String q,
                                        @QueryParam("language") List<String> languages,
                                        @QueryParam("source") List<String> sources,
                                        @QueryParam("entity") List<String> entityIds,
                                        @QueryParam("entityType") List<String> entityTypes,
                                        @QueryParam("eventType") List<String> eventTypes,
                                        @QueryParam("place") List<String> places,
                                        @QueryParam("since") String since,
                                        @QueryParam("savedSearch") String savedSearch) {
        String caller = Callers.of(identity);
        int max = config.stream().maxPerCaller();
        StreamSlots.Slot slot = slots.take(caller, identity.getAttribute(ApiKeyIdentityProvider.KEY_HASH), max);
        if (slot == null) {
            throw new TooManyStreamsException(max);
        }
        try {
            Multi<OutboundSseEvent> events = stream(sse, lastEventId, q, languages, sources, entityIds, entityTypes, eventTypes,
                    places, since, savedSearch)
                    .onTermination().invoke(() -> slots.release(slot));
            return endedByRevoke(sse, events, slot);
        } catch (RuntimeException e) {
            slots.release(slot);
            throw e;
        }
    }

    /**
     * The events until the key the stream was opened with is revoked; then one "problem" event (401) and the end.
     * The slot's end is merged in: a revoke fails the merge, which cancels the events, and an end of the events
     * (a saved search not found) completes the slot's end empty, so the merge completes too.
     */
    private static Multi<OutboundSseEvent> endedByRevoke(Sse sse, Multi<OutboundSseEvent> events, StreamSlots.Slot slot) {
        Multi<OutboundSseEvent> revoked = Uni.createFrom().completionStage(slot::ended)
                .onItem().transformToMulti(isRevoked -> isRevoked
                        ? Multi.createFrom().<OutboundSseEvent>failure(new KeyRevokedWhileStreaming())
                        : Multi.createFrom().<OutboundSseEvent>empty());
        return Multi.createBy().merging().streams(events, revoked)
                .onFailure(KeyRevokedWhileStreaming.class).recoverWithItem(e -> problemEvent(sse,
                        Problem.of(401, "key-revoked", "Key revoked", "the API key this stream was opened with was revoked")));
    }

    private static OutboundSseEvent problemEvent(Sse sse, Problem problem) {
        return sse.newEventBuilder()
                .name("problem")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(problem)
                .build();
    }

    /** Ends a stream whose key was revoked; never leaves this class. */
    private static final class KeyRevokedWhileStreaming extends RuntimeException {
        KeyRevokedWhileStreaming() {
            super("the stream's key was revoked", null, false, false);
        }
    }

    private Multi<OutboundSseEvent> stream(Sse sse, String lastEventId, String q, List<String> languages, List<String> sources,
                                           List<String> entityIds, List<String> entityTypes, List<String> eventTypes,
                                           List<String> places, String since, String savedSearch) {
        if (savedSearch != null && !savedSearch.isBlank()) {
            // The saved search is read after the SSE headers are sent: an unknown (or someone else's) id ends the
            // stream with one "problem" event instead of a 404 status.
            return searches.find(savedSearch.trim())
                    .onItem().transformToMulti(found -> {
                        if (found == null || !(found.owner.equals(Callers.of(identity)) || identity.hasRole(Roles.ADMIN))) {
                            return Multi.createFrom().item(problemEvent(sse,
                                    Problem.of(404, "http-404", "Not Found", "no saved search with id '" + savedSearch + "'")));
                        }
                        AlertFilters f = AlertFilters.of(found);
                        return follow(sse, lastEventId, found.query, f.languages(), f.sources(), f.entities(),
                                f.entityTypes(), f.eventTypes(), f.places(), since);
                    });
        }
        return follow(sse, lastEventId, q, languages, sources, entityIds, entityTypes, eventTypes, places, since);
    }

    private Multi<OutboundSseEvent> follow(Sse sse, String lastEventId, String q, List<String> languages, List<String> sources,
                                           List<String> entityIds, List<String> entityTypes, List<String> eventTypes,
                                           List<String> places, String since) {
        String text = RequestParams.text("q", q, ArticleResource.MAX_QUERY_CHARS);
        ArticleSearch filter = new ArticleSearch(text, QueryParser.parse(text),
                RequestParams.values("language", languages),
                RequestParams.values("source", sources),
                RequestParams.values("entity", entityIds),
                RequestParams.entityTypes(entityTypes),
                RequestParams.values("eventType", eventTypes),
                RequestParams.values("place", places),
                List.of(), null, null, false, ArticleSearch.Sort.TIME, false, false, "day", false, 1, 0, null);
        StreamPosition start;
        if (lastEventId != null && !lastEventId.isBlank()) {
            start = StreamPosition.parse(lastEventId.trim());
        } else if (since != null && !since.isBlank()) {
            start = StreamPosition.at(RequestParams.instant("since", since, false));
        } else {
            start = StreamPosition.at(Instant.now().minusSeconds(5));
        }
        return stream.follow(filter, start)
                .map(item -> sse.newEventBuilder()
                        .id(item.position().eventId())
                        .name(item.article().killed() ? "killed" : "article")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(item.article())
                        .build());
    }
}
