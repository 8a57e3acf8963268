package io.newsflow.gateway.security;

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
}
