package io.newsflow.it.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.ops.OtlpReceiver.ReceivedSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a collector receives for one sampled push: spans of every service in the push's trace, ending with
 * index-service's write of the article, under the {@code traceparent} of the enriched record it read. The services
 * export to a receiver this test runs ({@link OtlpReceiver}); the stack records only traces a caller marks sampled.
 */
class IndexSpanIT {

    @Test
    void indexServiceWritesTheArticleInASpanUnderItsEnrichedRecordsTraceparent() throws Exception {
        String traceId = TracedPush.randomHex(16);
        String id = "index-span-" + UUID.randomUUID();

        try (OtlpReceiver collector = OtlpReceiver.start()) {
            TracedPush.push(TracedPush.traceparent(traceId, true), "{\"id\": \"" + id + "\", "
                    + "\"title\": \"Kirkwall harbour dredging begins\", "
                    + "\"body\": \"Dredgers began deepening the harbour in Kirkwall on Monday (" + id + ").\", "
                    + "\"published\": \"2025-06-02T09:00:00Z\", \"language\": \"en\", \"source\": \"it-trace\"}")
                    .statusCode(202);
            TracedPush.awaitServed(id);
            List<String[]> headers = TracedPush.traceparentsOf(id, Topics.ARTICLES_ENRICHED);
            assertThat(headers).as("traceparent headers of the enriched record").singleElement().isNotNull();
            String[] enriched = headers.get(0);
            assertThat(enriched).hasSize(4);
            assertThat(enriched[1]).as("trace id of the enriched record").isEqualTo(traceId);

            // The exporters send every few seconds: wait for index-service's span of this article and its parent.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                List<ReceivedSpan> trace = collector.spans().stream().filter(s -> traceId.equals(s.traceId())).toList();
                ReceivedSpan write = trace.stream()
                        .filter(s -> "index-service".equals(s.service()) && "index article".equals(s.name())
                                && id.equals(s.attributes().get("newsflow.article.id")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no index-service span of " + id + " among " + trace));
                assertThat(write.attributes()).containsEntry("newsflow.index.outcome", "indexed");
                // Up through index-service's own spans (the connector's span for the record), the span the header names.
                assertThat(ancestorsInIndexService(write, trace)).as("parents of %s", write).endsWith(enriched[2]);
                assertThat(trace).extracting(ReceivedSpan::service)
                        .as("services in the trace of the push")
                        .contains("api-gateway", "ingest-service", "extract-service", "index-service");
            });
        }
    }

    /**
     * The span ids above this span, going up while the parent is a span index-service exported: they end with the
     * first parent that is not one of them (the producer's, which extract-service exported).
     */
    private static List<String> ancestorsInIndexService(ReceivedSpan span, List<ReceivedSpan> trace) {
        List<String> ancestors = new ArrayList<>();
        ReceivedSpan at = span;
        while (at != null && !at.parentSpanId().isEmpty() && ancestors.size() < 10) {
            String parent = at.parentSpanId();
            ancestors.add(parent);
            at = trace.stream()
                    .filter(s -> s.spanId().equals(parent) && "index-service".equals(s.service()))
                    .findFirst()
                    .orElse(null);
        }
        return ancestors;
    }
}
