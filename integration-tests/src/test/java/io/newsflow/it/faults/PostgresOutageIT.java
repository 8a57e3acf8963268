package io.newsflow.it.faults;

import static org.awaitility.Awaitility.await;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL away for 20 s while new articles, new versions of earlier ones and a malformed record flow:
 * ingest-service waits and takes them again when it returns. Nothing is lost, nothing doubled, the newest version
 * wins, and only the malformed record is dead-lettered.
 */
class PostgresOutageIT {

    private static final int BEFORE = 20;
    private static final int DURING = 20;

    @Test
    void articlesAndUpdatesSentWhilePostgresIsDownAreSearchableOnceInTheirNewestVersion() throws Exception {
        Stack stack = StackControl.stack();
        Articles articles = Articles.of(BEFORE + DURING);
        byte[][] firstVersions = articles.raw();
        TestStack.sendRaw(Arrays.copyOfRange(firstVersions, 0, BEFORE));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> articles.searchable().size() == BEFORE);

        stack.stop("postgres", false);
        try {
            TestStack.sendRaw(articles.updates(BEFORE));
            TestStack.sendRaw(articles.malformed());
            TestStack.sendRaw(Arrays.copyOfRange(firstVersions, BEFORE, BEFORE + DURING));
            await().pollDelay(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(21)).until(() -> true);
        } finally {
            stack.start("postgres");
        }

        articles.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
    }
}
