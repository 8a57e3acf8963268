package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import io.newsflow.search.EventIndex;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Events: filtered by CAMEO type, actor, place, date range and a geographic bounding box; latest first. */
@ApplicationScoped
public class EventService {

    /** A validated events query; {@code box} is top, left, bottom, right (lat, lon, lat, lon) or null. */
    public record EventQuery(List<String> types, List<String> actors, List<String> places, LocalDate from,
                             LocalDate to, double[] box, String articleId, int limit, int offset) {
    }

    /** One page of events. */
    public record EventPage(long total, List<Map<String, Object>> items) {
    }

    private final ElasticsearchAsyncClient client;

    public EventService(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    public Uni<EventPage> search(EventQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (!query.types().isEmpty()) {
            bool.filter(f -> f.bool(b -> b
                    .should(Elastic.termsQuery("type", query.types()))
                    .should(Elastic.termsQuery("code", query.types()))
                    .minimumShouldMatch("1")));
        }
        if (!query.actors().isEmpty()) {
            bool.filter(f -> f.bool(b -> b
                    .should(Elastic.termsQuery("actors", query.actors()))
                    .should(Elastic.termsQuery("actor_names", query.actors()))
                    .minimumShouldMatch("1")));
        }
        if (!query.places().isEmpty()) {
            bool.filter(f -> f.bool(b -> b
                    .should(Elastic.termsQuery("place_id", query.places()))
                    .should(Elastic.termsQuery("place", query.places()))
                    .minimumShouldMatch("1")));
        }
        if (query.articleId() != null) {
            bool.filter(f -> f.term(t -> t.field("article_id").value(query.articleId())));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("date");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lte(query.to().toString());
                }
                return d;
            })));
        }
        if (query.box() != null) {
            double[] b = query.box();
            bool.filter(f -> f.geoBoundingBox(g -> g
                    .field("location")
                    .boundingBox(bb -> bb.tlbr(t -> t
                            .topLeft(tl -> tl.latlon(l -> l.lat(b[0]).lon(b[1])))
                            .bottomRight(br -> br.latlon(l -> l.lat(b[2]).lon(b[3])))))));
        }
        return Elastic.search(client, s -> s
                        .index(EventIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                        .query(q -> q.bool(bool.build()))
                        .from(query.offset())
                        .size(query.limit())
                        .trackTotalHits(t -> t.enabled(true))
                        .sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")))
                        .sort(o -> o.field(f -> f.field("published").order(SortOrder.Desc).missing("_last")))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))))
                .map(response -> {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (SearchResult.Hit hit : response.hits()) {
                        items.add(hit.source());
                    }
                    return new EventPage(response.total() == null ? items.size() : response.total(), items);
                })
                .onFailure(Elastic::indexMissing).recoverWithItem(new EventPage(0, List.of()));
    }
}
