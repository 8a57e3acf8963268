package io.newsflow.search.client;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.newsflow.contracts.EventCodec;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;

/** The one way Newsflow builds Elasticsearch clients (8.19 line), for services and command-line tools alike. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    /**
     * A low-level client for {@code url}; {@code username} may be null (no security, as the local stack runs), else
     * basic authentication (as ECK's Elasticsearch needs).
     */
    public static RestClient restClient(String url, String username, String password) {
        return RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(60_000))
                .setHttpClientConfigCallback(http -> {
                    http.setMaxConnTotal(64).setMaxConnPerRoute(64);
                    if (username != null && !username.isBlank()) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
                        http.setDefaultCredentialsProvider(credentials);
                    }
                    return http;
                })
                .build();
    }

    public static ElasticsearchTransport transport(RestClient restClient) {
        return new RestClientTransport(restClient, new JacksonJsonpMapper(EventCodec.mapper()));
    }

    public static ElasticsearchAsyncClient async(RestClient restClient) {
        return new ElasticsearchAsyncClient(transport(restClient));
    }

    public static ElasticsearchClient blocking(RestClient restClient) {
        return new ElasticsearchClient(transport(restClient));
    }
}
