package io.newsflow.index.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIndexerTest {

    @Test
    void olderVersionIsStale() {
        assertThat(ArticleIndexer.classify(409, "version_conflict_engine_exception", "r").outcome()).isEqualTo(IndexOutcome.STALE);
    }

    @Test
    void writeBlockOfAReindexAndAMissingMonthAliasAreSentAgain() {
        assertThat(ArticleIndexer.classify(403, "cluster_block_exception", "r").outcome()).isEqualTo(IndexOutcome.RETRY);
        assertThat(ArticleIndexer.classify(404, "index_not_found_exception", "r").outcome()).isEqualTo(IndexOutcome.RETRY);
        assertThat(ArticleIndexer.classify(429, "es_rejected_execution_exception", "r").outcome()).isEqualTo(IndexOutcome.RETRY);
    }

    @Test
    void badDocumentIsRefusedWithTheReason() {
        ItemResult result = ArticleIndexer.classify(400, "strict_dynamic_mapping_exception", "field [x] not allowed");
        assertThat(result.outcome()).isEqualTo(IndexOutcome.REFUSED);
        assertThat(result.reason()).isEqualTo("field [x] not allowed");
    }
}
