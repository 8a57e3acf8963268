package io.newsflow.it.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch away for 30 s (the outage) while articles, new versions of some and a malformed record flow: index-service
 * says it is not ready, waits, and loses, doubles and dead-letters nothing when it returns.
 */
class ElasticsearchOutageIT {

    private static final int UPDATED = 15;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void articlesSentWhileElasticsearchIsDownAreSearchableOnceInTheirNewestVersionOnceItReturns() throws Exception {
        Stack stack = StackControl.stack();
        Articles articles = Articles.of(30);
        stack.stop("elasticsearch", false);
        Instant stopped = Instant.now();
        try {
            TestStack.sendRaw(articles.raw());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().baseUri(TestStack.INDEX).when().get("/q/health/ready").then().statusCode(503));
            TestStack.sendRaw(articles.updates(UPDATED));
            TestStack.sendRaw(articles.malformed());
            // The outage counts from the stop: the sends and index-service's 503 happen within it.
            Duration untilOver = Duration.between(Instant.now(), stopped.plus(OUTAGE));
            if (!untilOver.isNegative()) {
                await().pollDelay(untilOver).atMost(untilOver.plusSeconds(1)).until(() -> true);
            }
        } finally {
            stack.start("elasticsearch");
        }

        articles.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(TestStack.INDEX).when().get("/q/health/ready").then().statusCode(200));
    }
}
