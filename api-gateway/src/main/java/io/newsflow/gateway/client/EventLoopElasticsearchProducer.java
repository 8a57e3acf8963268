package io.newsflow.gateway.client;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import io.newsflow.contracts.EventCodec;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's Elasticsearch client: the same typed client (and JSON mapping) as the other services, over
 * {@link VertxTransportHttpClient} so that searches stay on the event loop that received the request. It takes the
 * place of the search module's producer (an alternative), from the same {@code newsflow.elasticsearch.*} settings.
 * The client's own OpenTelemetry spans are made only while tracing is on ({@code quarkus.otel.sdk.disabled=false}):
 * with tracing off they still cost about a twentieth of a search's CPU.
 */
@ApplicationScoped
public class EventLoopElasticsearchProducer {

    /** Connections to Elasticsearch per event loop (each loop has its own pool). */
    private static final int MAX_CONNECTIONS_PER_LOOP = 32;
    private static final long TIMEOUT_MILLIS = 60_000;

    private final VertxTransportHttpClient http;
    private final ElasticsearchAsyncClient client;

    public EventLoopElasticsearchProducer(
            Vertx vertx,
            @ConfigProperty(name = "newsflow.elasticsearch.url", defaultValue = "http://127.0.0.1:9200") String url,
            @ConfigProperty(name = "newsflow.elasticsearch.username") Optional<String> username,
            @ConfigProperty(name = "newsflow.elasticsearch.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingOff) {
        this.http = new VertxTransportHttpClient(vertx, URI.create(url), username.orElse(null), password.orElse(""),
                MAX_CONNECTIONS_PER_LOOP, TIMEOUT_MILLIS);
        this.client = new ElasticsearchAsyncClient(new Transport(http, tracingOff ? NoopInstrumentation.INSTANCE : null));
    }

    @Produces
    @Alternative
    @Priority(1)
    public ElasticsearchAsyncClient client() {
        return client;
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** The client's own request building, error handling and JSON parsing, over our HTTP layer. */
    private static final class Transport extends ElasticsearchTransportBase {
        /** {@code instrumentation} null: the client's default (OpenTelemetry when present). */
        Transport(TransportHttpClient http, Instrumentation instrumentation) {
            super(http, null, new JacksonJsonpMapper(EventCodec.mapper()), instrumentation);
        }
    }
}
