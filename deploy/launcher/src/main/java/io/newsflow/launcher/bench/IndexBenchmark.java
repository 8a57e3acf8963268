package io.newsflow.launcher.bench;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.extraction.Extraction;
import io.newsflow.extraction.Extractor;
import io.newsflow.launcher.Newsflow;
import io.newsflow.launcher.StackSettings;
import io.newsflow.search.client.ElasticsearchClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.elasticsearch.client.RestClient;

/**
 * {@code ./newsflow bench index [--articles N] [--warmup W]}: how fast index-service writes enriched articles,
 * against how fast Elasticsearch alone takes the same documents in bulk, measured in one run on the running stack.
 * The articles are generated, enriched by the real extractor, written to the enriched topic, and counted as
 * index-service reports them indexed (its newsflow_items_total counter). Both sides first take W other articles
 * (default 2,000), not counted: a fresh service spends most of its CPU compiling its own code for the first
 * thousands of articles, and the figure asked for is the rate it sustains. The measured articles then go in
 * {@link #ROUNDS} slices, each to Elasticsearch alone and then to index-service, so that Elasticsearch's own drift
 * (merges, caches; its rate alone varied from 240 to 450 articles/s between runs here) falls on both sides alike.
 * Elasticsearch alone writes every slice into the same scratch indices, which grow over the run as the service's
 * do; they start empty, though, where the service's hold what the stack already indexed, and a bigger index costs
 * Elasticsearch more (merges): on a stack that has indexed much, the ratio reads low.
 */
public final class IndexBenchmark {

    /** The measured articles go in this many slices, each to Elasticsearch alone and then to index-service. */
    private static final int ROUNDS = 3;
    /** How often index-service's count is read while it indexes a slice. */
    private static final long POLL_MILLIS = 500;

    private IndexBenchmark() {
    }

    public static int run(List<String> options, StackSettings settings) throws Exception {
        int count = Newsflow.intOption(options, "--articles", 10_000, 1, 1_000_000);
        int warmup = Newsflow.intOption(options, "--warmup", 2_000, 0, 1_000_000);
        String indexUrl = "http://127.0.0.1:" + settings.indexPort();
        String tag = "bench-index-" + System.currentTimeMillis();
        List<EnrichedArticle> all = enriched(tag, warmup + count);
        List<EnrichedArticle> warm = all.subList(0, warmup);
        List<EnrichedArticle> articles = all.subList(warmup, all.size());
        log("generated and enriched " + warmup + " warm-up and " + count + " measured articles");

        double esSeconds = 0;
        double serviceSeconds = 0;
        try (RestClient rest = ElasticsearchClients.restClient(settings.elasticsearchUrl(), null, null);
             DirectBulk direct = new DirectBulk(ElasticsearchClients.blocking(rest))) {
            if (!warm.isEmpty()) {
                direct.write(warm);
                write(settings, warm, indexUrl);
                log("Elasticsearch and index-service warmed up on " + warmup + " articles");
            }
            for (int round = 0; round < ROUNDS; round++) {
                List<EnrichedArticle> slice = articles.subList(round * count / ROUNDS, (round + 1) * count / ROUNDS);
                double esRound = direct.write(slice);
                double serviceRound = write(settings, slice, indexUrl);
                log(String.format(Locale.ROOT, "round %d of %d: Elasticsearch alone %.0f, index-service %.0f articles/s",
                        round + 1, ROUNDS, esRound, serviceRound));
                esSeconds += slice.size() / esRound;
                serviceSeconds += slice.size() / serviceRound;
            }
        }
        double esRate = count / esSeconds;
        double serviceRate = count / serviceSeconds;
        double ratio = serviceRate / esRate;
        new BenchReport("index-" + tag)
                .figure("articles", count)
                .figure("warmup_articles", warmup)
                .figure("service_docs_per_s", round(serviceRate))
                .figure("es_bulk_docs_per_s", round(esRate))
                .figure("ratio", round(ratio))
                .write(settings.home().resolve("bench"));
        System.out.printf(Locale.ROOT, "service_docs_per_s=%.1f es_bulk_docs_per_s=%.1f ratio=%.2f%n", serviceRate, esRate, ratio);
        return 0;
    }

    /**
     * Writes the articles to the enriched topic and waits until index-service has indexed them all; answers its
     * rate. The service's count is read from its metrics twice a second, and the moment it reached the last article
     * is taken as the middle of the interval between the last two readings: the count moves in steps of a batch, so
     * no rate foretells the last one, and as the readings do not follow the service, the middle is right on
     * average. Reading faster would spend the service's own CPU on the measurement: a read of its metrics page
     * (some 180 kB) costs the service about 20 ms of CPU, so that reading every 20 ms near the end, as this did
     * before, took a core from the service just as it finished.
     */
    private static double write(StackSettings settings, List<EnrichedArticle> articles, String indexUrl) throws InterruptedException {
        // Serialised before the clock starts: writing the records is the benchmark's work, not the service's.
        List<String> payloads = articles.stream().map(EventCodec::write).toList();
        double target = indexed(indexUrl) + articles.size();
        long started = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer(settings.kafkaBootstrap())) {
            for (int i = 0; i < articles.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, articles.get(i).article().id(), payloads.get(i)));
            }
            producer.flush();
        }
        long deadline = started + TimeUnit.MINUTES.toNanos(10);
        long previousAt = started;
        while (true) {
            Thread.sleep(POLL_MILLIS);
            long asked = System.nanoTime();
            double count = indexed(indexUrl);
            long readAt = (asked + System.nanoTime()) / 2;
            if (count >= target) {
                long finished = previousAt + (readAt - previousAt) / 2;
                return articles.size() / ((finished - started) / 1e9);
            }
            if (readAt > deadline) {
                throw new IllegalStateException("index-service did not index " + articles.size() + " articles within 10 minutes");
            }
            previousAt = readAt;
        }
    }

    static List<EnrichedArticle> enriched(String tag, int count) {
        BenchCorpus corpus = new BenchCorpus(42);
        Extractor extractor = Extractor.withBundledKnowledge();
        Instant published = Instant.now();
        List<EnrichedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            NormalisedArticle a = corpus.article(tag + "-" + i, tag, i, published)
                    .withIngestFacts("bench", Integer.toHexString(i), tag + "-" + i, Instant.now());
            Extraction found = extractor.extract(a.headline(), a.body(), a.versionCreated(), a.language());
            articles.add(new EnrichedArticle(a, found.language(), found.entities(), found.events(), Instant.now()));
        }
        return articles;
    }

    private static double indexed(String indexUrl) {
        return ServiceMetrics.value(indexUrl, "newsflow_items_total", "stage=\"index\"", "outcome=\"indexed\"");
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static void log(String message) {
        System.err.println("bench: " + message);
    }
}
