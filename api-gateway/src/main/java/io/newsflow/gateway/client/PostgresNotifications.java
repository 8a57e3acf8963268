package io.newsflow.gateway.client;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/** PostgreSQL notifications sent from a repository's session: delivered to the listeners when its transaction commits. */
public final class PostgresNotifications {

    private PostgresNotifications() {
    }

    /** Sends {@code payload} on {@code channel} (pg_notify), in the session's current transaction. */
    public static Uni<Void> send(Mutiny.Session session, String channel, String payload) {
        return session.createNativeQuery("select count(*) from (select pg_notify(?1, ?2)) notified", Long.class)
                .setParameter(1, channel)
                .setParameter(2, payload)
                .getSingleResult()
                .replaceWithVoid();
    }
}
