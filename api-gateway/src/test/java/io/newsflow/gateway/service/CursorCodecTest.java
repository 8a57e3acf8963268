package io.newsflow.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.newsflow.gateway.rest.InvalidParameterException;
import io.newsflow.gateway.service.CursorCodec.Cursor;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    @Test
    void cursorRoundTripsPitSortValuesAndFingerprint() {
        String token = CursorCodec.encode("pit-id==", List.of(FieldValue.of(1.5), FieldValue.of(1700000000000L), FieldValue.of("id-1")), "abc");
        Cursor cursor = CursorCodec.decode(token);
        assertThat(cursor.pitId()).isEqualTo("pit-id==");
        assertThat(cursor.fingerprint()).isEqualTo("abc");
        assertThat(cursor.searchAfter().get(0).doubleValue()).isEqualTo(1.5);
        assertThat(cursor.searchAfter().get(1).longValue()).isEqualTo(1700000000000L);
        assertThat(cursor.searchAfter().get(2).stringValue()).isEqualTo("id-1");
        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void garbageIsA400NotA500() {
        // "bnVsbA" is the JSON null, "WzFd" a JSON array: valid JSON that is not a cursor.
        for (String bad : List.of("garbage!", "e30", "bm90IGpzb24", "bnVsbA", "WzFd", "x".repeat(5000))) {
            assertThatThrownBy(() -> CursorCodec.decode(bad)).isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void fingerprintChangesWithTheFilters() {
        ArticleSearch a = search("rome", List.of("en"));
        ArticleSearch b = search("rome", List.of("fr"));
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
        assertThat(a.fingerprint()).isEqualTo(search("rome", List.of("en")).fingerprint());
    }

    private static ArticleSearch search(String text, List<String> languages) {
        return new ArticleSearch(text, null, languages, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, false, ArticleSearch.Sort.RELEVANCE, true, false, "day", false, 20, 0, null);
    }
}
