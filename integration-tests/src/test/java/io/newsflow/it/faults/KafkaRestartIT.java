package io.newsflow.it.faults;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import org.junit.jupiter.api.Test;

/**
 * A broker restart: the services reconnect by themselves, and the articles and the new versions sent on either side
 * of it all arrive where they belong, once; the malformed records reach the dead-letter topic, at least once.
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

        before.assertDeliveredOnceInNewestVersionAcrossABrokerRestart(TestStack.RECOVERY);
        after.assertDeliveredOnceInNewestVersionAcrossABrokerRestart(TestStack.RECOVERY);
    }
}
