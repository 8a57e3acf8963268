package io.newsflow.launcher;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.EventCodec;
import io.newsflow.launcher.bench.BenchReport;
import io.newsflow.launcher.bench.IndexBenchmark;
import io.newsflow.launcher.bench.Percentiles;
import io.newsflow.search.analysis.NameNormaliser;
import io.newsflow.search.analysis.TextAnalysis;
import io.newsflow.search.mapping.EntityKey;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * {@code ./newsflow bench query [--rate R] [--seconds S]}: latency of the gateway against Elasticsearch asked
 * directly, on the running stack with the pipeline idle. One mix of requests — full-text searches with highlights,
 * a faceted search, entity autocomplete, event lookups — is sent open-loop at R requests a second (arrivals do not
 * wait for answers, so a slow server shows as latency rather than a lower rate) to the gateway and, as the same
 * Elasticsearch requests the gateway sends, straight to Elasticsearch. After a warm-up that is not counted (the
 * gateway's until its latency stops falling, see {@link #warmUp}), the two alternate in slices of the run (gateway, direct, gateway, ...), so that a change of load on a shared
 * machine falls on both sides alike.
 *
 * <p>Like with like: the direct requests are the ones the gateway builds for the same parameters — the words
 * analysed per language with the same {@link TextAnalysis}, the ids of the entities the word names (looked up once
 * beforehand, as the gateway's lookup cache does), the same sort, source filter, highlight, aggregations, sizes and
 * {@code typed_keys} — so the difference is what the gateway adds: authentication, rate limiting, parsing, building
 * the request, and reshaping the answer. The last line of output is
 * {@code gateway_p50_ms=<n> es_p50_ms=<n> ratio_p50=<n> gateway_p99_ms=<n> rate=<n>}.
 */
final class QueryBenchmark {

    private static final List<String> WORDS = List.of("Rome", "strike", "quake", "minister", "Turkey", "election",
            "sanctions", "Paris", "defence", "\u0631\u0648\u0645\u0627", "gr\u00e8ve", "president");
    private static final List<String> PREFIXES = List.of("Tur", "Erd", "Par", "Rom", "Mac", "AFA", "Ira", "Ken");
    /** How many slices of each side the counted run alternates. */
    private static final int ROUNDS = 4;
    /** As the gateway's EntityLookup: at most this many entities per term, names of 4+ characters also by prefix. */
    private static final int ENTITIES_PER_TERM = 5;
    private static final int MIN_PREFIX = 4;
    private static final int WARMUP_SLICE_S = 5;
    private static final int WARMUP_MIN_S = 60;
    private static final int WARMUP_MAX_S = 180;

    /** The kinds of request in the mix, by {@code i % KINDS}: two plain searches in five, one faceted, ... */
    private static final List<String> KIND_NAMES = List.of("search", "search", "facets", "entities", "events");
    private static final int KINDS = KIND_NAMES.size();

    /** An answered request: how long it took, and its kind (one of {@link #KIND_NAMES}). */
    private record Answer(double millis, String kind) {
    }

    private record Result(List<Answer> answers, int errors, double achievedRate) {

        Result plus(Result other) {
            List<Answer> all = new ArrayList<>(answers);
            all.addAll(other.answers());
            return new Result(all, errors + other.errors(), (achievedRate + other.achievedRate()) / 2);
        }

        List<Double> millis() {
            return answers.stream().map(Answer::millis).toList();
        }

        /** The latencies of one kind of request. */
        List<Double> millisOf(String kind) {
            return answers.stream().filter(a -> a.kind().equals(kind)).map(Answer::millis).toList();
        }
    }

    private QueryBenchmark() {
    }

    static int run(List<String> options, StackSettings settings) {
        // BenchCommand has taken "query" off already; accept it when called directly.
        if (!options.isEmpty() && "query".equals(options.get(0))) {
            options.remove(0);
        }
        int rate = Newsflow.intOption(options, "--rate", 200, 1, 5_000);
        int seconds = Newsflow.intOption(options, "--seconds", 20, 2, 3_600);
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
            Map<String, List<String>> entityIds = entityIds(http, es);
            IntFunction<HttpRequest> viaGateway = i -> gatewayRequest(gateway, key.key(), i);
            IntFunction<HttpRequest> direct = i -> elasticsearchRequest(es, i, entityIds);
            warmUp(http, viaGateway, direct, rate);
            int slice = Math.max(1, seconds / ROUNDS);
            Stack.log("bench: " + ROUNDS + " rounds of " + slice + " s through the gateway then " + slice + " s direct, at " + rate + "/s");
            Result g = new Result(List.of(), 0, 0);
            Result e = new Result(List.of(), 0, 0);
            List<double[]> gatewayRounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                int first = round * slice * rate;
                Result gr = load(http, viaGateway, rate, slice, first);
                Result er = load(http, direct, rate, slice, first);
                gatewayRounds.add(new double[] {2.0 * slice * round, percentile(gr.millis(), 50)});
                g = round == 0 ? gr : g.plus(gr);
                e = round == 0 ? er : e.plus(er);
            }
            double gp50 = percentile(g.millis(), 50);
            double gp99 = percentile(g.millis(), 99);
            double ep50 = percentile(e.millis(), 50);
            Stack.log(String.format(Locale.ROOT, "bench: gateway %d requests, %d errors, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                    g.millis().size(), g.errors(), gp50, percentile(g.millis(), 90), gp99, percentile(g.millis(), 100)));
            Stack.log(String.format(Locale.ROOT, "bench: elasticsearch %d requests, %d errors, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                    e.millis().size(), e.errors(), ep50, percentile(e.millis(), 90), percentile(e.millis(), 99), percentile(e.millis(), 100)));
            BenchReport report = new BenchReport("query-bench-" + System.currentTimeMillis())
                    .figure("rate_per_s", rate)
                    .figure("seconds", seconds)
                    .figure("gateway_requests", g.millis().size())
                    .figure("gateway_errors", g.errors())
                    .figure("es_requests", e.millis().size())
                    .figure("es_errors", e.errors())
                    .figure("gateway_p50_ms", IndexBenchmark.round(gp50))
                    .figure("gateway_p90_ms", IndexBenchmark.round(percentile(g.millis(), 90)))
                    .figure("gateway_p99_ms", IndexBenchmark.round(gp99))
                    .figure("es_p50_ms", IndexBenchmark.round(ep50))
                    .figure("es_p90_ms", IndexBenchmark.round(percentile(e.millis(), 90)))
                    .figure("es_p99_ms", IndexBenchmark.round(percentile(e.millis(), 99)))
                    .figure("ratio_p50", IndexBenchmark.round(ep50 > 0 ? gp50 / ep50 : 0.0))
                    .series("gateway p50 (ms) of each round, by its start (s)", gatewayRounds)
                    .latencies("gateway latency (ms)", g.millis().stream().mapToDouble(Double::doubleValue).toArray());
            for (String kind : KIND_NAMES.stream().distinct().toList()) {
                double gk = percentile(g.millisOf(kind), 50);
                double ek = percentile(e.millisOf(kind), 50);
                Stack.log(String.format(Locale.ROOT, "bench: %-8s gateway p50 %.1f ms, elasticsearch p50 %.1f ms, ratio %.2f",
                        kind, gk, ek, ek > 0 ? gk / ek : 0.0));
                report.figure(kind + "_gateway_p50_ms", IndexBenchmark.round(gk)).figure(kind + "_es_p50_ms", IndexBenchmark.round(ek));
            }
            Stack.log("bench: report " + report.write(settings.home().resolve("bench")));
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

    /**
     * Warms both sides up, uncounted: the gateway in slices of {@link #WARMUP_SLICE_S} seconds for at least
     * {@link #WARMUP_MIN_S} seconds and then until its median stops falling (not below 95 % of the best slice so far;
     * a fresh gateway compiles its request path for thousands of requests, and one slice's noise is no plateau), at
     * most {@link #WARMUP_MAX_S} seconds; then Elasticsearch direct for one slice.
     */
    private static void warmUp(HttpClient http, IntFunction<HttpRequest> viaGateway, IntFunction<HttpRequest> direct, int rate) {
        Stack.log("bench: warming up the gateway at " + rate + "/s until its median stops falling (at most " + WARMUP_MAX_S + " s)");
        double before = Double.MAX_VALUE;
        for (int spent = 0; spent < WARMUP_MAX_S; spent += WARMUP_SLICE_S) {
            Result slice = load(http, viaGateway, rate, WARMUP_SLICE_S, 0);
            if (slice.millis().isEmpty()) {
                continue;
            }
            double median = percentile(slice.millis(), 50);
            Stack.log(String.format(Locale.ROOT, "bench: warm-up slice: gateway p50 %.1f ms", median));
            if (spent + WARMUP_SLICE_S >= WARMUP_MIN_S && median > 0.95 * before) {
                break;
            }
            before = Math.min(before, median);
        }
        load(http, direct, rate, WARMUP_SLICE_S, 0);
    }

    /**
     * Sends {@code rate} requests a second for {@code seconds}, open loop, the mix starting at request {@code first},
     * and collects the latencies of 2xx answers.
     */
    private static Result load(HttpClient http, IntFunction<HttpRequest> requests, int rate, int seconds, int first) {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
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
            int index = first + (int) n;
            HttpRequest request = requests.apply(index);
            long t0 = System.nanoTime();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        if (failure == null && response.statusCode() / 100 == 2) {
                            answers.add(new Answer((System.nanoTime() - t0) / 1_000_000.0, KIND_NAMES.get(index % KINDS)));
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
        return new Result(new ArrayList<>(answers), errors.get(), total / elapsed);
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

    /**
     * The entity ids each benchmark word names, found with the request the gateway's EntityLookup sends (which the
     * gateway then keeps a minute), so that the direct searches carry the same entity clause as the gateway's.
     */
    private static Map<String, List<String>> entityIds(HttpClient http, String es) {
        Map<String, List<String>> ids = new HashMap<>();
        for (String word : WORDS) {
            String norm = NameNormaliser.normalise(word);
            StringBuilder should = new StringBuilder("{\"term\":{\"names_norm\":{\"value\":" + json(norm) + ",\"boost\":3.0,\"_name\":\"t0_exact\"}}}");
            if (norm.length() >= MIN_PREFIX) {
                should.append(",{\"prefix\":{\"names_norm\":{\"value\":").append(json(norm)).append(",\"_name\":\"t0_prefix\"}}}")
                        .append(",{\"match\":{\"names\":{\"query\":").append(json(norm)).append(",\"operator\":\"and\",\"_name\":\"t0_words\"}}}");
            }
            String body = "{\"size\":" + (2 * ENTITIES_PER_TERM) + ",\"_source\":{\"includes\":[\"id\",\"name\",\"type\"]},"
                    + "\"query\":{\"bool\":{\"minimum_should_match\":\"1\",\"should\":[" + should + "]}}}";
            List<String> found = new ArrayList<>();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(es + "/newsflow-entities/_search?ignore_unavailable=true&allow_no_indices=true"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    for (JsonNode hit : EventCodec.mapper().readTree(response.body()).path("hits").path("hits")) {
                        if (found.size() < ENTITIES_PER_TERM) {
                            found.add(hit.path("_id").asText());
                        }
                    }
                }
            } catch (IOException e) {
                Stack.log("bench: entity lookup for '" + word + "' failed (" + e + "); its direct search goes without entity ids");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted", e);
            }
            ids.put(word, found);
        }
        return ids;
    }

    /** The request the gateway sends to Elasticsearch for {@link #gatewayRequest} number {@code i}. */
    private static HttpRequest elasticsearchRequest(String es, int i, Map<String, List<String>> entityIds) {
        String raw = WORDS.get(i % WORDS.size());
        String word = json(raw);
        StringBuilder anyText = new StringBuilder();
        for (String language : TextAnalysis.LANGUAGES) {
            String analysed = TextAnalysis.analyse(language, raw);
            if (!analysed.isBlank()) {
                anyText.append("{\"match\":{\"text_").append(language).append("\":{\"query\":").append(json(analysed))
                        .append(",\"operator\":\"and\"}}},");
            }
        }
        anyText.append("{\"combined_fields\":{\"query\":").append(word).append(",\"fields\":[\"headline\",\"body\"],\"operator\":\"and\"}},")
                .append("{\"match\":{\"entity_names\":{\"query\":").append(word).append(",\"operator\":\"and\",\"boost\":2.0}}}");
        List<String> ids = entityIds.getOrDefault(raw, List.of());
        if (!ids.isEmpty()) {
            anyText.append(",{\"terms\":{\"entity_ids\":[").append(String.join(",", ids.stream().map(QueryBenchmark::json).toList()))
                    .append("],\"boost\":2.0}}");
        }
        String textQuery = "{\"bool\":{\"must\":[{\"bool\":{\"minimum_should_match\":\"1\",\"should\":[" + anyText + "]}}],"
                + "\"filter\":[{\"term\":{\"killed\":{\"value\":false}}}]}}";
        String sort = "\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"published\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"id\":{\"order\":\"asc\"}}]";
        String source = "\"_source\":{\"excludes\":[\"text_*\",\"body\",\"entity_names\",\"entity_keys\",\"entity_types\",\"events\",\"event_places\",\"entities.mentions\",\"links\",\"content_hash\"]}";
        String highlight = "\"highlight\":{\"pre_tags\":[\"<em>\"],\"post_tags\":[\"</em>\"],\"encoder\":\"html\",\"highlight_query\":{\"bool\":{\"should\":["
                + "{\"match\":{\"headline\":{\"query\":" + word + ",\"operator\":\"and\"}}},{\"match\":{\"body\":{\"query\":" + word + ",\"operator\":\"and\"}}}]}},"
                + "\"fields\":{\"headline\":{\"number_of_fragments\":0},\"body\":{\"fragment_size\":160,\"number_of_fragments\":2}}}";
        String facets = "\"aggregations\":{\"languages\":{\"terms\":{\"field\":\"language\",\"size\":10}},"
                + "\"sources\":{\"terms\":{\"field\":\"source\",\"size\":20}},\"eventTypes\":{\"terms\":{\"field\":\"event_types\",\"size\":20}},"
                + "\"timeline\":{\"date_histogram\":{\"field\":\"published\",\"calendar_interval\":\"day\",\"min_doc_count\":1}},"
                + Arrays.stream(EntityType.values())
                        .map(type -> "\"entities_" + type + "\":{\"terms\":{\"field\":\"entity_keys\",\"size\":20,\"include\":"
                                + json(EntityKey.ofTypes(List.of(type.name()))) + "}}")
                        .collect(Collectors.joining(",")) + "}";
        String index;
        String body;
        switch (i % KINDS) {
            case 0, 1 -> {
                index = "newsflow-articles";
                body = "{\"from\":0,\"size\":20,\"track_total_hits\":true,\"query\":" + textQuery + "," + sort + "," + source + "," + highlight + "}";
            }
            case 2 -> {
                index = "newsflow-articles";
                body = "{\"from\":0,\"size\":10,\"track_total_hits\":true,\"query\":" + textQuery + "," + sort + "," + source + "," + highlight + "," + facets + "}";
            }
            case 3 -> {
                String prefix = PREFIXES.get(i % PREFIXES.size());
                index = "newsflow-entities";
                body = "{\"size\":10,\"query\":{\"bool\":{\"minimum_should_match\":\"1\",\"should\":["
                        + "{\"term\":{\"names_norm\":{\"value\":" + json(NameNormaliser.normalise(prefix)) + ",\"boost\":5.0}}},"
                        + "{\"prefix\":{\"names_norm\":{\"value\":" + json(NameNormaliser.normalise(prefix)) + ",\"boost\":2.0}}},"
                        + "{\"match_bool_prefix\":{\"names\":{\"query\":" + json(prefix) + ",\"operator\":\"and\"}}}]}}}";
            }
            default -> {
                index = "newsflow-events";
                body = "{\"from\":0,\"size\":20,\"track_total_hits\":true,\"query\":{\"bool\":{}},\"sort\":[{\"date\":{\"order\":\"desc\",\"missing\":\"_last\"}},"
                        + "{\"published\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"id\":{\"order\":\"asc\"}}]}";
            }
        }
        return HttpRequest.newBuilder(URI.create(es + "/" + index + "/_search?ignore_unavailable=true&allow_no_indices=true&typed_keys=true"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** {@link Percentiles#at}, 0 for no sample (every request failed: the error counts say so). */
    static double percentile(List<Double> values, double p) {
        return values.isEmpty() ? 0 : new Percentiles(values.stream().mapToDouble(Double::doubleValue).toArray()).at(p);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A JSON string literal, control characters escaped too. */
    private static String json(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
