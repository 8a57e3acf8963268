package io.newsflow.index.service;

/** What became of one article of a bulk request, with Elasticsearch's reason when it was refused. */
public record ItemResult(IndexOutcome outcome, String reason) {

    static final ItemResult INDEXED = new ItemResult(IndexOutcome.INDEXED, null);
}
