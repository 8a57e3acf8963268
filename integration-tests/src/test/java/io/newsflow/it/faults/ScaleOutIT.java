package io.newsflow.it.faults;

import static org.awaitility.Awaitility.await;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;

/**
 * Two instances of extract-service and of index-service in their consumer groups share the partitions; when one
 * instance of each dies (kill -9) with articles and new versions in flight, the other takes its partitions over and
 * nothing is lost or duplicated, the newest versions win and only the malformed records are dead-lettered. The
 * instances killed are the ones the test started, so the stack's own instances, which the tests after this one use,
 * go on without a restart (ServiceCrashIT kills and restarts those). The topics have four partitions each (the local
 * broker's default).
 */
class ScaleOutIT {

    private static final List<String> GROUPS = List.of("extract-service", "index-service");
    private static final List<String> SECOND_INSTANCES = List.of("extract-service-2", "index-service-2");
    private static final int UPDATED = 20;

    @Test
    void secondInstancesSharePartitionsAndTakeOverFromAKilledOne() throws Exception {
        Stack stack = StackControl.stack();
        // An instance may run more than one consumer (index-service runs two): count the members one instance has.
        Map<String, Integer> membersOfOne = GROUPS.stream().collect(Collectors.toMap(group -> group, ScaleOutIT::settledMembers));
        stack.start(SECOND_INSTANCES.toArray(String[]::new));
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> GROUPS.stream().allMatch(group -> partitionsPerMember(group).size() == 2 * membersOfOne.get(group)
                            && partitionsPerMember(group).values().stream().allMatch(count -> count > 0)));
            Articles shared = Articles.of(40);
            TestStack.sendRaw(shared.raw());
            TestStack.sendRaw(shared.malformed());
            await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(shared::allSearchableOnce);

            // Work in flight when the second instances die: their partitions change hands with uncommitted offsets.
            Articles takenOver = Articles.of(40);
            TestStack.sendRaw(shared.updates(UPDATED));
            TestStack.sendRaw(takenOver.raw());
            SECOND_INSTANCES.forEach(instance -> stack.stop(instance, true));
            TestStack.sendRaw(takenOver.updates(UPDATED));
            TestStack.sendRaw(takenOver.malformed());

            takenOver.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
            shared.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> GROUPS.stream().allMatch(group -> partitionsPerMember(group).size() == membersOfOne.get(group)
                            && partitionsPerMember(group).values().stream().mapToInt(Integer::intValue).sum() == 4));
        } finally {
            // Stops them if the test failed before the kill; forgets their pid files either way.
            SECOND_INSTANCES.forEach(instance -> stack.stop(instance, false));
        }
    }

    /** How many members {@code group} has once they hold all four partitions between them. */
    private static int settledMembers(String group) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> partitionsPerMember(group).values().stream().mapToInt(Integer::intValue).sum() == 4);
        return partitionsPerMember(group).size();
    }

    /** Partitions of the ingest-side topics held by each live member of {@code group}, by member id. */
    private static Map<String, Integer> partitionsPerMember(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.KAFKA))) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                    .describedGroups().get(group).get(10, TimeUnit.SECONDS);
            return description.members().stream().collect(Collectors.toMap(
                    MemberDescription::consumerId, m -> m.assignment().topicPartitions().size()));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe consumer group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
