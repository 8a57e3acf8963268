package io.newsflow.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.http.TransportHttpClient.Response;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's HTTP layer to Elasticsearch, against a plain local HTTP server standing in for it. */
class VertxTransportHttpClientTest {

    private static final int LOOPS = 3;

    private Vertx vertx;
    private HttpServer server;
    /** For each connection the server saw (by the client's port), the event-loop threads whose requests it carried. */
    private final Map<Integer, Set<String>> loopsByConnection = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(LOOPS + 1));
        server = vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    loopsByConnection.computeIfAbsent(request.remoteAddress().port(), port -> ConcurrentHashMap.newKeySet())
                            .add(request.getHeader("X-Loop"));
                    request.response().putHeader("Content-Type", "application/json")
                            .end("{\"echo\":" + body.toString(StandardCharsets.UTF_8) + "}");
                }))
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachEventLoopKeepsItsOwnConnectionsAndIsAnsweredOnItself() throws Exception {
        VertxTransportHttpClient client = new VertxTransportHttpClient(vertx,
                URI.create("http://127.0.0.1:" + server.actualPort()), null, null, 4, 5_000);
        List<Context> loops = new ArrayList<>();
        for (int loop = 0; loop < LOOPS; loop++) {
            loops.add(eventLoopContext());
        }
        // One request at a time, from each loop in turn: an idle connection is always there for the next loop to take.
        for (int round = 0; round < 4; round++) {
            for (Context loop : loops) {
                assertThat(send(client, loop, round).get(10, TimeUnit.SECONDS)).isEqualTo("{\"echo\":{\"n\":" + round + "}}");
            }
        }

        assertThat(loopsByConnection).isNotEmpty();
        assertThat(loopsByConnection.values()).allSatisfy(senders -> assertThat(senders).hasSize(1));
        assertThat(loopsByConnection.values().stream().flatMap(Set::stream).distinct().count()).isEqualTo(LOOPS);
        client.close();
    }

    @Test
    void aCallerOffTheEventLoopsIsAnsweredToo() throws Exception {
        VertxTransportHttpClient client = new VertxTransportHttpClient(vertx,
                URI.create("http://127.0.0.1:" + server.actualPort()), null, null, 4, 5_000);

        Response response = client.performRequest("search", null, request("main", 1), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response)).isEqualTo("{\"echo\":{\"n\":1}}");
        client.close();
    }

    /** Sends request {@code n} from {@code loop}; the answer must come back on the loop that sent it. */
    private static CompletableFuture<String> send(VertxTransportHttpClient client, Context loop, int n) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        loop.runOnContext(v -> {
            Thread sender = Thread.currentThread();
            client.performRequestAsync("search", null, request(sender.getName(), n), null)
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            answer.completeExceptionally(failure);
                        } else if (Thread.currentThread() != sender) {
                            answer.completeExceptionally(new AssertionError("answered on " + Thread.currentThread().getName()
                                    + ", sent from " + sender.getName()));
                        } else {
                            answer.complete(text(response));
                        }
                    });
        });
        return answer;
    }

    /** A new event-loop context; Vert.x gives each verticle the next event loop in turn. */
    private Context eventLoopContext() throws Exception {
        CompletableFuture<Context> made = new CompletableFuture<>();
        vertx.deployVerticle(new AbstractVerticle() {
            @Override
            public void start() {
                made.complete(context);
            }
        });
        return made.get(10, TimeUnit.SECONDS);
    }

    private static TransportHttpClient.Request request(String loop, int n) {
        return new TransportHttpClient.Request("POST", "/articles/_search", Map.of(), Map.of("X-Loop", loop),
                List.of(ByteBuffer.wrap(("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8))));
    }

    private static String text(Response response) {
        try {
            return new String(response.body().asInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
