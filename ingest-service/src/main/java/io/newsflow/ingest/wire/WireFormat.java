package io.newsflow.ingest.wire;

/** The wire formats ingest-service accepts, with the name each carries in {@code NormalisedArticle.format}. */
public enum WireFormat {
    NINJS("ninjs"),
    NEWSML_G2("newsml-g2"),
    RSS("rss"),
    ATOM("atom"),
    SIMPLE_JSON("json");

    private final String code;

    WireFormat(String code) {
        this.code = code;
    }

    /** The value written to {@code NormalisedArticle.format}. */
    public String code() {
        return code;
    }
}
