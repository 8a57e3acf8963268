package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.wire.WireDocument;
import io.newsflow.ingest.wire.WireDocumentReader;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A pushed document is parsed on a worker thread, never on the event loop that serves every request and health
 * check, and recorded back on the caller's Vert.x context, where its transaction lives.
 */
class ReadingOffTheEventLoopTest {

    private final Vertx vertx = Vertx.vertx();
    private final CompletableFuture<Boolean> readOnEventLoop = new CompletableFuture<>();
    private final CompletableFuture<Boolean> recordedOnEventLoop = new CompletableFuture<>();

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void pushedDocumentIsReadOffTheEventLoopAndRecordedBackOnIt() throws Exception {
        IngestConfig config = TestConfigs.withMaxArticleBytes(100_000, 100_000);
        WireDocumentReader reader = new WireDocumentReader(100_000) {
            @Override
            public WireDocument read(byte[] content, String contentType, String serverContentType) {
                readOnEventLoop.complete(Context.isOnEventLoopThread());
                return super.read(content, contentType, serverContentType);
            }
        };
        IngestService recorder = new AcceptingIngestService(config) {
            @Override
            public Uni<List<IngestResult>> record(List<Received> documents) {
                recordedOnEventLoop.complete(Context.isOnEventLoopThread());
                return super.record(documents);
            }
        };
        WireIngestion ingestion = new WireIngestion(reader, config.maxArticleBytes(), recorder,
                new IngestMetrics(new SimpleMeterRegistry()));
        byte[] body = "{\"id\": \"tram-1\", \"title\": \"Tram line extended\"}".getBytes(StandardCharsets.UTF_8);

        CompletableFuture<IngestResult> result = new CompletableFuture<>();
        vertx.runOnContext(ignored -> ingestion.ingest(body, "application/json", "http")
                .subscribe().with(result::complete, result::completeExceptionally));

        assertThat(result.get(10, TimeUnit.SECONDS).published()).extracting(a -> a.id()).containsExactly("tram-1");
        assertThat(readOnEventLoop.get(1, TimeUnit.SECONDS)).as("read on an event loop").isFalse();
        assertThat(recordedOnEventLoop.get(1, TimeUnit.SECONDS)).as("recorded on the event loop").isTrue();
    }
}
