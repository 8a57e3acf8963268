package io.newsflow.search.client;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/**
 * Builds the one Elasticsearch client of a service from {@code newsflow.elasticsearch.url} (and, where the cluster
 * is secured, {@code newsflow.elasticsearch.username} and {@code .password}).
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    private final RestClient restClient;
    private final ElasticsearchAsyncClient client;

    public ElasticsearchClientProducer(
            @ConfigProperty(name = "newsflow.elasticsearch.url", defaultValue = "http://127.0.0.1:9200") String url,
            @ConfigProperty(name = "newsflow.elasticsearch.username") Optional<String> username,
            @ConfigProperty(name = "newsflow.elasticsearch.password") Optional<String> password) {
        this.restClient = ElasticsearchClients.restClient(url, username.orElse(null), password.orElse(null));
        this.client = ElasticsearchClients.async(restClient);
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
