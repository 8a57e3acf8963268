package io.newsflow.gateway.alert;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes {@link SavedSearch} rows. */
@ApplicationScoped
public class SavedSearchRepository implements PanacheRepositoryBase<SavedSearch, String> {

    public Uni<List<SavedSearch>> ofOwner(String owner) {
        return list("owner = ?1 order by createdAt", owner);
    }
}
