package io.newsflow.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.index.config.IndexConfig;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.ArticleRetention;
import io.newsflow.search.client.ElasticsearchClients;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.RestClient;

/**
 * Applies {@code newsflow.index.articles.retention-months}: at start and then every retention interval, deletes the
 * month indices of articles first created before the months kept. Off when the setting is absent. With several
 * instances each applies it; deleting an index already gone is harmless.
 */
@ApplicationScoped
public class ArticleRetentionSchedule {

    private final IndexConfig config;
    private final ElasticsearchClient es;
    private final MonthIndices months;
    private ScheduledExecutorService timer;

    public ArticleRetentionSchedule(IndexConfig config, RestClient restClient, MonthIndices months) {
        this.config = config;
        this.es = ElasticsearchClients.blocking(restClient);
        this.months = months;
    }

    void start(@Observes StartupEvent started) {
        config.articles().retentionMonths().ifPresent(kept -> {
            if (kept < 1) {
                throw new IllegalArgumentException("newsflow.index.articles.retention-months must be at least 1, not " + kept);
            }
            long every = config.articles().retentionInterval().toMillis();
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "article-retention");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(() -> apply(kept), 0, every, TimeUnit.MILLISECONDS);
        });
    }

    void stop(@Observes ShutdownEvent stopped) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void apply(int kept) {
        YearMonth cutoff = ArticleIndex.retentionCutoff(YearMonth.now(Clock.systemUTC()), kept);
        try {
            List<String> dropped = ArticleRetention.dropBefore(es, cutoff);
            if (!dropped.isEmpty()) {
                months.forgetAll();
                Log.infof("retention of %d months: dropped %s (articles first created before %s)", kept, dropped, cutoff);
            }
        } catch (Exception e) {
            // Elasticsearch away: the next round tries again.
            Log.warnf("retention of %d months not applied: %s", kept, e.getMessage());
        }
    }
}
