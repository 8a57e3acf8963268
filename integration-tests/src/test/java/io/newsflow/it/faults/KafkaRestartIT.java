package io.newsflow.it.faults;

import static org.awaitility.Awaitility.await;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A broker restart: the services reconnect by themselves and the articles on either side of it all arrive. */
class KafkaRestartIT {

    @Test
    void articlesOnBothSidesOfABrokerRestartAreSearchableOnce() throws Exception {
        Stack stack = StackControl.stack();
        Articles before = Articles.of(20);
        Articles after = Articles.of(20);

        TestStack.sendRaw(before.raw());
        stack.stop("kafka", false);
        stack.start("kafka");
        TestStack.sendRaw(after.raw());

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> before.allSearchableOnce() && after.allSearchableOnce());
    }
}
