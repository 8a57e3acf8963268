package io.newsflow.it.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Elasticsearch away for a minute: index-service says it is not ready, waits, and loses nothing when it returns. */
class ElasticsearchOutageIT {

    @Test
    void articlesSentWhileElasticsearchIsDownAreSearchableOnceItReturns() throws Exception {
        Stack stack = StackControl.stack();
        Articles articles = Articles.of(30);
        stack.stop("elasticsearch", false);
        try {
            TestStack.sendRaw(articles.raw());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().baseUri(TestStack.INDEX).when().get("/q/health/ready").then().statusCode(503));
            await().pollDelay(Duration.ofSeconds(60)).atMost(Duration.ofSeconds(61)).until(() -> true);
        } finally {
            stack.start("elasticsearch");
        }

        await().atMost(TestStack.RECOVERY).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(articles::allSearchableOnce);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(TestStack.INDEX).when().get("/q/health/ready").then().statusCode(200));
        assertThat(articles.searchable()).hasSize(30);
    }
}
