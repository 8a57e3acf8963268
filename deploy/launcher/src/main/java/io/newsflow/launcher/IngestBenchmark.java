package io.newsflow.launcher;

import io.newsflow.contracts.Topics;
import io.newsflow.launcher.bench.ProcessStats;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./newsflow bench ingest [--items N] [--warmup W] [--alone] [--timeout S]}: how many items per second
 * ingest-service takes from the ingest topic, ledger on. It writes N small simple-JSON items (one per record, each a
 * distinct article) to {@value Topics#INGEST_RAW} as fast as the producer goes (acks=all, batching), then counts this
 * run's rows in the ledger until all N are there: a row is written in the transaction that decides the item, which
 * commits only after its normalised article is acknowledged by Kafka, so the count is of items fully taken. The figure
 * is N divided by the time from the first send to the last row. The last output line is exactly
 * {@code items_per_s=<number>}.
 *
 * <p>Run it against a stack started with {@code ./newsflow up}. First W items (default {@value #DEFAULT_WARMUP}) go
 * through the same way and are not counted: a service that has just started spends most of its CPU compiling itself
 * (the first 50,000 items after a start cost two to five times the CPU per item of later ones), and a service in
 * production runs warm. By default the rest of the pipeline (extraction, indexing) runs at the same time on the same
 * machine; {@code --alone} pauses extract- and index-service (SIGSTOP) while the bench runs and resumes them after
 * (SIGCONT), so that ingest-service has the machine to itself with Kafka and PostgreSQL, as it has when the
 * services run on machines of their own; they then work through the items the bench sent.
 */
public final class IngestBenchmark {

    private static final int DEFAULT_ITEMS = 50_000;
    private static final int DEFAULT_WARMUP = 50_000;
    private static final String[] WORDS = vocabulary();

    private IngestBenchmark() {
    }

    static int run(List<String> options, StackSettings settings, Map<String, ProcessHandle> processes) {
        int items = Newsflow.intOption(options, "--items", DEFAULT_ITEMS, 1, Integer.MAX_VALUE);
        int warmup = Newsflow.intOption(options, "--warmup", DEFAULT_WARMUP, 0, Integer.MAX_VALUE);
        int timeoutSeconds = Newsflow.intOption(options, "--timeout", 900, 1, Integer.MAX_VALUE);
        boolean alone = options.remove("--alone");
        Newsflow.requireNoMore(options);
        ProcessHandle ingest = processes.get("ingest-service");
        List<ProcessHandle> downstream = processes.entrySet().stream()
                .filter(e -> e.getKey().startsWith("extract-service") || e.getKey().startsWith("index-service"))
                .map(Map.Entry::getValue)
                .toList();
        Thread resume = new Thread(() -> downstream.forEach(process -> Processes.signal(process.pid(), "CONT")));
        if (alone) {
            System.out.println("bench ingest: pausing extract- and index-service (" + downstream.size()
                    + " processes) until the bench ends");
            // Stopping the bench (Ctrl-C) must not leave them paused.
            Runtime.getRuntime().addShutdownHook(resume);
            downstream.forEach(process -> Processes.signal(process.pid(), "STOP"));
        }
        try {
            if (warmup > 0) {
                System.out.println("bench ingest: warming up on " + warmup + " items, not counted");
                pass(settings, warmup, timeoutSeconds);
            }
            double cpuBefore = ingest == null ? 0 : ProcessStats.of(ingest).cpuSeconds();
            double perSecond = pass(settings, items, timeoutSeconds);
            if (ingest != null) {
                double cpu = ProcessStats.of(ingest).cpuSeconds() - cpuBefore;
                System.out.printf(Locale.ROOT, "ingest-service CPU: %.2f s, %.3f CPU-s per 1,000 items%n", cpu,
                        cpu * 1000 / items);
            }
            System.out.printf(Locale.ROOT, "items_per_s=%.0f%n", perSecond);
            return 0;
        } finally {
            if (alone) {
                Runtime.getRuntime().removeShutdownHook(resume);
                resume.run();
                System.out.println("bench ingest: extract- and index-service resumed");
            }
        }
    }

    /** Sends {@code items} items and waits for all their ledger rows; items per second, first send to last row. */
    private static double pass(StackSettings settings, int items, int timeoutSeconds) {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String jdbc = settings.postgresJdbcUrl(StackSettings.DATABASE);

        System.out.println("bench ingest: " + items + " items to " + Topics.INGEST_RAW + " at " + settings.kafkaBootstrap()
                + ", run " + run);
        List<byte[]> documents = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            documents.add(item(run, i));
        }
        Instant since = Instant.now().minusSeconds(5);
        long start = System.nanoTime();
        send(settings.kafkaBootstrap(), run, documents);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "sent %d items in %.1f s (%.0f items/s into Kafka)%n", items, sendSeconds, items / sendSeconds);

        long deadline = start + Duration.ofSeconds(timeoutSeconds).toNanos();
        long done;
        try (Connection db = DriverManager.getConnection(jdbc, StackSettings.DATABASE_USER, settings.databasePassword())) {
            long lastReport = System.nanoTime();
            while (true) {
                long count = ledgerRows(db, run, since);
                long now = System.nanoTime();
                if (count >= items) {
                    done = now;
                    break;
                }
                if (now > deadline) {
                    throw new LaunchException("ingest-service took " + count + " of " + items + " items in "
                            + timeoutSeconds + " s; see ./newsflow logs ingest-service");
                }
                if (now - lastReport > 5_000_000_000L) {
                    System.out.printf(Locale.ROOT, "  %d of %d items in the ledger after %.0f s%n", count, items, (now - start) / 1e9);
                    lastReport = now;
                }
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            throw new LaunchException("cannot count the ledger rows in " + jdbc + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted", e);
        }
        double seconds = (done - start) / 1e9;
        System.out.printf(Locale.ROOT, "ingest-service took %d items in %.1f s (first send to last ledger row)%n", items, seconds);
        return items / seconds;
    }

    /** One small simple-JSON article: distinct id and text, a headline and a body of 40 words. */
    static byte[] item(String run, int i) {
        SplittableRandom random = new SplittableRandom(((long) run.hashCode() << 32) ^ i);
        StringBuilder headline = new StringBuilder();
        for (int w = 0; w < 7; w++) {
            headline.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 40; w++) {
            body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        String json = "{\"id\":\"" + run + "-" + i + "\",\"version\":1,\"title\":\"" + headline + " " + i
                + "\",\"body\":\"" + body + ".\",\"published\":\"2025-06-02T09:00:00Z\",\"language\":\"en\","
                + "\"source\":\"bench\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(String bootstrap, String run, List<byte[]> documents) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < documents.size(); i++) {
                byte[] key = (run + "-" + i).getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(Topics.INGEST_RAW, key, documents.get(i)), (metadata, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new LaunchException(failed.get() + " items could not be written to Kafka: " + firstFailure.get());
        }
    }

    private static long ledgerRows(Connection db, String run, Instant since) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from article_ledger where received_at >= ? and article_id like ?")) {
            query.setTimestamp(1, Timestamp.from(since));
            query.setString(2, run + "-%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Made-up words: enough of them that two items rarely share much text (no near-duplicate clusters). */
    private static String[] vocabulary() {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        String[] words = new String[4000];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                w.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            words[i] = w.toString();
        }
        return words;
    }
}
