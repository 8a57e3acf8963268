package io.newsflow.launcher.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.extraction.Extraction;
import io.newsflow.extraction.Extractor;
import io.newsflow.launcher.KeysCommand;
import io.newsflow.launcher.LocalHttp;
import io.newsflow.launcher.Newsflow;
import io.newsflow.launcher.StackSettings;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.client.ElasticsearchClients;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.elasticsearch.client.RestClient;

/**
 * {@code ./newsflow bench pipeline [--articles N] [--rate R] [--warmup W]}: generated ar/en/fr wire copy (with
 * updates, exact duplicates and kills) written to the ingest topic as fast as the system takes it (or at R articles/s,
 * their updates, duplicates and kills sent at the same pace), until every article is searchable in its final version
 * and every kill is gone (counted in Elasticsearch as it goes, then checked through the gateway, as readers search).
 * Any article lost, copied twice or not found through the gateway fails the run. Reports end-to-end and per-stage
 * throughput, freshness (received by ingest-service to written by index-service, plus at most the 1 s refresh), CPU
 * and memory of each process, and the ratio to Elasticsearch's own bulk rate for the same final documents, in one run.
 * With W, W other articles first go through the same way, at the same rate, and are not counted: on two busy cores
 * the services go on compiling their own code for thousands of articles (the JIT took a core for minutes here), and
 * a figure such as freshness at a steady rate is about the services once that is done.
 */
public final class PipelineBenchmark {

    private static final List<String> STAGES = List.of("ingest", "extract", "index");

    private PipelineBenchmark() {
    }

    public static int run(List<String> options, StackSettings settings, Map<String, ProcessHandle> processes) throws Exception {
        int count = Newsflow.intOption(options, "--articles", 10_000, 1, 1_000_000);
        double rate = Newsflow.decimalOption(options, "--rate", 0, 0, 1_000_000);
        int warmup = Newsflow.intOption(options, "--warmup", 0, 0, 1_000_000);
        String tag = "bench-pipeline-" + System.currentTimeMillis();
        Plan plan = plan(tag, count);
        IndexBenchmark.log(String.format(Locale.ROOT, "%d raw items: %d articles, %d updates, %d duplicates, %d kills",
                plan.records().size(), plan.finals().size(), plan.updates(), plan.duplicates(), plan.kills()));

        long live = plan.finals().values().stream().filter(a -> !a.pubStatus().isKill()).count();
        try (RestClient rest = ElasticsearchClients.restClient(settings.elasticsearchUrl(), null, null);
             KafkaProducer<String, String> producer = IndexBenchmark.producer(settings.kafkaBootstrap())) {
            ElasticsearchClient es = ElasticsearchClients.blocking(rest);
            if (warmup > 0) {
                String warmTag = tag + "-warmup";
                double seconds = flow(es, producer, warmTag, plan(warmTag, warmup), rate, new ArrayList<>());
                IndexBenchmark.log(String.format(Locale.ROOT, "warmed up on %d articles in %.0f s, not counted", warmup, seconds));
            }
            Map<String, ProcessStats> cpuBefore = stats(processes);
            Map<String, Double> stagesBefore = stageCounters(settings);
            List<double[]> series = new ArrayList<>();
            double elapsed = flow(es, producer, tag, plan, rate, series);
            Map<String, ProcessStats> cpuAfter = stats(processes);
            Map<String, Double> stagesAfter = stageCounters(settings);
            Verdict verdict = verify(es, tag, plan);
            long throughGateway = searchableThroughGateway(settings, tag, live);
            double articlesPerSecond = plan.finals().size() / elapsed;
            IndexBenchmark.log("measuring Elasticsearch alone on the same final documents");
            double esRate = DirectBulk.articlesPerSecond(es, enriched(plan, live));
            double ratio = articlesPerSecond / esRate;
            Percentiles freshness = new Percentiles(verdict.freshnessMs());

            BenchReport report = new BenchReport("pipeline-" + tag)
                    .figure("articles", plan.finals().size())
                    .figure("raw_items", plan.records().size())
                    .figure("rate_limit_per_s", rate)
                    .figure("warmup_articles", warmup)
                    .figure("seconds", IndexBenchmark.round(elapsed))
                    .figure("articles_per_s", IndexBenchmark.round(articlesPerSecond))
                    .figure("es_bulk_articles_per_s", IndexBenchmark.round(esRate))
                    .figure("es_bulk_ratio", IndexBenchmark.round(ratio))
                    .figure("freshness_p50_ms", freshness.at(50))
                    .figure("freshness_p95_ms", freshness.at(95))
                    .figure("freshness_p99_ms", freshness.at(99))
                    .figure("lost", verdict.lost())
                    .figure("duplicates", verdict.duplicates())
                    .figure("searchable_through_gateway", throughGateway)
                    .figure("live_articles", live)
                    .series("articles settled over time", series)
                    .latencies("freshness (ms)", verdict.freshnessMs());
            for (String stage : STAGES) {
                double n = stagesAfter.get(stage) - stagesBefore.get(stage);
                report.figure(stage + "_items_per_s", IndexBenchmark.round(n / elapsed));
            }
            cpuAfter.forEach((name, after) -> {
                ProcessStats before = cpuBefore.get(name);
                report.figure(name + "_cpu_s", IndexBenchmark.round(after.cpuSeconds() - (before == null ? 0 : before.cpuSeconds())));
                report.figure(name + "_rss_mb", after.rssMb());
            });
            Path html = report.write(settings.home().resolve("bench"));
            IndexBenchmark.log("report: " + html);
            System.out.printf(Locale.ROOT, "articles_per_s=%.1f es_bulk_ratio=%.2f freshness_p99_ms=%.0f articles=%d lost=%d%n",
                    articlesPerSecond, ratio, freshness.at(99), plan.finals().size(), verdict.lost());
            if (verdict.duplicates() > 0) {
                IndexBenchmark.log(verdict.duplicates() + " documents beyond one per article");
            }
            return verdict.lost() == 0 && verdict.duplicates() == 0 && throughGateway == live ? 0 : 1;
        }
    }

    /** What goes in (raw records, in order) and what must come out (the final version of each article). */
    record Plan(List<NormalisedArticle> records, Map<String, NormalisedArticle> finals, int updates, int duplicates, int kills) {

        /** The records to send a second for {@code articlesPerSecond} articles: their updates, duplicates and kills too. */
        double recordsPerSecond(double articlesPerSecond) {
            return articlesPerSecond * records.size() / finals.size();
        }
    }

    /** Per 100 articles: 10 get an update, 5 are sent twice, 5 are killed afterwards. */
    static Plan plan(String tag, int count) {
        // A fresh seed each run: the same text under new ids would rightly be dropped as duplicates by ingest-service.
        BenchCorpus corpus = new BenchCorpus(System.nanoTime());
        Instant published = Instant.now();
        List<NormalisedArticle> records = new ArrayList<>();
        Map<String, NormalisedArticle> finals = new LinkedHashMap<>();
        int updates = 0;
        int duplicates = 0;
        int kills = 0;
        for (int i = 0; i < count; i++) {
            NormalisedArticle article = corpus.article(tag + "-" + i, tag, i, published);
            records.add(article);
            finals.put(article.id(), article);
            int slot = i % 100;
            if (slot < 10) {
                NormalisedArticle update = corpus.update(article);
                records.add(update);
                finals.put(update.id(), update);
                updates++;
            } else if (slot < 15) {
                records.add(article);
                duplicates++;
            } else if (slot < 20) {
                NormalisedArticle kill = corpus.kill(article);
                records.add(kill);
                finals.put(kill.id(), kill);
                kills++;
            }
        }
        return new Plan(records, finals, updates, duplicates, kills);
    }

    /**
     * Sends the plan's records and waits (15 minutes at most) until every article is in its final state; answers the
     * seconds that took, and adds (seconds, articles settled) to {@code series} four times a second.
     */
    private static double flow(ElasticsearchClient es, KafkaProducer<String, String> producer, String tag, Plan plan,
                               double rate, List<double[]> series) throws IOException, InterruptedException {
        List<FieldValue> laterVersions = plan.finals().values().stream()
                .filter(a -> a.version() > 1).map(a -> FieldValue.of(a.id())).toList();
        long started = System.nanoTime();
        send(producer, plan.records(), plan.recordsPerSecond(rate), started);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (true) {
            long done = settledOrZero(es, tag, laterVersions);
            double seconds = (System.nanoTime() - started) / 1e9;
            series.add(new double[] {seconds, done});
            if (done >= plan.finals().size() || System.nanoTime() > deadline) {
                return seconds;
            }
            Thread.sleep(250);
        }
    }

    private static void send(KafkaProducer<String, String> producer, List<NormalisedArticle> records, double recordsPerSecond, long started)
            throws InterruptedException {
        for (int i = 0; i < records.size(); i++) {
            NormalisedArticle record = records.get(i);
            producer.send(new ProducerRecord<>(Topics.INGEST_RAW, record.id(), BenchCorpus.raw(record)));
            if (recordsPerSecond > 0) {
                long due = started + (long) (i / recordsPerSecond * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        }
        producer.flush();
    }

    /** While index-service creates the index, its shard is briefly unavailable: count nothing settled yet. */
    private static long settledOrZero(ElasticsearchClient es, String tag, List<FieldValue> laterVersions) throws IOException {
        try {
            return settled(es, tag, laterVersions);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            return 0;
        }
    }

    /** How many articles are in their final state: no article counts while only its first version is there. */
    private static long settled(ElasticsearchClient es, String tag, List<FieldValue> laterVersions) throws IOException {
        return es.count(c -> c.index(ArticleIndex.ALIAS).ignoreUnavailable(true)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field(ArticleIndex.SOURCE).value(tag)))
                        .mustNot(m -> m.bool(first -> first
                                .filter(f -> f.term(t -> t.field(ArticleIndex.VERSION).value(1)))
                                .filter(f -> f.terms(t -> t.field(ArticleIndex.ID).terms(v -> v.value(laterVersions)))))))))
                .count();
    }

    /**
     * How many of the run's articles a reader finds through the gateway (kills left out, as readers see them), once
     * it finds all {@code expected} or 30 s have passed: the run counts only once they are searchable where frontends
     * search. Uses a reader key made for the run, revoked afterwards.
     */
    private static long searchableThroughGateway(StackSettings settings, String tag, long expected) throws InterruptedException {
        String db = settings.postgresJdbcUrl(StackSettings.DATABASE);
        KeysCommand.Created key = KeysCommand.create(db, settings.databasePassword(), "reader", "bench pipeline", 100_000);
        HttpClient http = LocalHttp.client(Duration.ofSeconds(2));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + "/v1/articles?limit=1&source="
                        + URLEncoder.encode(tag, StandardCharsets.UTF_8)))
                .header("X-API-Key", key.key()).timeout(Duration.ofSeconds(10)).build();
        try {
            long found = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (found != expected && System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    found = response.statusCode() == 200 ? EventCodec.mapper().readTree(response.body()).path("total").asLong(-1) : -1;
                } catch (IOException e) {
                    found = -1;
                }
                if (found != expected) {
                    Thread.sleep(500);
                }
            }
            IndexBenchmark.log(String.format(Locale.ROOT, "through the gateway: %d of %d live articles searchable", Math.max(0, found), expected));
            return Math.max(0, found);
        } finally {
            KeysCommand.revoke(db, settings.databasePassword(), key.id());
        }
    }

    /**
     * What the run got right and wrong, and the freshness of every article, read back from the index: {@code lost},
     * articles missing or not in their final version; {@code duplicates}, documents beyond one per article (a second
     * copy of an article, or a document of the run that is no article of the plan, such as a duplicate let through).
     */
    record Verdict(int lost, int duplicates, double[] freshnessMs) {
    }

    @SuppressWarnings({"rawtypes"})
    private static Verdict verify(ElasticsearchClient es, String tag, Plan plan) throws IOException {
        es.indices().refresh(r -> r.index(ArticleIndex.ALIAS));
        Map<String, Map> seen = new HashMap<>();
        int documents = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Map> page = es.search(s -> {
                s.index(ArticleIndex.ALIAS).size(5_000)
                        .query(q -> q.term(t -> t.field(ArticleIndex.SOURCE).value(tag)))
                        .source(src -> src.filter(f -> f.includes("id", "version", "killed", "received_at", "indexed_at")))
                        .sort(o -> o.field(f -> f.field(ArticleIndex.ID).order(SortOrder.Asc)))
                        // Two copies of one article (two month indices) must not fall on either side of a page.
                        .sort(o -> o.field(f -> f.field("_index").order(SortOrder.Asc)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Map.class);
            if (page.hits().hits().isEmpty()) {
                break;
            }
            for (Hit<Map> hit : page.hits().hits()) {
                seen.put(hit.id(), hit.source());
                documents++;
            }
            after = page.hits().hits().get(page.hits().hits().size() - 1).sort();
        }
        int lost = 0;
        List<Double> freshness = new ArrayList<>();
        for (NormalisedArticle expected : plan.finals().values()) {
            Map doc = seen.get(expected.id());
            boolean right = doc != null
                    && ((Number) doc.get("version")).longValue() == expected.version()
                    && Boolean.TRUE.equals(doc.get("killed")) == expected.pubStatus().isKill();
            if (!right) {
                lost++;
                continue;
            }
            if (doc.get("received_at") != null && doc.get("indexed_at") != null) {
                freshness.add((double) (Instant.parse(doc.get("indexed_at").toString()).toEpochMilli()
                        - Instant.parse(doc.get("received_at").toString()).toEpochMilli()));
            }
        }
        int strangers = (int) seen.keySet().stream().filter(id -> !plan.finals().containsKey(id)).count();
        int duplicates = documents - seen.size() + strangers;
        return new Verdict(lost, duplicates, freshness.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static List<EnrichedArticle> enriched(Plan plan, long live) {
        Extractor extractor = Extractor.withBundledKnowledge();
        List<EnrichedArticle> out = new ArrayList<>((int) live);
        for (NormalisedArticle a : plan.finals().values()) {
            if (a.pubStatus().isKill()) {
                continue;
            }
            NormalisedArticle ingested = a.withIngestFacts("bench", Integer.toHexString(a.hashCode()), a.id(), Instant.now());
            Extraction found = extractor.extract(a.headline(), a.body(), a.versionCreated(), a.language());
            out.add(new EnrichedArticle(ingested, found.language(), found.entities(), found.events(), Instant.now()));
        }
        return out;
    }

    private static Map<String, Double> stageCounters(StackSettings settings) {
        Map<String, Double> counters = new HashMap<>();
        counters.put("ingest", ServiceMetrics.value("http://127.0.0.1:" + settings.ingestPort(), "newsflow_items_total", "stage=\"ingest\"", "outcome=\"received\""));
        counters.put("extract", ServiceMetrics.value("http://127.0.0.1:" + settings.extractPort(), "newsflow_items_total", "stage=\"extract\"", "outcome=\"published\""));
        counters.put("index", ServiceMetrics.value("http://127.0.0.1:" + settings.indexPort(), "newsflow_items_total", "stage=\"index\"", "outcome=\"indexed\""));
        return counters;
    }

    private static Map<String, ProcessStats> stats(Map<String, ProcessHandle> processes) {
        Map<String, ProcessStats> stats = new LinkedHashMap<>();
        processes.forEach((name, handle) -> stats.put(name, ProcessStats.of(handle)));
        return stats;
    }
}
