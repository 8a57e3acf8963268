package io.newsflow.it.faults;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import org.junit.jupiter.api.Test;

/**
 * A broker restart: the services reconnect by themselves, and the articles, the new versions and the malformed
 * records sent on either side of it all arrive where they belong, once.
 */
class KafkaRestartIT {

    private static final int UPDATED = 10;

    @Test
    void articlesOnBothSidesOfABrokerRestartAreSearchableOnceInTheirNewestVersion() throws Exception {
        Stack stack = StackControl.stack();
        Articles before = Articles.of(20);
        Articles after = Articles.of(20);

        TestStack.sendRaw(before.raw());
        TestStack.sendRaw(before.malformed());
        stack.stop("kafka", false);
        stack.start("kafka");
        TestStack.sendRaw(before.updates(UPDATED));
        TestStack.sendRaw(after.raw());
        TestStack.sendRaw(after.updates(UPDATED));
        TestStack.sendRaw(after.malformed());

        before.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
        after.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
    }
}
