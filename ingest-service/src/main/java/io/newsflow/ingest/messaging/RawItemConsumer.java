package io.newsflow.ingest.messaging;

import io.newsflow.ingest.service.WireIngestion;
import io.newsflow.ingest.wire.WireFormatException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where wire feeds enter: raw documents from the ingest topic. The record's offset is committed only after the
 * ledger is written and the normalised articles are acknowledged downstream; a document that cannot be read
 * goes to the dead-letter topic (newsflow.ingest.dlq) with the reason, and the consumer carries on.
 */
@ApplicationScoped
public class RawItemConsumer {

    public static final String RAW_ITEMS = "raw-items";
    public static final String CHANNEL = "kafka";

    private final WireIngestion ingestion;

    public RawItemConsumer(WireIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Incoming(RAW_ITEMS)
    public Uni<Void> consume(byte[] document) {
        return ingestion.ingest(document, null, CHANNEL)
                .onFailure(WireFormatException.class)
                .transform(e -> new RejectedDocumentException((WireFormatException) e))
                .replaceWithVoid();
    }

    /** Carries the reason code and sentence into the dead-letter record's reason header. */
    static final class RejectedDocumentException extends RuntimeException {
        RejectedDocumentException(WireFormatException cause) {
            super(cause.reason() + ": " + cause.getMessage(), cause, false, false);
        }
    }
}
