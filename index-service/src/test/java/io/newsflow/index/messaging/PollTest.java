package io.newsflow.index.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What of a poll is written, what is set apart with its reason, and what a later record of the poll supersedes. */
class PollTest {

    private static byte[] record(String id, long version, PubStatus status, int events) {
        NormalisedArticle article = new NormalisedArticle(id, version, Instant.EPOCH, Instant.EPOCH, status, null, "en",
                "Harbour works resume", "The quay reopened.", null, "s", "kafka", "ninjs", null, null, null, null, null,
                false, null, null, null);
        ArticleEvent event = new ArticleEvent("MEET", null, "met", null, null, null, null, null, null, "They met.");
        return bytes(EventCodec.write(new EnrichedArticle(article, "en", List.of(), Collections.nCopies(events, event), Instant.EPOCH)));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ids(List<Poll.Read> reads) {
        return reads.stream().map(read -> read.article().article().id() + " v" + read.article().article().version()
                + " " + read.article().article().pubStatus()).toList();
    }

    @Test
    void jsonThatIsNoArticleIsSetApartAloneWithItsReasonAndTheRestIsWritten() {
        Poll poll = Poll.of(List.of(record("quay-1", 1, PubStatus.USABLE, 0), bytes("{}"), bytes("null"),
                bytes("{\"article\":{\"version\":1,\"headline\":\"no id\"}}"), bytes("{\"language\":\"en\"}"),
                record("quay-2", 1, PubStatus.USABLE, 0)));

        assertThat(ids(poll.newest())).containsExactly("quay-1 v1 USABLE", "quay-2 v1 USABLE");
        assertThat(poll.unreadable()).extracting(Poll.Unreadable::record).containsExactly(1, 2, 3, 4);
        assertThat(poll.unreadable()).extracting(Poll.Unreadable::payload).first().isEqualTo("{}");
        assertThat(poll.unreadable()).extracting(Poll.Unreadable::reason)
                .containsExactly("not an EnrichedArticle: no article", "not an EnrichedArticle: no article",
                        "article without an id, or with one that with its events' suffix is over 512 UTF-8 bytes",
                        "not an EnrichedArticle: no article");
    }

    @Test
    void anIdElasticsearchWouldRefuseIsSetApartBeforeAnyBulk() {
        String cjk = "港".repeat(200); // 600 UTF-8 bytes, under ingest's cap of 255 characters
        String arabic = "خ".repeat(255); // 510 bytes: fits alone, not as the id of its eleventh event ("#10")

        Poll poll = Poll.of(List.of(record(cjk, 1, PubStatus.USABLE, 0), record(arabic, 1, PubStatus.USABLE, 10),
                record(arabic + "2", 1, PubStatus.USABLE, 11), record("quay-3", 1, PubStatus.USABLE, 11)));

        assertThat(ids(poll.newest())).containsExactly(arabic + " v1 USABLE", "quay-3 v1 USABLE");
        assertThat(poll.unreadable()).extracting(Poll.Unreadable::record).containsExactly(0, 2);
    }

    @Test
    void onlyTheNewestRecordOfAnArticleInAPollIsWrittenSoAKillNeverRacesItsArticle() {
        Poll poll = Poll.of(List.of(
                record("quay-4", 1, PubStatus.USABLE, 3),
                record("quay-5", 3, PubStatus.USABLE, 1),
                record("quay-4", 1, PubStatus.CANCELED, 0),
                record("quay-5", 2, PubStatus.USABLE, 2),
                record("quay-6", 1, PubStatus.USABLE, 1),
                record("quay-6", 2, PubStatus.USABLE, 0)));

        assertThat(ids(poll.newest())).containsExactly("quay-5 v3 USABLE", "quay-4 v1 CANCELED", "quay-6 v2 USABLE");
        assertThat(poll.superseded()).extracting(Poll.Read::record).containsExactlyInAnyOrder(0, 3, 4);
        assertThat(poll.unreadable()).isEmpty();
    }
}
