package io.newsflow.it.faults;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a consumer mid-flow, with new articles, new versions and a malformed record on either side of each
 * kill: once it is back, every article is searchable exactly once in its newest version and only the malformed
 * records are dead-lettered.
 */
class ServiceCrashIT {

    private static final int UPDATED = 20;

    @Test
    void killingExtractThenIndexServiceLosesAndDuplicatesNothing() throws Exception {
        Stack stack = StackControl.stack();
        Articles first = Articles.of(40);
        Articles second = Articles.of(40);

        TestStack.sendRaw(first.raw());
        stack.stop("extract-service", true);
        TestStack.sendRaw(second.raw());
        TestStack.sendRaw(first.updates(UPDATED));
        TestStack.sendRaw(first.malformed());
        stack.start("extract-service");
        stack.stop("index-service", true);
        TestStack.sendRaw(second.updates(UPDATED));
        TestStack.sendRaw(second.malformed());
        stack.start("index-service");

        first.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
        second.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
    }
}
