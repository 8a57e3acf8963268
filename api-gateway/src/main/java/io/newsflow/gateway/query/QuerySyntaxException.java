package io.newsflow.gateway.query;

/** The {@code q} parameter does not parse; {@link #position()} is the 1-based character where the problem is. */
public class QuerySyntaxException extends RuntimeException {

    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
