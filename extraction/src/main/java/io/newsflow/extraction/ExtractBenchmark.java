package io.newsflow.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.EventCodec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code newsflow bench extract}: single-thread extraction throughput on about 2,000-character ar/en/fr articles.
 * Articles are assembled from the sentences of a JSON Lines corpus (default: the shared dev set), shuffled across
 * documents of the same language with a fixed seed so that no two are alike. Reports CPU time of the measuring
 * thread, so the figure is per core even on a busy machine. The last line is
 * {@code articles_per_s_per_core=<n> heap_mb=<n> startup_s=<n>}.
 */
public final class ExtractBenchmark {

    private static final int TARGET_CHARS = 2_000;
    private static final int ARTICLES = 600;
    /** Warm-up and measurement are counted in CPU time of the thread, so a busy machine only makes them longer. */
    private static final long WARMUP_CPU_NANOS = 4_000_000_000L;
    private static final long MEASURE_CPU_NANOS = 6_000_000_000L;

    private ExtractBenchmark() {
    }

    /** A synthetic article. */
    private record Article(String title, String body, Instant published, String language) {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/eval/dev.jsonl");
        long t0 = System.nanoTime();
        Extractor extractor = Extractor.withBundledKnowledge();
        double startup = (System.nanoTime() - t0) / 1e9;
        List<Article> articles = articles(corpus);
        System.out.printf(Locale.ROOT, "corpus=%s articles=%d mean_chars=%d%n", corpus, articles.size(),
                articles.stream().mapToInt(a -> a.title.length() + a.body.length() + 1).sum() / articles.size());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        run(extractor, articles, threads, WARMUP_CPU_NANOS);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long done = run(extractor, articles, threads, MEASURE_CPU_NANOS);
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;

        System.gc();
        Runtime rt = Runtime.getRuntime();
        double heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "extracted=%d wall_s=%.2f cpu_s=%.2f wall_articles_per_s=%.0f "
                + "mean_us_per_article=%.1f%n", done, wall, cpu, done / wall, cpu * 1e6 / done);
        System.out.printf(Locale.ROOT, "articles_per_s_per_core=%.0f heap_mb=%.0f startup_s=%.2f%n", done / cpu,
                heapMb, startup);
    }

    private static long run(Extractor extractor, List<Article> articles, ThreadMXBean threads, long cpuNanos) {
        long end = threads.getCurrentThreadCpuTime() + cpuNanos;
        long n = 0;
        int sink = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 50; i++) {
                Article a = articles.get((int) (n % articles.size()));
                Extraction x = extractor.extract(a.title, a.body, a.published, a.language);
                sink += x.entities().size() + x.events().size();
                n++;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return n;
    }

    private static List<Article> articles(Path corpus) throws IOException {
        ObjectMapper mapper = EventCodec.mapper();
        Map<String, List<String>> sentences = new HashMap<>();
        Map<String, List<String>> titles = new HashMap<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = mapper.readTree(line);
            String lang = doc.path("language").asText("und");
            titles.computeIfAbsent(lang, k -> new ArrayList<>()).add(doc.path("title").asText(""));
            for (String s : doc.path("body").asText("").split("(?<=[.!?؟])\\s+|\n+")) {
                if (s.length() > 20) {
                    sentences.computeIfAbsent(lang, k -> new ArrayList<>()).add(s.strip());
                }
            }
        }
        Random random = new Random(20251129L);
        List<String> languages = new ArrayList<>(sentences.keySet());
        languages.sort(null);
        List<Article> out = new ArrayList<>(ARTICLES);
        Instant base = Instant.parse("2025-01-01T08:00:00Z");
        for (int i = 0; i < ARTICLES; i++) {
            String lang = languages.get(i % languages.size());
            List<String> pool = sentences.get(lang);
            StringBuilder body = new StringBuilder(TARGET_CHARS + 200);
            while (body.length() < TARGET_CHARS) {
                body.append(pool.get(random.nextInt(pool.size()))).append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            List<String> t = titles.get(lang);
            out.add(new Article(t.get(random.nextInt(t.size())), body.substring(0, TARGET_CHARS),
                    base.plusSeconds(random.nextInt(365 * 86_400)), random.nextBoolean() ? lang : null));
        }
        return out;
    }
}
