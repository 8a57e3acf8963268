package io.newsflow.gateway.security;

import io.newsflow.gateway.client.PostgresNotifications;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes {@link ApiKey} rows. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    public Uni<ApiKey> findByHash(String hash) {
        return find("hash", hash).firstResult();
    }

    public Uni<List<ApiKey>> listNewestFirst() {
        return list("order by createdAt desc");
    }

    /**
     * Tells every gateway replica that the key with this hash is revoked: a PostgreSQL notification on
     * {@link KeyRevocationListener#CHANNEL}, delivered when the current transaction commits.
     */
    public Uni<Void> announceRevoked(String hash) {
        return getSession().chain(session -> PostgresNotifications.send(session, KeyRevocationListener.CHANNEL, hash));
    }
}
