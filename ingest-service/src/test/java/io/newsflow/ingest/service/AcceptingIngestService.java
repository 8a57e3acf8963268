package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.newsflow.ingest.wire.RejectedItem;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link IngestService} without PostgreSQL or Kafka, for tests of what happens around recording: every item read
 * is accepted and published, rejected items and refusals give the results the real service gives.
 */
public class AcceptingIngestService extends IngestService {

    public AcceptingIngestService(IngestConfig config) {
        super(null, null, null, null, null, config);
    }

    @Override
    public Uni<List<IngestResult>> record(List<Received> documents) {
        List<IngestResult> results = new ArrayList<>(documents.size());
        for (Received received : documents) {
            if (received.document() == null) {
                results.add(new IngestResult(null, List.of(), List.of()));
                continue;
            }
            List<NormalisedArticle> published = received.document().items();
            List<ItemOutcome> items = new ArrayList<>();
            for (NormalisedArticle item : published) {
                items.add(new ItemOutcome(item.id(), item.version(), LedgerOutcome.ACCEPTED, null, null, item.id()));
            }
            for (RejectedItem rejected : received.document().rejected()) {
                items.add(ItemOutcome.rejected(rejected.ref(), rejected.reason()));
            }
            results.add(new IngestResult(received.document().format().code(), published, items));
        }
        return Uni.createFrom().item(results);
    }
}
