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
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.RestClient;

/**
 * {@code ./newsflow reindex [articles|entities|events]}: builds a new version of an index from the current mapping
 * resource, copies every document into it, swaps the alias in one atomic step, then copies again what was written
 * to the old index meanwhile. Versions travel with the documents (external versioning), so the catch-up never
 * puts an older version over a newer one, and no write is lost. The old index is kept until deleted by hand.
 * (The local Elasticsearch has no _reindex API: the copy runs here, through search_after and bulk.)
 */
final class ReindexCommand {

    private static final int PAGE = 1_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    /** An alias this command can rebuild, with the mapping of its next index and the field holding doc versions. */
    record Target(String alias, int mappingVersion, String mappingJson, String versionField) {

        static Target named(String name) {
            return switch (name) {
                case "articles" -> new Target(ArticleIndex.ALIAS, ArticleIndex.MAPPING_VERSION, ArticleIndex.mappingJson(), ArticleIndex.VERSION);
                case "events" -> new Target(EventIndex.ALIAS, EventIndex.MAPPING_VERSION, EventIndex.mappingJson(), "article_version");
                case "entities" -> new Target(EntityIndex.ALIAS, EntityIndex.MAPPING_VERSION, EntityIndex.mappingJson(), null);
                default -> throw new Newsflow.UsageException("reindex takes articles, entities or events, not '" + name + "'");
            };
        }
    }

    private ReindexCommand() {
    }

    static int run(List<String> options, StackSettings settings) {
        Target target = Target.named(options.isEmpty() ? "articles" : options.remove(0));
        Newsflow.requireNoMore(options);
        try (RestClient rest = ElasticsearchClients.restClient(settings.elasticsearchUrl(), null, null)) {
            String fresh = reindex(ElasticsearchClients.blocking(rest), target, Instant.now());
            System.out.println(target.alias() + " -> " + fresh);
            return 0;
        } catch (IOException e) {
            throw new LaunchException("Elasticsearch at " + settings.elasticsearchUrl() + " failed: " + e.getMessage(), e);
        }
    }

    /** Rebuilds {@code target} into a new index named after {@code now}; returns its name. */
    static String reindex(ElasticsearchClient es, Target target, Instant now) throws IOException {
        String old = currentIndex(es, target.alias());
        String fresh = target.alias() + "-v" + target.mappingVersion() + "-" + STAMP.format(now);
        es.indices().create(c -> c.index(fresh).withJson(new StringReader(target.mappingJson())));
        long copied = copy(es, target, old, fresh);
        es.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(old).alias(target.alias())))
                .actions(a -> a.add(ad -> ad.index(fresh).alias(target.alias()).isWriteIndex(true))));
        // Writes that reached the old index while we copied: copy again, versions decide.
        long caughtUp = copy(es, target, old, fresh);
        Stack.log("copied " + copied + " documents from " + old + ", then " + caughtUp + " again after the swap");
        return fresh;
    }

    private static String currentIndex(ElasticsearchClient es, String alias) throws IOException {
        var indices = es.indices().getAlias(g -> g.name(alias)).result().keySet();
        if (indices.size() != 1) {
            throw new LaunchException("alias " + alias + " points at " + indices + "; expected one index");
        }
        return indices.iterator().next();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static long copy(ElasticsearchClient es, Target target, String from, String to) throws IOException {
        long copied = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Map> page = es.search(s -> {
                s.index(from).size(PAGE).query(Query.of(q -> q.matchAll(m -> m))).sort(o -> o.field(f -> f.field("_doc").order(SortOrder.Asc)));
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

    @SuppressWarnings("rawtypes")
    private static BulkOperation operation(Target target, String index, Hit<Map> hit) {
        Map source = hit.source();
        if (target.versionField() == null) {
            return BulkOperation.of(op -> op.create(c -> c.index(index).id(hit.id()).document(source)));
        }
        long version = ((Number) source.get(target.versionField())).longValue();
        return BulkOperation.of(op -> op.index(i -> i.index(index).id(hit.id()).document(source)
                .version(version).versionType(VersionType.ExternalGte)));
    }
}
