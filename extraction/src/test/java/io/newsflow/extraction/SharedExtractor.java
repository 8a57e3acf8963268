package io.newsflow.extraction;

/** One bundled extractor for all tests: building it takes a few seconds. */
final class SharedExtractor {

    static final Extractor INSTANCE = Extractor.withBundledKnowledge();

    private SharedExtractor() {
    }
}
