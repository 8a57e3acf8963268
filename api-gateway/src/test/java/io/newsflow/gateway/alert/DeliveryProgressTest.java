package io.newsflow.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.gateway.stream.StreamPosition;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DeliveryProgressTest {

    private final StreamPosition start = new StreamPosition(1_000, "");
    private final StreamPosition ferry = new StreamPosition(1_001, "ferry");
    private final StreamPosition harbour = new StreamPosition(1_002, "harbour");
    private final StreamPosition lighthouse = new StreamPosition(1_003, "lighthouse");

    @Test
    void withEveryDeliveryEndedTheSenderHasGotToTheLastArticleRead() {
        DeliveryProgress progress = new DeliveryProgress(start);
        progress.read(ferry, CompletableFuture.completedFuture(null));
        progress.read(harbour, CompletableFuture.completedFuture(null));

        assertThat(progress.recordable()).isEqualTo(harbour);
    }

    @Test
    void aDeliveryStillBeingRetriedHoldsTheRecordBeforeItsArticleUntilItEnds() {
        DeliveryProgress progress = new DeliveryProgress(start);
        CompletableFuture<Void> retried = new CompletableFuture<>();
        progress.read(ferry, CompletableFuture.completedFuture(null));
        progress.read(harbour, retried);
        progress.read(lighthouse, CompletableFuture.completedFuture(null));

        assertThat(progress.recordable()).as("a sender taking over now posts the harbour article again").isEqualTo(ferry);
        retried.complete(null);
        assertThat(progress.recordable()).isEqualTo(lighthouse);
    }

    @Test
    void nothingReadYetRecordsWhereReadingStarted() {
        assertThat(new DeliveryProgress(start).recordable()).isEqualTo(start);
    }
}
