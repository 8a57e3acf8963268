package io.newsflow.gateway.alert;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.gateway.query.LuceneQueryTranslator;
import io.newsflow.gateway.query.QueryNode;
import io.newsflow.gateway.query.QueryParser;
import io.newsflow.gateway.service.ArticleSearchService;
import io.newsflow.gateway.service.EntityLookup;
import io.newsflow.gateway.service.GatewayMetrics;
import io.newsflow.gateway.stream.LateArrivals;
import io.newsflow.gateway.stream.StreamPosition;
import io.newsflow.search.ArticleIndex;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Matches every newly indexed article against the saved searches, in the gateway, with a one-document Lucene
 * {@link MemoryIndex} (the local Elasticsearch has no percolator), and posts each match to the search's webhook.
 * New articles are read from Elasticsearch by {@code indexed_at}, as {@code /v1/stream} reads them; saved searches
 * are compiled to Lucene queries ({@link LuceneQueryTranslator}, entity names resolved as in search) and re-read
 * when any replica saves or deletes one ({@link AlertLeadership#searchesChanged()}) and every
 * {@code alerts.reload-interval} (entity names may have changed). Runs on its own thread: matching is CPU work, not
 * event-loop work. Of several gateway instances only the one that holds the alert lock ({@link AlertLeadership})
 * matches and sends. It records how far it has read after every cycle; one that takes the lock over (or this one
 * after a restart) reads on from there, at most {@code alerts.catch-up} back, and posts the matches of the last
 * {@code stream.late-window} again (with the same delivery ids).
 */
@ApplicationScoped
public class AlertMatcher {

    /** A saved search ready to run. */
    record Compiled(SavedSearch search, Query query) {
    }

    /** Articles read at most per cycle. */
    private static final int PAGE = 200;
    private static final Analyzer WHITESPACE = new WhitespaceAnalyzer();
    private static final Analyzer STANDARD = new StandardAnalyzer();
    private static final Analyzer KEYWORD = new KeywordAnalyzer();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final GatewayConfig config;
    private final ElasticsearchAsyncClient client;
    private final SavedSearchService searches;
    private final EntityLookup entities;
    private final WebhookSender webhooks;
    private final GatewayMetrics metrics;
    private final AlertLeadership leadership;
    private ScheduledExecutorService executor;
    private boolean sending;
    private List<Compiled> compiled = List.of();
    private long reloadedAt;
    private StreamPosition position;
    private LateArrivals late;
    private DeliveryProgress progress;
    /** The trailing read's progress: what a new sender must read again to match what arrives late behind it. */
    private DeliveryProgress lateProgress;
    private StreamPosition recorded;
    /** No saved search has a webhook: nothing is read, and reading starts afresh when one has. */
    private boolean idle;

    public AlertMatcher(GatewayConfig config, ElasticsearchAsyncClient client, SavedSearchService searches,
                        EntityLookup entities, WebhookSender webhooks, GatewayMetrics metrics, AlertLeadership leadership) {
        this.config = config;
        this.client = client;
        this.searches = searches;
        this.entities = entities;
        this.webhooks = webhooks;
        this.metrics = metrics;
        this.leadership = leadership;
    }

    void start(@Observes StartupEvent event) {
        if (!config.alerts().enabled()) {
            return;
        }
        if (config.alerts().catchUp().compareTo(config.stream().lateWindow()) <= 0) {
            Log.warnf("newsflow.gateway.alerts.catch-up (%s) is not longer than newsflow.gateway.stream.late-window (%s):"
                    + " a sender that takes over cannot match what arrived late before it", config.alerts().catchUp(),
                    config.stream().lateWindow());
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "alert-matcher");
            t.setDaemon(true);
            return t;
        });
        long period = config.stream().pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::cycle, period, period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
            leadership.close();
        }
    }

    private void cycle() {
        try {
            if (!leadership.leads()) {
                sending = false;
                return;
            }
            if (!sending) {
                resume();
                sending = true;
            }
            if (leadership.searchesChanged()) {
                reloadedAt = 0;
            }
            if (System.currentTimeMillis() - reloadedAt > config.alerts().reloadInterval().toMillis()) {
                compiled = compileAll();
                reloadedAt = System.currentTimeMillis();
            }
            if (compiled.isEmpty()) {
                idle = true;
                metrics.alertsCaughtUp();
                metrics.alertsHeld(0);
                return;
            }
            if (idle) {
                restart(Instant.now());
            }
            readAndMatch();
            recordFinished();
        } catch (Throwable e) {
            Log.warnf("alert matching cycle failed: %s", e.toString());
        }
    }

    private List<Compiled> compileAll() throws Throwable {
        List<SavedSearch> all = VertxContextSupport.subscribeAndAwait(searches::matchable);
        List<Compiled> out = new ArrayList<>();
        for (SavedSearch s : all) {
            if (s.webhookUrl == null) {
                continue;
            }
            QueryNode node = QueryParser.parse(s.query);
            List<QueryNode.Term> names = node == null ? List.of() : QueryParser.positiveNameTerms(node);
            EntityLookup.Matches matches = VertxContextSupport.subscribeAndAwait(() -> entities.lookup(names));
            out.add(new Compiled(s, compile(node, matches.idsByTerm(), AlertFilters.of(s))));
        }
        return out;
    }

    /** The saved search's query with its filters, as one Lucene query; the filters mean what they mean in search. */
    static Query compile(QueryNode node, Map<QueryNode.Term, List<String>> entityIds, AlertFilters filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(LuceneQueryTranslator.toQuery(node, entityIds), Occur.MUST);
        filter(b, ArticleIndex.LANGUAGE, filters.languages());
        filter(b, ArticleIndex.SOURCE, filters.sources());
        filter(b, ArticleIndex.ENTITY_IDS, filters.entities());
        filter(b, ArticleIndex.ENTITY_TYPES, filters.entityTypes().stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
        filter(b, ArticleIndex.EVENT_TYPES, filters.eventTypes());
        if (!filters.places().isEmpty()) {
            b.add(new BooleanQuery.Builder()
                    .add(terms(ArticleIndex.EVENT_PLACES, filters.places()), Occur.SHOULD)
                    .add(terms(ArticleIndex.ENTITY_IDS, filters.places()), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, List<String> values) {
        if (!values.isEmpty()) {
            b.add(terms(field, values), Occur.FILTER);
        }
    }

    private static Query terms(String field, List<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /** Reads on from where the last sender stopped, but from no further back than {@code alerts.catch-up}. */
    private void resume() {
        reloadedAt = 0;
        recorded = null;
        Instant now = Instant.now();
        StreamPosition from = StreamPosition.at(now.minus(config.alerts().catchUp()));
        StreamPosition last = leadership.recorded().orElse(null);
        if (last == null) {
            restart(now);
        } else if (last.indexedAtMillis() < from.indexedAtMillis()) {
            Log.warnf("alert matching resumes %s back; articles indexed between %s and then are not matched",
                    config.alerts().catchUp(), Instant.ofEpochMilli(last.indexedAtMillis()));
            start(from);
        } else {
            start(last);
        }
    }

    /** Reads on from {@code now}: nothing older is matched. */
    private void restart(Instant now) {
        start(StreamPosition.at(now.minus(config.stream().settle())));
    }

    private void start(StreamPosition from) {
        position = from;
        progress = new DeliveryProgress(from);
        lateProgress = new DeliveryProgress(from);
        late = new LateArrivals(position);
        idle = false;
    }

    /**
     * Matches the articles indexed since the last cycle, in order, and those the trailing read found late
     * ({@link LateArrivals}).
     */
    @SuppressWarnings("rawtypes")
    private void readAndMatch() throws Exception {
        Instant now = Instant.now();
        List<Hit<Map>> fresh = read(position, now.minus(config.stream().settle()));
        for (Hit<Map> hit : fresh) {
            position = StreamPosition.of(hit);
            late.sent(position);
            progress.read(position, match(hit.source()));
        }
        if (fresh.size() < PAGE) {
            metrics.alertsCaughtUp();
        }
        try {
            Instant lateLimit = now.minus(config.stream().lateWindow());
            for (Hit<Map> hit : read(late.trailing(), late.until(lateLimit, position, fresh.size() < PAGE))) {
                StreamPosition at = StreamPosition.of(hit);
                lateProgress.read(at, late.late(at) ? match(hit.source()) : DeliveryProgress.NOTHING);
            }
        } catch (Exception e) {
            Log.warnf("alert matching: the trailing read failed, retried next cycle: %s", e.toString());
        }
    }

    /**
     * Records how far this sender has got ({@link DeliveryProgress}) in both its reads: the next sender reads on from
     * the earlier, the trailing read's at most {@code stream.late-window} back, so an article that becomes searchable
     * late around a handover is still matched. What it posts again carries the same delivery id.
     */
    private void recordFinished() {
        StreamPosition upTo = StreamPosition.earlier(progress.recordable(), lateProgress.recordable());
        metrics.alertsHeld(position.indexedAtMillis() - upTo.indexedAtMillis());
        if (!upTo.equals(recorded)) {
            leadership.record(upTo);
            recorded = upTo;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Hit<Map>> read(StreamPosition from, Instant until) throws Exception {
        if (until.toEpochMilli() <= from.indexedAtMillis()) {
            return List.of();
        }
        SearchResponse<Map> response = client.search(s -> s
                .index(ArticleIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field(ArticleIndex.KILLED).value(false)))
                        .filter(f -> f.range(r -> r.date(d -> d.field("indexed_at").lte(until.toString()))))))
                .size(PAGE)
                .sort(o -> o.field(f -> f.field("indexed_at").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(ArticleIndex.ID).order(SortOrder.Asc)))
                .searchAfter(FieldValue.of(from.indexedAtMillis()), FieldValue.of(from.articleId())), Map.class)
                .get(10, TimeUnit.SECONDS);
        return response.hits().hits();
    }

    /**
     * Posts the article to every saved search it matches; the future completes when every delivery has ended. An
     * article that cannot be matched or posted is logged and skipped, not retried: the others go on.
     */
    private CompletableFuture<Void> match(Map<String, Object> article) {
        List<CompletableFuture<?>> deliveries = new ArrayList<>();
        try {
            MemoryIndex index = memoryIndex(article);
            for (Compiled c : compiled) {
                if (index.search(c.query()) > 0.0f) {
                    metrics.alertMatched();
                    Map<String, Object> payload = new LinkedHashMap<>();
                    payload.put("savedSearch", Map.of("id", c.search().id, "name", c.search().name == null ? "" : c.search().name));
                    payload.put("article", ArticleSearchService.summary(article, null, null));
                    deliveries.add(webhooks.send(c.search().webhookUrl, c.search().webhookSecret,
                            JSON.writeValueAsString(payload), deliveryId(c.search().id, article)));
                }
            }
        } catch (Exception e) {
            Log.warnf("alert matching skipped article %s: %s", article.get(ArticleIndex.ID), e.toString());
        }
        return CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new));
    }

    /**
     * The id of the delivery of one version of an article to one saved search: a sender that takes over posts the
     * matches of the last late window (and any delivery that had not ended) again, with the same ids.
     */
    static String deliveryId(String savedSearchId, Map<String, Object> article) {
        String key = savedSearchId + "\n" + article.get(ArticleIndex.ID) + "\n" + article.get(ArticleIndex.VERSION);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** One article as the articles index holds it, in a MemoryIndex with the same analysis per field. */
    @SuppressWarnings("unchecked")
    static MemoryIndex memoryIndex(Map<String, Object> article) {
        MemoryIndex index = new MemoryIndex();
        for (String language : List.of("ar", "en", "fr")) {
            add(index, ArticleIndex.TEXT_PREFIX + language, article.get(ArticleIndex.TEXT_PREFIX + language), WHITESPACE);
        }
        add(index, ArticleIndex.HEADLINE, article.get(ArticleIndex.HEADLINE), STANDARD);
        add(index, ArticleIndex.BODY, article.get(ArticleIndex.BODY), STANDARD);
        add(index, ArticleIndex.ENTITY_NAMES, article.get(ArticleIndex.ENTITY_NAMES), STANDARD);
        add(index, ArticleIndex.ENTITY_IDS, article.get(ArticleIndex.ENTITY_IDS), KEYWORD);
        add(index, ArticleIndex.ENTITY_TYPES, article.get(ArticleIndex.ENTITY_TYPES), KEYWORD);
        add(index, ArticleIndex.EVENT_TYPES, article.get(ArticleIndex.EVENT_TYPES), KEYWORD);
        add(index, ArticleIndex.EVENT_PLACES, article.get(ArticleIndex.EVENT_PLACES), KEYWORD);
        add(index, ArticleIndex.LANGUAGE, article.get(ArticleIndex.LANGUAGE), KEYWORD);
        add(index, ArticleIndex.SOURCE, article.get(ArticleIndex.SOURCE), KEYWORD);
        return index;
    }

    private static void add(MemoryIndex index, String field, Object value, Analyzer analyzer) {
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> index.addField(field, v.toString(), analyzer));
        } else if (value != null) {
            index.addField(field, value.toString(), analyzer);
        }
    }

    /** For tests of the matching itself. */
    static boolean matches(Query query, Map<String, Object> article) {
        return memoryIndex(article).search(query) > 0.0f;
    }
}
