package io.newsflow.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** kill -9 of a consumer mid-flow: once it is back, every article is searchable exactly once. */
class ServiceCrashIT {

    @Test
    void killingExtractThenIndexServiceLosesAndDuplicatesNothing() throws Exception {
        Stack stack = StackControl.stack();
        Articles first = Articles.of(40);
        Articles second = Articles.of(40);

        TestStack.sendRaw(first.raw());
        stack.stop("extract-service", true);
        TestStack.sendRaw(second.raw());
        stack.start("extract-service");
        stack.stop("index-service", true);
        stack.start("index-service");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> first.allSearchableOnce() && second.allSearchableOnce());
        assertThat(first.searchable()).hasSize(40);
        assertThat(second.searchable()).hasSize(40);
    }
}
