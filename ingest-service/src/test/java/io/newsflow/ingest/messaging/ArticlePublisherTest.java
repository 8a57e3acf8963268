package io.newsflow.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.NormalisedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A published article is the item's JSON as serialised when it was read, with the ingest facts put in. */
class ArticlePublisherTest {

    private static final Instant ARRIVED = Instant.parse("2026-03-02T08:15:00Z");

    private static NormalisedArticle item(String headline) {
        return new NormalisedArticle("tram-line-7", 2, ARRIVED, ARRIVED, null, null, "en", headline,
                "The \"7\" runs every ten minutes.\nNight trams stay as they are.", null, "City Desk", null, "json",
                List.of("transport"), List.of(), List.of(), null, List.of(), false, null, null, null);
    }

    @Test
    void publishedRecordIsTheItemAsReadWithItsIngestFacts() {
        RecordingEmitter articles = new RecordingEmitter(Integer.MAX_VALUE);
        ArticlePublisher publisher = new ArticlePublisher(articles, new RecordingEmitter(Integer.MAX_VALUE));
        NormalisedArticle read = item("Tram line 7 extended to the harbour");
        NormalisedArticle published = read.withIngestFacts("push", "c0ffee", "tram-line-\"7\"", ARRIVED);

        publisher.publish(List.of(new ArticlePublisher.TracedArticle(published, ArticleJson.of(read), null)))
                .await().indefinitely();

        assertThat(articles.sent).singleElement().satisfies(message ->
                assertThat(EventCodec.read(message.getPayload(), NormalisedArticle.class)).isEqualTo(published));
    }

    @Test
    void publishedRecordCarriesTheBytesWhoseSizeWasCheckedNotASecondSerialisation() {
        RecordingEmitter articles = new RecordingEmitter(Integer.MAX_VALUE);
        ArticlePublisher publisher = new ArticlePublisher(articles, new RecordingEmitter(Integer.MAX_VALUE));
        byte[] checked = ArticleJson.of(item("Tram line 7 extended to the harbour"));
        NormalisedArticle other = item("A headline never serialised").withIngestFacts("push", "c0ffee", "c1", ARRIVED);

        publisher.publish(List.of(new ArticlePublisher.TracedArticle(other, checked, null))).await().indefinitely();

        NormalisedArticle sent = EventCodec.read(articles.sent.get(0).getPayload(), NormalisedArticle.class);
        assertThat(sent.headline()).isEqualTo("Tram line 7 extended to the harbour");
        assertThat(sent.clusterId()).isEqualTo("c1");
    }

    @Test
    void heldItemWithoutItsJsonIsSerialisedWhole() {
        RecordingEmitter articles = new RecordingEmitter(Integer.MAX_VALUE);
        ArticlePublisher publisher = new ArticlePublisher(articles, new RecordingEmitter(Integer.MAX_VALUE));
        NormalisedArticle released = item("Tram line 7 opens").withIngestFacts("push", "c0ffee", "c1", ARRIVED);

        publisher.publish(List.of(new ArticlePublisher.TracedArticle(released, null, null))).await().indefinitely();

        assertThat(EventCodec.read(articles.sent.get(0).getPayload(), NormalisedArticle.class)).isEqualTo(released);
    }
}
