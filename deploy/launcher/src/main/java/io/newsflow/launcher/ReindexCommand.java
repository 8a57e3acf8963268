package io.newsflow.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.EntityIndex;
import io.newsflow.search.EventIndex;
import io.newsflow.search.client.ElasticsearchClients;
import io.newsflow.search.mapping.ArticleDocument;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.elasticsearch.client.RestClient;

/**
 * {@code ./newsflow reindex [articles|entities|events]}: builds a new version of an index from the current mapping
 * resource and moves the aliases onto it without search ever going dark or a write going missing. The articles
 * are one index per month (see {@link ArticleIndex}): each month index is rebuilt in turn, and its month write
 * alias moves with the read alias.
 *
 * <p>Per index: create the new one, copy every document while writes still go to the old one, block writes on the
 * old one (index-service sends a blocked write again after a pause), copy what was written meanwhile, then move
 * the aliases in one atomic step. Readers see the old index until the swap and the complete new one after it;
 * versions travel with the documents (external versioning), so no copy puts an older version over a newer one.
 * The old index is kept, blocked, until deleted by hand (or by the articles retention). The local Elasticsearch
 * has no _reindex API: the copy runs here, through search_after and bulk.
 */
final class ReindexCommand {

    private static final int PAGE = 1_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    /** Articles written to the old index after the first copy began carry an indexed_at after this much before it. */
    private static final Duration IN_FLIGHT = Duration.ofMinutes(5);

    /**
     * An alias this command can rebuild, with the mapping of its next index, the field holding doc versions, and
     * whether index-service deletes documents from it (events an update dropped), which the copy must follow, and
     * how a document of an older mapping becomes one of the new.
     */
    record Target(String alias, int mappingVersion, String mappingJson, String versionField, boolean deletes,
                  UnaryOperator<Map<String, Object>> upgrade) {

        static Target named(String name) {
            return switch (name) {
                case "articles" -> new Target(ArticleIndex.ALIAS, ArticleIndex.MAPPING_VERSION, ArticleIndex.mappingJson(),
                        ArticleIndex.VERSION, false, ArticleDocument::upgrade);
                case "events" -> new Target(EventIndex.ALIAS, EventIndex.MAPPING_VERSION, EventIndex.mappingJson(),
                        "article_version", true, UnaryOperator.identity());
                case "entities" -> new Target(EntityIndex.ALIAS, EntityIndex.MAPPING_VERSION, EntityIndex.mappingJson(),
                        null, false, UnaryOperator.identity());
                default -> throw new Newsflow.UsageException("reindex takes articles, entities or events, not '" + name + "'");
            };
        }

        boolean monthly() {
            return alias.equals(ArticleIndex.ALIAS);
        }
    }

    /** An alias to move from the old index to the new one, and whether it is the new one's write alias. */
    private record MovedAlias(String name, boolean write) {
    }

    private ReindexCommand() {
    }

    static int run(List<String> options, StackSettings settings) {
        Target target = Target.named(options.isEmpty() ? "articles" : options.remove(0));
        Newsflow.requireNoMore(options);
        try (RestClient rest = ElasticsearchClients.restClient(settings.elasticsearchUrl(), null, null)) {
            for (String fresh : reindex(ElasticsearchClients.blocking(rest), target, Instant.now())) {
                System.out.println(target.alias() + " -> " + fresh);
            }
            return 0;
        } catch (IOException e) {
            throw new LaunchException("Elasticsearch at " + settings.elasticsearchUrl() + " failed: " + e.getMessage(), e);
        }
    }

    /** Rebuilds every index behind {@code target} into new ones named after {@code now}; returns their names. */
    static List<String> reindex(ElasticsearchClient es, Target target, Instant now) throws IOException {
        List<String> current = new ArrayList<>(es.indices().getAlias(g -> g.name(target.alias())).result().keySet());
        Collections.sort(current);
        if (!target.monthly() && current.size() != 1) {
            throw new LaunchException("alias " + target.alias() + " points at " + current + "; expected one index");
        }
        List<String> rebuilt = new ArrayList<>();
        for (String old : current) {
            if (!target.monthly()) {
                String fresh = target.alias() + "-v" + target.mappingVersion() + "-" + STAMP.format(now);
                rebuild(es, target, old, fresh, List.of(new MovedAlias(target.alias(), true)), now);
                rebuilt.add(fresh);
                continue;
            }
            YearMonth month = ArticleIndex.monthOfIndex(old).orElseThrow(() -> new LaunchException(
                    "index " + old + " behind " + target.alias() + " is not a month index; delete it or move its articles by hand"));
            String fresh = ArticleIndex.monthIndex(target.mappingVersion(), month) + "-" + STAMP.format(now);
            rebuild(es, target, old, fresh, List.of(new MovedAlias(ArticleIndex.ALIAS, false),
                    new MovedAlias(ArticleIndex.monthAlias(month), true)), now);
            rebuilt.add(fresh);
        }
        return rebuilt;
    }

    private static void rebuild(ElasticsearchClient es, Target target, String old, String fresh, List<MovedAlias> aliases,
                                Instant now) throws IOException {
        es.indices().create(c -> c.index(fresh).withJson(new StringReader(target.mappingJson())));
        long copied = copy(es, target, old, fresh, null);
        blockWrites(es, old, true);
        try {
            es.indices().refresh(r -> r.index(old));
            // What reached the old index while we copied; for articles, only what was written since the copy began.
            Instant since = target.monthly() ? now.minus(IN_FLIGHT) : null;
            long caughtUp = copy(es, target, old, fresh, since);
            if (target.deletes()) {
                caughtUp += removeDeleted(es, old, fresh);
            }
            es.indices().updateAliases(u -> {
                for (MovedAlias alias : aliases) {
                    u.actions(a -> a.remove(r -> r.index(old).alias(alias.name())));
                    u.actions(a -> a.add(ad -> ad.index(fresh).alias(alias.name()).isWriteIndex(alias.write() ? Boolean.TRUE : null)));
                }
                return u;
            });
            Stack.log("copied " + copied + " documents from " + old + ", then " + caughtUp + " written meanwhile; "
                    + old + " is kept, read-only, until deleted");
        } catch (IOException | RuntimeException e) {
            blockWrites(es, old, false);
            throw e;
        }
    }

    /** Deletes from {@code fresh} what was deleted from {@code old} after the first copy took it. */
    private static long removeDeleted(ElasticsearchClient es, String old, String fresh) throws IOException {
        es.indices().refresh(r -> r.index(fresh));
        Set<String> kept = new HashSet<>(ids(es, old));
        List<BulkOperation> deletions = new ArrayList<>();
        for (String id : ids(es, fresh)) {
            if (!kept.contains(id)) {
                deletions.add(BulkOperation.of(op -> op.delete(d -> d.index(fresh).id(id))));
            }
        }
        for (int from = 0; from < deletions.size(); from += PAGE) {
            List<BulkOperation> batch = deletions.subList(from, Math.min(deletions.size(), from + PAGE));
            es.bulk(b -> b.operations(batch));
        }
        return deletions.size();
    }

    private static List<String> ids(ElasticsearchClient es, String index) throws IOException {
        List<String> ids = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Void> page = es.search(s -> {
                s.index(index).size(10 * PAGE).source(src -> src.fetch(false)).sort(o -> o.field(f -> f.field("_doc").order(SortOrder.Asc)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Void.class);
            List<Hit<Void>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return ids;
            }
            hits.forEach(hit -> ids.add(hit.id()));
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** While the old index is blocked, index-service's writes are refused with a block and sent again later. */
    private static void blockWrites(ElasticsearchClient es, String index, boolean blocked) throws IOException {
        es.indices().putSettings(p -> p.index(index).settings(s -> s.blocks(b -> b.write(blocked))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static long copy(ElasticsearchClient es, Target target, String from, String to, Instant since) throws IOException {
        Query query = since == null
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.range(r -> r.date(d -> d.field("indexed_at").gte(since.toString()))));
        long copied = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Map> page = es.search(s -> {
                s.index(from).size(PAGE).query(query).sort(o -> o.field(f -> f.field("_doc").order(SortOrder.Asc)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Map.class);
            List<Hit<Map>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return copied;
            }
            List<BulkOperation> operations = new ArrayList<>();
            for (Hit<Map> hit : hits) {
                operations.add(operation(target, to, hit));
            }
            BulkResponse response = es.bulk(b -> b.operations(operations));
            response.items().stream()
                    .filter(item -> item.error() != null && item.status() != 409)
                    .findFirst()
                    .ifPresent(item -> {
                        throw new LaunchException("copy refused " + item.id() + ": " + item.error().reason());
                    });
            copied += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * Versioned documents keep their version; entities have none, and the new index takes no other writes before
     * the swap, so the last copy simply wins.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static BulkOperation operation(Target target, String index, Hit<Map> hit) {
        Map<String, Object> source = target.upgrade().apply(hit.source());
        if (target.versionField() == null) {
            return BulkOperation.of(op -> op.index(i -> i.index(index).id(hit.id()).document(source)));
        }
        long version = ((Number) source.get(target.versionField())).longValue();
        return BulkOperation.of(op -> op.index(i -> i.index(index).id(hit.id()).document(source)
                .version(version).versionType(VersionType.ExternalGte)));
    }
}
