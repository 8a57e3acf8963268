package io.newsflow.gateway.client;

/** A backend service (ingest-service, extract-service) did not answer in time or its circuit is open: 503. */
public class BackendUnavailableException extends RuntimeException {

    private final String backend;

    public BackendUnavailableException(String backend, Throwable cause) {
        super(backend + " unavailable", cause);
        this.backend = backend;
    }

    public String backend() {
        return backend;
    }
}
