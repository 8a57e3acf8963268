package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.newsflow.contracts.EntityType;
import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.gateway.query.ElasticsearchQueryTranslator;
import io.newsflow.gateway.query.QueryNode.Term;
import io.newsflow.gateway.query.QueryParser;
import io.newsflow.gateway.rest.InvalidParameterException;
import io.newsflow.gateway.service.CursorCodec.Cursor;
import io.newsflow.gateway.service.EntityLookup.MatchedEntity;
import io.newsflow.search.ArticleIndex;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Searches the articles index: the parsed query (see {@link ElasticsearchQueryTranslator}), filters, sort,
 * highlights, facets, collapse on near-duplicate clusters, and offset or cursor (point in time + search_after)
 * paging. User input only ever enters the request as values of the client's typed builders. A cursor's point in time
 * lives {@code newsflow.gateway.cursors.keep-alive} between pages and is closed when its last page is read; a caller
 * keeps at most {@code max-open-per-caller} open ({@link OpenCursors}).
 */
@ApplicationScoped
public class ArticleSearchService {

    /** An article in a result list: no body, the entities in short. */
    public record ArticleSummary(String id, long version, String headline, String language, String source,
                                 String published, String clusterId, boolean killed, boolean correction, Integer urgency,
                                 List<Map<String, Object>> entities, List<String> eventTypes, Double score,
                                 Map<String, List<String>> highlights) {
    }

    /**
     * An article on its own: the wire fields as ingest-service normalised them (pubStatus, correction, byline,
     * urgency, the subjects, places and people the provider declared, links), then what extraction found.
     */
    public record ArticleView(String id, long version, String headline, String body, String language, String source,
                              String published, String firstCreated, String pubStatus, boolean correction, String byline,
                              Integer urgency, List<String> subjects, List<String> places, List<String> people,
                              List<String> links, String clusterId, boolean killed, List<Map<String, Object>> entities,
                              List<Map<String, Object>> events) {
    }

    /** One page of results. */
    public record SearchPage(long total, List<ArticleSummary> items, List<MatchedEntity> matchedEntities,
                             Map<String, Object> facets, String nextCursor) {
    }

    /** A facet value and how many articles have it. */
    public record FacetValue(String key, String name, long count) {
    }

    /** Facets name the top entities of each type, in aggregations named by this prefix and the type. */
    private static final String ENTITY_FACET = "entities_";
    private static final int ENTITY_FACET_SIZE = 10;
    /** Elasticsearch's default {@code index.highlight.max_analyzed_offset}: characters of a field analysed to highlight it. */
    private static final int HIGHLIGHT_MAX_ANALYZED = 1_000_000;
    /** What an {@link ArticleSummary} does not read: left out of every list of articles (search, stream). */
    public static final List<String> SUMMARY_EXCLUDES = List.of("text_*", "body", "entity_names", "entity_keys",
            "entity_types", "events", "event_places", "entities.mentions", "links", "content_hash",
            "subjects", "declared_places", "declared_people");

    /**
     * The sort and the facet aggregations of a search depend only on its sort order and interval: built once (the
     * client's request objects are immutable), not for every search.
     */
    private static final Map<ArticleSearch.Sort, List<SortOptions>> SORTS = new EnumMap<>(Map.of(
            ArticleSearch.Sort.RELEVANCE, sort(ArticleSearch.Sort.RELEVANCE),
            ArticleSearch.Sort.TIME, sort(ArticleSearch.Sort.TIME)));
    private static final Map<String, Map<String, Aggregation>> FACETS = new ConcurrentHashMap<>();

    private final ElasticsearchAsyncClient client;
    private final EntityLookup entities;
    private final GatewayConfig.Cursors config;
    private final OpenCursors cursors;
    /** The keep-alive as Elasticsearch writes a time, in whole seconds. */
    private final String keepAlive;

    public ArticleSearchService(ElasticsearchAsyncClient client, EntityLookup entities, GatewayConfig config) {
        this.client = client;
        this.entities = entities;
        this.config = config.cursors();
        this.cursors = new OpenCursors(System::nanoTime, this.config.keepAlive());
        this.keepAlive = this.config.keepAlive().toSeconds() + "s";
    }

    /** A page of results for {@code caller} ({@link io.newsflow.gateway.security.Callers}: whose cursors are counted). */
    public Uni<SearchPage> search(ArticleSearch search, String caller) {
        Cursor cursor = search.cursor() == null || ArticleSearch.START.equals(search.cursor()) ? null : CursorCodec.decode(search.cursor());
        if (cursor != null && !cursor.fingerprint().equals(search.fingerprint())) {
            throw new InvalidParameterException("cursor", "this cursor belongs to another query; send the same q and filters as the first page");
        }
        List<Term> names = search.query() == null ? List.of() : QueryParser.positiveNameTerms(search.query());
        return entities.lookup(names)
                .chain(matches -> {
                    Query query = filterQuery(search, matches.idsByTerm());
                    if (search.cursor() == null) {
                        return run(search, query, null, null)
                                .map(response -> page(search, response, matches.entities(), null));
                    }
                    Uni<String> pit = cursor != null ? Uni.createFrom().item(cursor.pitId()) : openPit(caller);
                    return pit.chain(pitId -> pitId == null
                            ? Uni.createFrom().item(new SearchPage(0, List.of(), matches.entities(), null, null))
                            : run(search, query, pitId, cursor == null ? null : cursor.searchAfter())
                                    .chain(response -> paged(caller, search, response, matches.entities(), pitId)));
                });
    }

    /**
     * The page read through a point in time: kept alive while there is a next page, closed after the last one (a
     * cursor whose last page was read gives no nextCursor, so nothing could use it again).
     */
    private Uni<SearchPage> paged(String caller, ArticleSearch search, SearchResult response, List<MatchedEntity> matched,
                                  String pitId) {
        String live = response.pitId() != null ? response.pitId() : pitId;
        SearchPage page = page(search, response, matched, pitId);
        if (page.nextCursor() != null) {
            cursors.renew(caller, pitId, live);
            return Uni.createFrom().item(page);
        }
        cursors.release(caller, pitId);
        return Elastic.call(() -> client.closePointInTime(c -> c.id(live)))
                .onFailure().invoke(e -> Log.debugf("closing a point in time failed (it expires anyway): %s", e.toString()))
                .onItemOrFailure().transform((closed, failure) -> page);
    }

    /**
     * An article by id; empty when there is none (or no index yet). A search by id, not a get: the alias spans one
     * index per month, and a get needs a single index. The newest version wins should two months hold the id.
     */
    public Uni<Optional<ArticleView>> get(String id) {
        return Elastic.search(client, s -> s
                        .index(ArticleIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                        .query(q -> q.ids(i -> i.values(id)))
                        .sort(o -> o.field(f -> f.field(ArticleIndex.VERSION).order(SortOrder.Desc)))
                        .size(1)
                        .source(src -> src.filter(f -> f.excludes("text_*", "entity_names"))))
                .map(response -> response.hits().stream().findFirst()
                        .map(hit -> view(hit.source())))
                .onFailure(Elastic::indexMissing).recoverWithItem(Optional.empty());
    }

    /** A new point in time, counted against the caller's open cursors; null when there is no index yet. */
    private Uni<String> openPit(String caller) {
        String ticket = UUID.randomUUID().toString();
        long wait = cursors.take(caller, ticket, config.maxOpenPerCaller());
        if (wait > 0) {
            return Uni.createFrom().failure(new TooManyCursorsException(config.maxOpenPerCaller(), config.keepAlive(), wait));
        }
        return Elastic.call(() -> client.openPointInTime(o -> o
                        .index(ArticleIndex.ALIAS)
                        .keepAlive(t -> t.time(keepAlive))))
                .map(response -> response.id())
                .onFailure(Elastic::indexMissing).recoverWithNull()
                .onItemOrFailure().invoke((pitId, failure) -> {
                    if (pitId != null) {
                        cursors.renew(caller, ticket, pitId);
                    } else {
                        cursors.release(caller, ticket);
                    }
                });
    }

    private Uni<SearchResult> run(ArticleSearch search, Query query, String pitId, List<FieldValue> searchAfter) {
        SearchRequest.Builder s = new SearchRequest.Builder()
                .query(query)
                .size(search.limit())
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes(SUMMARY_EXCLUDES)));
        if (pitId == null) {
            s.index(ArticleIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true).from(search.offset());
        } else {
            s.pit(p -> p.id(pitId).keepAlive(t -> t.time(keepAlive)));
            if (searchAfter != null) {
                s.searchAfter(searchAfter);
            }
        }
        s.sort(SORTS.get(search.sort()));
        if (search.collapse()) {
            s.collapse(c -> c.field(ArticleIndex.CLUSTER_ID));
        }
        if (search.highlight() && search.query() != null) {
            Query highlightQuery = ElasticsearchQueryTranslator.highlightQuery(search.query());
            if (highlightQuery != null) {
                s.highlight(h -> h
                        .highlightQuery(highlightQuery)
                        .preTags("<em>")
                        .postTags("</em>")
                        .encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                        // A body past the index's limit (a million characters analysed) would fail the whole search;
                        // highlight its first million instead, as the limit allows.
                        .maxAnalyzedOffset(HIGHLIGHT_MAX_ANALYZED)
                        .fields(ArticleIndex.HEADLINE, f -> f.numberOfFragments(0))
                        .fields(ArticleIndex.BODY, f -> f.fragmentSize(160).numberOfFragments(2)));
            }
        }
        if (search.facets()) {
            s.aggregations(FACETS.computeIfAbsent(search.interval(), ArticleSearchService::facets));
        }
        SearchRequest request = s.build();
        return Elastic.search(client, request)
                .onFailure(e -> pitId != null && expired(e)).transform(e ->
                        new InvalidParameterException("cursor", "the cursor expired (cursors live " + keepAlive
                                + " between pages); start again with cursor=start"));
    }

    private static boolean expired(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof ElasticsearchException)) {
            t = t.getCause();
        }
        return t instanceof ElasticsearchException es && es.status() == 404;
    }

    private static List<SortOptions> sort(ArticleSearch.Sort sort) {
        List<SortOptions> out = new ArrayList<>();
        if (sort == ArticleSearch.Sort.RELEVANCE) {
            out.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        out.add(SortOptions.of(o -> o.field(f -> f.field(ArticleIndex.PUBLISHED).order(SortOrder.Desc).missing("_last"))));
        out.add(SortOptions.of(o -> o.field(f -> f.field(ArticleIndex.ID).order(SortOrder.Asc))));
        return List.copyOf(out);
    }

    /** The query and every filter of a search, without paging: also what the live stream matches. */
    public static Query filterQuery(ArticleSearch search, Map<Term, List<String>> entityIds) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (search.query() != null) {
            bool.must(ElasticsearchQueryTranslator.toQuery(search.query(), entityIds));
        }
        if (!search.includeKilled()) {
            bool.filter(f -> f.term(t -> t.field(ArticleIndex.KILLED).value(false)));
        }
        Elastic.terms(bool, ArticleIndex.LANGUAGE, search.languages());
        Elastic.terms(bool, ArticleIndex.SOURCE, search.sources());
        Elastic.terms(bool, ArticleIndex.ENTITY_IDS, search.entityIds());
        Elastic.terms(bool, ArticleIndex.EVENT_TYPES, search.eventTypes());
        Elastic.terms(bool, ArticleIndex.CLUSTER_ID, search.clusterIds());
        Elastic.terms(bool, ArticleIndex.ENTITY_TYPES, search.entityTypes().stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
        if (!search.places().isEmpty()) {
            Query inEvents = Elastic.termsQuery(ArticleIndex.EVENT_PLACES, search.places());
            Query asEntity = Elastic.termsQuery(ArticleIndex.ENTITY_IDS, search.places());
            bool.filter(f -> f.bool(b -> b.should(inEvents).should(asEntity).minimumShouldMatch("1")));
        }
        if (search.from() != null || search.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field(ArticleIndex.PUBLISHED);
                if (search.from() != null) {
                    d.gte(search.from().toString());
                }
                if (search.to() != null) {
                    d.lt(search.to().toString());
                }
                return d;
            })));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    /**
     * The matching articles, and every kill: a killed article's tombstone keeps no text, language or entities, so
     * of the filters only the source can tell whether the client was shown it; a client drops a kill of an id it
     * never showed.
     */
    public static Query withKills(Query matching, ArticleSearch filter) {
        BoolQuery.Builder kills = new BoolQuery.Builder().filter(f -> f.term(t -> t.field(ArticleIndex.KILLED).value(true)));
        Elastic.terms(kills, ArticleIndex.SOURCE, filter.sources());
        Query killed = Query.of(q -> q.bool(kills.build()));
        return Query.of(q -> q.bool(b -> b.should(matching).should(killed).minimumShouldMatch("1")));
    }

    static Map<String, Aggregation> facets(String interval) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("languages", Aggregation.of(a -> a.terms(t -> t.field(ArticleIndex.LANGUAGE).size(10))));
        aggs.put("sources", Aggregation.of(a -> a.terms(t -> t.field(ArticleIndex.SOURCE).size(20))));
        aggs.put("eventTypes", Aggregation.of(a -> a.terms(t -> t.field(ArticleIndex.EVENT_TYPES).size(20))));
        aggs.put("timeline", Aggregation.of(a -> a.dateHistogram(d -> d
                .field(ArticleIndex.PUBLISHED)
                .calendarInterval(calendarInterval(interval))
                .minDocCount(1))));
        for (EntityType type : EntityType.values()) {
            aggs.put(ENTITY_FACET + type.name(), EntityKeyTerms.top(List.of(type.name()), ENTITY_FACET_SIZE));
        }
        return Collections.unmodifiableMap(aggs);
    }

    static CalendarInterval calendarInterval(String interval) {
        return switch (interval) {
            case "hour" -> CalendarInterval.Hour;
            case "week" -> CalendarInterval.Week;
            case "month" -> CalendarInterval.Month;
            case "year" -> CalendarInterval.Year;
            default -> CalendarInterval.Day;
        };
    }

    private static SearchPage page(ArticleSearch search, SearchResult response, List<MatchedEntity> matched, String pitId) {
        List<ArticleSummary> items = new ArrayList<>();
        List<FieldValue> lastSort = null;
        for (SearchResult.Hit hit : response.hits()) {
            items.add(summary(hit.source(), hit.score(), hit.highlight()));
            lastSort = hit.sort();
        }
        long total = response.total() == null ? items.size() : response.total();
        String next = null;
        if (pitId != null && lastSort != null && items.size() == search.limit()) {
            String livePit = response.pitId() != null ? response.pitId() : pitId;
            next = CursorCodec.encode(livePit, lastSort, search.fingerprint());
        }
        Map<String, Object> facets = search.facets() ? facets(response) : null;
        return new SearchPage(total, items, matched, facets, next);
    }

    static Map<String, Object> facets(SearchResult response) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : List.of("languages", "sources", "eventTypes")) {
            out.put(name, response.buckets(name).stream()
                    .map(b -> new FacetValue(b.key(), null, b.docCount()))
                    .toList());
        }
        Map<String, List<FacetValue>> byType = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            List<FacetValue> top = EntityKeyTerms.read(response.buckets(ENTITY_FACET + type.name())).stream()
                    .limit(ENTITY_FACET_SIZE)
                    .map(c -> new FacetValue(c.entity().id(), c.entity().name(), c.articles()))
                    .toList();
            if (!top.isEmpty()) {
                byType.put(type.name(), top);
            }
        }
        out.put("entities", byType);
        out.put("timeline", timeline(response.buckets("timeline")));
        return out;
    }

    /** A date histogram's buckets as {@code date} and {@code count}. */
    static List<Map<String, Object>> timeline(List<SearchResult.Bucket> buckets) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (SearchResult.Bucket b : buckets) {
            Map<String, Object> bucket = new LinkedHashMap<>();
            bucket.put("date", b.keyAsString() != null ? b.keyAsString() : java.time.Instant.ofEpochMilli(b.keyNumber()).toString());
            bucket.put("count", b.docCount());
            days.add(bucket);
        }
        return days;
    }

    @SuppressWarnings("unchecked")
    public static ArticleSummary summary(Map<String, Object> source, Double score, Map<String, List<String>> highlight) {
        List<Map<String, Object>> entities = (List<Map<String, Object>>) source.getOrDefault("entities", List.of());
        return new ArticleSummary(
                (String) source.get(ArticleIndex.ID),
                ((Number) source.getOrDefault(ArticleIndex.VERSION, 0)).longValue(),
                (String) source.get(ArticleIndex.HEADLINE),
                (String) source.get(ArticleIndex.LANGUAGE),
                (String) source.get(ArticleIndex.SOURCE),
                Elastic.string(source, ArticleIndex.PUBLISHED),
                (String) source.get(ArticleIndex.CLUSTER_ID),
                Boolean.TRUE.equals(source.get(ArticleIndex.KILLED)),
                Boolean.TRUE.equals(source.get(ArticleIndex.CORRECTION)),
                urgency(source),
                entities,
                (List<String>) source.getOrDefault(ArticleIndex.EVENT_TYPES, List.of()),
                score == null || score.isNaN() ? null : score,
                highlight == null || highlight.isEmpty() ? null : highlight);
    }

    private static Integer urgency(Map<String, Object> source) {
        return source.get(ArticleIndex.URGENCY) instanceof Number n ? n.intValue() : null;
    }

    @SuppressWarnings("unchecked")
    static ArticleView view(Map<String, Object> source) {
        return new ArticleView(
                (String) source.get(ArticleIndex.ID),
                ((Number) source.getOrDefault(ArticleIndex.VERSION, 0)).longValue(),
                (String) source.get(ArticleIndex.HEADLINE),
                (String) source.get(ArticleIndex.BODY),
                (String) source.get(ArticleIndex.LANGUAGE),
                (String) source.get(ArticleIndex.SOURCE),
                Elastic.string(source, ArticleIndex.PUBLISHED),
                Elastic.string(source, ArticleIndex.FIRST_CREATED),
                (String) source.get(ArticleIndex.PUB_STATUS),
                Boolean.TRUE.equals(source.get(ArticleIndex.CORRECTION)),
                (String) source.get(ArticleIndex.BYLINE),
                urgency(source),
                (List<String>) source.getOrDefault(ArticleIndex.SUBJECTS, List.of()),
                (List<String>) source.getOrDefault(ArticleIndex.DECLARED_PLACES, List.of()),
                (List<String>) source.getOrDefault(ArticleIndex.DECLARED_PEOPLE, List.of()),
                (List<String>) source.getOrDefault(ArticleIndex.LINKS, List.of()),
                (String) source.get(ArticleIndex.CLUSTER_ID),
                Boolean.TRUE.equals(source.get(ArticleIndex.KILLED)),
                (List<Map<String, Object>>) source.getOrDefault("entities", List.of()),
                (List<Map<String, Object>>) source.getOrDefault("events", List.of()));
    }
}
