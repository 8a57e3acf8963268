package io.newsflow.search.client;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.newsflow.contracts.EventCodec;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/** Builds the one Elasticsearch client (8.19 line, asynchronous) of a service from {@code newsflow.elasticsearch.url}. */
@ApplicationScoped
public class ElasticsearchClientProducer {

    private final RestClient restClient;
    private final ElasticsearchAsyncClient client;

    public ElasticsearchClientProducer(
            @ConfigProperty(name = "newsflow.elasticsearch.url", defaultValue = "http://127.0.0.1:9200") String url) {
        this.restClient = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(30_000))
                .setHttpClientConfigCallback(http -> http.setMaxConnTotal(64).setMaxConnPerRoute(64))
                .build();
        this.client = new ElasticsearchAsyncClient(new RestClientTransport(restClient, new JacksonJsonpMapper(EventCodec.mapper())));
    }

    @Produces
    public ElasticsearchAsyncClient client() {
        return client;
    }

    @Produces
    public RestClient restClient() {
        return restClient;
    }

    @PreDestroy
    void close() throws IOException {
        restClient.close();
    }
}
