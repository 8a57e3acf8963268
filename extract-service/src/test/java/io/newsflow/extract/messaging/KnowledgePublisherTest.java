package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.KnowledgeEntry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class KnowledgePublisherTest {

    /** What Kafka takes here: records up to the channel's max.request.size. */
    private static final int RECORD_LIMIT = 10_485_760;

    private final List<String> sent = new ArrayList<>();

    /** An emitter that, like the producer, refuses a record larger than it takes. */
    @SuppressWarnings("unchecked")
    private MutinyEmitter<Record<String, String>> kafka() {
        return (MutinyEmitter<Record<String, String>>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MutinyEmitter.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("send")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Record<String, String> record = (Record<String, String>) args[0];
                    if (record.value().length() > RECORD_LIMIT) {
                        return Uni.createFrom().failure(new RecordTooLargeException("record of " + record.value().length() + " bytes"));
                    }
                    sent.add(record.key());
                    return Uni.createFrom().voidItem();
                });
    }

    private static KnowledgeEntry entry(String id, int names) {
        List<String> aliases = IntStream.range(0, names).mapToObj(i -> "Yarrowby Alias Number " + i).toList();
        return new KnowledgeEntry(id, EntityType.ORG, "Yarrowby", Map.of("en", aliases), null, null, null, null, Instant.now());
    }

    @Test
    void anEntryTooLargeForOneRecordIsLeftOutAndTheOthersArePublished() {
        KnowledgePublisher publisher = new KnowledgePublisher(kafka());

        publisher.publish(List.of(entry("org:yarrowby-merged", 500_000), entry("org:yarrowby", 3)))
                .subscribe().withSubscriber(UniAssertSubscriber.create())
                .assertCompleted();

        assertThat(sent).containsExactly("org:yarrowby");
    }
}
