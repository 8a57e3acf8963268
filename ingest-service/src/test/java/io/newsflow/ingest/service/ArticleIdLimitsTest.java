package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An article id must fit the tables (255 characters) and Elasticsearch with its events' suffixes (480 UTF-8 bytes). */
class ArticleIdLimitsTest {

    @Test
    void anIdOfAtMost255CharactersAnd480BytesIsKept() {
        assertThat(IngestService.idTooLong("urn:newsml:example.com:20250603:" + "a".repeat(200))).isNull();
        assertThat(IngestService.idTooLong("خبر-" + "ع".repeat(230))).isNull();
    }

    @Test
    void anIdOver255CharactersIsRefused() {
        assertThat(IngestService.idTooLong("a".repeat(256))).isEqualTo("the id has 256 characters; at most 255 are kept");
    }

    @Test
    void anIdOver480BytesIsRefusedThoughItHasFewerCharacters() {
        // 200 Chinese characters are 600 bytes: Elasticsearch would refuse the article's events, and the bulk with them.
        assertThat(IngestService.idTooLong("新".repeat(200))).isEqualTo("the id has 600 bytes in UTF-8; at most 480 are kept");
        assertThat(IngestService.idTooLong("ع".repeat(250))).isEqualTo("the id has 500 bytes in UTF-8; at most 480 are kept");
    }
}
