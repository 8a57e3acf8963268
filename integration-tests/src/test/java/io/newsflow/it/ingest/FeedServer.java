package io.newsflow.it.ingest;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A feed server on 127.0.0.1 (which the test stack lets feeds use), and the feeds a test registers with
 * ingest-service against it: closing it deletes those feeds and stops the server.
 */
final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final List<Long> registered = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
    }

    void serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Registers a feed (POST /v1/feeds must answer 201) and answers its id. */
    long register(Map<String, Object> request) {
        Number id = given().baseUri(IngestStack.INGEST).contentType(ContentType.JSON).body(request)
                .when().post("/v1/feeds")
                .then().statusCode(201)
                .extract().path("id");
        registered.add(id.longValue());
        return id.longValue();
    }

    @Override
    public void close() {
        for (long id : registered) {
            given().baseUri(IngestStack.INGEST).when().delete("/v1/feeds/{id}", id);
        }
        server.stop(0);
    }
}
