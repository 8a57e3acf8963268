package io.newsflow.ingest.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.NormalisedArticle;
import java.time.Instant;
import java.util.Arrays;

/**
 * The record value of a normalised article, written once: an item is serialised when it is read (which is also how
 * its size is checked against what Kafka takes), and what ingest-service adds when it publishes it (channel, content
 * hash, cluster, arrival time) is put in front of those bytes rather than serialising the whole article again.
 */
public final class ArticleJson {

    /** The facts {@link NormalisedArticle#withIngestFacts} adds, under the same names. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record IngestFacts(String channel, String contentHash, String clusterId, Instant receivedAt) {
    }

    private ArticleJson() {
    }

    /** The item as JSON (UTF-8), without the facts added at publication, which {@link #published} puts in. */
    public static byte[] of(NormalisedArticle item) {
        return EventCodec.writeBytes(item.withIngestFacts(null, null, null, null));
    }

    /**
     * The record value of a published article: {@code itemJson} (from {@link #of}) with the article's ingest facts
     * put in; the whole article serialised when there is no {@code itemJson} (a held item, released later).
     */
    public static byte[] published(NormalisedArticle article, byte[] itemJson) {
        if (itemJson == null || itemJson.length <= 2) {
            return EventCodec.writeBytes(article);
        }
        byte[] facts = EventCodec.writeBytes(new IngestFacts(article.channel(), article.contentHash(), article.clusterId(),
                article.receivedAt()));
        if (facts.length == 2) {
            return itemJson;
        }
        // {"channel":..,"receivedAt":..} and {"id":..,..} make {"channel":..,"receivedAt":..,"id":..,..}
        byte[] record = Arrays.copyOf(facts, facts.length + itemJson.length - 1);
        record[facts.length - 1] = ',';
        System.arraycopy(itemJson, 1, record, facts.length, itemJson.length - 1);
        return record;
    }
}
