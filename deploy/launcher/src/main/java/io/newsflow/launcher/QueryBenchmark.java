package io.newsflow.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * {@code ./newsflow bench query [--rate R] [--seconds S]}: latency of the gateway against Elasticsearch asked
 * directly, on the running stack with the pipeline idle. One mix of requests — full-text searches with highlights,
 * a faceted search, entity autocomplete, event lookups — is sent open-loop at R requests a second (arrivals do not
 * wait for answers, so a slow server shows as latency rather than a lower rate), first to the gateway, then the
 * equivalent Elasticsearch queries straight to Elasticsearch. Each phase is preceded by a warm-up that is not counted.
 * The direct queries mirror what the gateway builds (same fields, aggregations, sizes); the gateway also
 * authenticates, parses, analyses the text per language and looks up entity names (cached), which is its overhead.
 * The last line of output is {@code gateway_p50_ms=<n> es_p50_ms=<n> ratio_p50=<n> gateway_p99_ms=<n> rate=<n>}.
 */
final class QueryBenchmark {

    private static final List<String> WORDS = List.of("Rome", "strike", "quake", "minister", "Turkey", "election",
            "sanctions", "Paris", "defence", "\u0631\u0648\u0645\u0627", "gr\u00e8ve", "president");
    private static final List<String> PREFIXES = List.of("Tur", "Erd", "Par", "Rom", "Mac", "AFA", "Ira", "Ken");
    private static final int KINDS = 5;

    private record Result(List<Double> millis, int errors, double achievedRate) {
    }

    private QueryBenchmark() {
    }

    static int run(List<String> options, StackSettings settings) {
        // BenchCommand has taken "query" off already; accept it when called directly.
        if (!options.isEmpty() && "query".equals(options.get(0))) {
            options.remove(0);
        }
        int rate = intOption(options, "--rate", 200, 1, 5_000);
        int seconds = intOption(options, "--seconds", 20, 2, 3_600);
        Newsflow.requireNoMore(options);

        String db = settings.postgresJdbcUrl(StackSettings.DATABASE);
        KeysCommand.Created key = KeysCommand.create(db, settings.databasePassword(), "reader", "bench query", 100_000);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        try {
            String gateway = settings.gatewayUrl();
            String es = settings.elasticsearchUrl();
            IntFunction<HttpRequest> viaGateway = i -> gatewayRequest(gateway, key.key(), i);
            IntFunction<HttpRequest> direct = i -> elasticsearchRequest(es, i);
            int warmup = Math.max(2, seconds / 5);
            Stack.log("bench: warming up the gateway (" + warmup + " s at " + rate + "/s)");
            load(http, viaGateway, rate, warmup);
            Stack.log("bench: gateway, " + seconds + " s at " + rate + "/s");
            Result g = load(http, viaGateway, rate, seconds);
            Stack.log("bench: warming up Elasticsearch direct (" + warmup + " s)");
            load(http, direct, rate, warmup);
            Stack.log("bench: Elasticsearch direct, " + seconds + " s at " + rate + "/s");
            Result e = load(http, direct, rate, seconds);
            double gp50 = percentile(g.millis(), 50);
            double gp99 = percentile(g.millis(), 99);
            double ep50 = percentile(e.millis(), 50);
            Stack.log(String.format(Locale.ROOT, "bench: gateway %d requests, %d errors, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                    g.millis().size(), g.errors(), gp50, percentile(g.millis(), 90), gp99, percentile(g.millis(), 100)));
            Stack.log(String.format(Locale.ROOT, "bench: elasticsearch %d requests, %d errors, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                    e.millis().size(), e.errors(), ep50, percentile(e.millis(), 90), percentile(e.millis(), 99), percentile(e.millis(), 100)));
            if (g.errors() > 0 || e.errors() > 0) {
                Stack.log("bench: some requests failed; the figures below count only answered ones");
            }
            System.out.println(String.format(Locale.ROOT, "gateway_p50_ms=%.1f es_p50_ms=%.1f ratio_p50=%.2f gateway_p99_ms=%.1f rate=%d",
                    gp50, ep50, ep50 > 0 ? gp50 / ep50 : 0.0, gp99, Math.round(g.achievedRate())));
            return 0;
        } finally {
            KeysCommand.revoke(db, settings.databasePassword(), key.id());
        }
    }

    /** Sends {@code rate} requests a second for {@code seconds}, open loop, and collects the latencies of 2xx answers. */
    private static Result load(HttpClient http, IntFunction<HttpRequest> requests, int rate, int seconds) {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        ConcurrentLinkedQueue<CompletableFuture<Void>> inFlight = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            HttpRequest request = requests.apply((int) n);
            long t0 = System.nanoTime();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        if (failure == null && response.statusCode() / 100 == 2) {
                            latencies.add((System.nanoTime() - t0) / 1_000_000.0);
                        } else {
                            if (errors.incrementAndGet() == 1) {
                                Stack.log("bench: first failure: " + (failure != null ? failure.toString() : "status " + response.statusCode()));
                            }
                        }
                        return null;
                    }));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Processes.pause(Duration.ofMillis(50));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        ticker.shutdownNow();
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            Stack.log("bench: some requests did not finish within 30 s");
        }
        return new Result(new ArrayList<>(latencies), errors.get(), total / elapsed);
    }

    private static HttpRequest gatewayRequest(String gateway, String key, int i) {
        String word = enc(WORDS.get(i % WORDS.size()));
        String path = switch (i % KINDS) {
            case 0, 1 -> "/v1/articles?limit=20&q=" + word;
            case 2 -> "/v1/articles?limit=10&facets=true&q=" + word;
            case 3 -> "/v1/entities?limit=10&q=" + enc(PREFIXES.get(i % PREFIXES.size()));
            default -> "/v1/events?limit=20";
        };
        return HttpRequest.newBuilder(URI.create(gateway + path))
                .header("X-API-Key", key)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
    }

    private static HttpRequest elasticsearchRequest(String es, int i) {
        String word = json(WORDS.get(i % WORDS.size()));
        String lower = json(WORDS.get(i % WORDS.size()).toLowerCase(Locale.ROOT));
        String textQuery = "{\"bool\":{\"must\":[{\"bool\":{\"minimum_should_match\":\"1\",\"should\":["
                + "{\"match\":{\"text_ar\":{\"query\":" + lower + ",\"operator\":\"and\"}}},"
                + "{\"match\":{\"text_en\":{\"query\":" + lower + ",\"operator\":\"and\"}}},"
                + "{\"match\":{\"text_fr\":{\"query\":" + lower + ",\"operator\":\"and\"}}},"
                + "{\"match\":{\"text_std\":{\"query\":" + word + ",\"operator\":\"and\"}}},"
                + "{\"match\":{\"entity_names\":{\"query\":" + word + ",\"operator\":\"and\",\"boost\":2.0}}}]}}],"
                + "\"filter\":[{\"term\":{\"killed\":{\"value\":false}}}]}}";
        String sort = "\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"published\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"id\":{\"order\":\"asc\"}}]";
        String source = "\"_source\":{\"excludes\":[\"text_*\",\"body\",\"entity_names\",\"events\",\"entities.mentions\",\"links\",\"content_hash\"]}";
        String highlight = "\"highlight\":{\"pre_tags\":[\"<em>\"],\"post_tags\":[\"</em>\"],\"encoder\":\"html\",\"highlight_query\":{\"bool\":{\"should\":["
                + "{\"match\":{\"headline\":{\"query\":" + word + ",\"operator\":\"and\"}}},{\"match\":{\"body\":{\"query\":" + word + ",\"operator\":\"and\"}}}]}},"
                + "\"fields\":{\"headline\":{\"number_of_fragments\":0},\"body\":{\"fragment_size\":160,\"number_of_fragments\":2}}}";
        String facets = "\"aggregations\":{\"languages\":{\"terms\":{\"field\":\"language\",\"size\":10}},"
                + "\"sources\":{\"terms\":{\"field\":\"source\",\"size\":20}},\"eventTypes\":{\"terms\":{\"field\":\"event_types\",\"size\":20}},"
                + "\"timeline\":{\"date_histogram\":{\"field\":\"published\",\"calendar_interval\":\"day\",\"min_doc_count\":1}},"
                + "\"entities\":{\"nested\":{\"path\":\"entities\"},\"aggregations\":{\"types\":{\"terms\":{\"field\":\"entities.type\",\"size\":5},"
                + "\"aggregations\":{\"top\":{\"terms\":{\"field\":\"entities.id\",\"size\":10},\"aggregations\":{\"name\":{\"terms\":{\"field\":\"entities.name\",\"size\":1}},"
                + "\"articles\":{\"reverse_nested\":{}}}}}}}}}";
        String index;
        String body;
        switch (i % KINDS) {
            case 0, 1 -> {
                index = "newsflow-articles";
                body = "{\"size\":20,\"track_total_hits\":true,\"query\":" + textQuery + "," + sort + "," + source + "," + highlight + "}";
            }
            case 2 -> {
                index = "newsflow-articles";
                body = "{\"size\":10,\"track_total_hits\":true,\"query\":" + textQuery + "," + sort + "," + source + "," + highlight + "," + facets + "}";
            }
            case 3 -> {
                String prefix = PREFIXES.get(i % PREFIXES.size());
                index = "newsflow-entities";
                body = "{\"size\":10,\"query\":{\"bool\":{\"minimum_should_match\":\"1\",\"should\":["
                        + "{\"term\":{\"names_norm\":{\"value\":" + json(prefix.toLowerCase(Locale.ROOT)) + ",\"boost\":5.0}}},"
                        + "{\"prefix\":{\"names_norm\":{\"value\":" + json(prefix.toLowerCase(Locale.ROOT)) + ",\"boost\":2.0}}},"
                        + "{\"match_bool_prefix\":{\"names\":{\"query\":" + json(prefix) + ",\"operator\":\"and\"}}}]}}}";
            }
            default -> {
                index = "newsflow-events";
                body = "{\"size\":20,\"track_total_hits\":true,\"query\":{\"bool\":{}},\"sort\":[{\"date\":{\"order\":\"desc\",\"missing\":\"_last\"}},"
                        + "{\"published\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"id\":{\"order\":\"asc\"}}]}";
            }
        }
        return HttpRequest.newBuilder(URI.create(es + "/" + index + "/_search?ignore_unavailable=true&allow_no_indices=true"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static int intOption(List<String> options, String name, int fallback, int min, int max) {
        String value = Newsflow.option(options, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Newsflow.UsageException(name + " takes a number from " + min + " to " + max);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A JSON string literal (the benchmark's own fixed words; escaped anyway). */
    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
