package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.dedup.ContentFingerprint;
import io.newsflow.ingest.dedup.NearDuplicateIndex;
import io.newsflow.ingest.repository.ArticleStateRepository;
import io.newsflow.ingest.repository.ArticleStateRepository.Fingerprint;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives articles of the same story a shared cluster id: one bounded {@link NearDuplicateIndex} per language,
 * holding the story signatures (256-bit SimHashes) of the most recent articles. The signature and cluster of every
 * article are stored in
 * {@code article_state}, and the indexes are warmed from there by the first transaction after a start, so a
 * restart forgets nothing that matters.
 *
 * <p>Why in memory rather than band lookups in PostgreSQL: two rewrites of a story are up to a third of their
 * bits apart, and bands only guarantee a shared band for a few differing bits; comparing with every recent
 * signature (a XOR and a bit count per word) finds every pair. With several instances each sees the articles it took itself plus
 * what it loaded at start. A consumed batch is looked up in one pass over the window ({@link #lookahead}), which
 * gives the same clusters as one lookup per article for less than half the CPU.
 */
@ApplicationScoped
public class StoryClusters {

    /** The longest language subtag BCP 47 allows. */
    private static final int MAX_SUBTAG = 8;

    /** What clustering gave an article: its cluster, and its story signature to store (null when the text is too short). */
    public record Assignment(String clusterId, long[] signature, String language) {
    }

    private final int window;
    private final Map<String, NearDuplicateIndex> byLanguage = new ConcurrentHashMap<>();
    private volatile boolean warm;

    public StoryClusters(IngestConfig config) {
        this.window = config.nearDuplicates().window();
    }

    /** Loads the recent SimHashes once per process; later calls return at once. Runs in the caller's session. */
    public Uni<Void> warmUp(ArticleStateRepository states) {
        if (warm) {
            return Uni.createFrom().voidItem();
        }
        return states.recentFingerprints(window)
                .invoke(this::load)
                .replaceWithVoid();
    }

    /** The cluster of a new article: that of the most recent same-story article in its language, else its own id. */
    public Assignment assign(NormalisedArticle article) {
        String language = language(article.language());
        Optional<long[]> signature = ContentFingerprint.storySignature(article);
        if (signature.isEmpty()) {
            return new Assignment(article.id(), null, language);
        }
        String cluster = index(language).assign(article.id(), signature.get());
        return new Assignment(cluster, signature.get(), language);
    }

    /**
     * Looks up the window once for a batch of articles that may be new ({@link NearDuplicateIndex#lookahead}), so
     * that {@link #assign(NormalisedArticle, Lookahead)} of each only compares with what was remembered since.
     */
    public Lookahead lookahead(List<NormalisedArticle> articles) {
        Lookahead ahead = new Lookahead();
        Map<String, List<NormalisedArticle>> byLanguage = new HashMap<>();
        Map<String, List<long[]>> signatures = new HashMap<>();
        for (NormalisedArticle article : articles) {
            String language = language(article.language());
            Optional<long[]> signature = ContentFingerprint.storySignature(article);
            if (signature.isEmpty()) {
                ahead.prepared.put(article, new Lookahead.Prepared(language, null, null, -1));
                continue;
            }
            byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(article);
            signatures.computeIfAbsent(language, l -> new ArrayList<>()).add(signature.get());
        }
        byLanguage.forEach((language, batch) -> {
            List<long[]> batchSignatures = signatures.get(language);
            NearDuplicateIndex.Lookahead window = index(language).lookahead(batchSignatures);
            for (int i = 0; i < batch.size(); i++) {
                ahead.prepared.put(batch.get(i), new Lookahead.Prepared(language, batchSignatures.get(i), window, i));
            }
        });
        return ahead;
    }

    /** As {@link #assign(NormalisedArticle)}, for an article of a {@link #lookahead} (or any other, looked up alone). */
    public Assignment assign(NormalisedArticle article, Lookahead ahead) {
        Lookahead.Prepared prepared = ahead.prepared.get(article);
        if (prepared == null) {
            return assign(article);
        }
        if (prepared.signature() == null) {
            return new Assignment(article.id(), null, prepared.language());
        }
        String cluster = index(prepared.language()).assign(article.id(), prepared.signature(), prepared.window(),
                prepared.index());
        return new Assignment(cluster, prepared.signature(), prepared.language());
    }

    /** The signatures of a batch of articles and where their nearest duplicates sat when the batch was looked up. */
    public static final class Lookahead {

        /** An article's language, signature (null when too short) and its place in its language's lookup. */
        private record Prepared(String language, long[] signature, NearDuplicateIndex.Lookahead window, int index) {
        }

        private final Map<NormalisedArticle, Prepared> prepared = new IdentityHashMap<>();
    }

    /** A new version of a known article keeps its cluster; its new text is what later articles are compared with. */
    public Assignment keep(NormalisedArticle article, String clusterId) {
        String language = language(article.language());
        Optional<long[]> signature = ContentFingerprint.storySignature(article);
        if (signature.isEmpty()) {
            return new Assignment(clusterId, null, language);
        }
        index(language).remember(signature.get(), clusterId);
        return new Assignment(clusterId, signature.get(), language);
    }

    /**
     * The primary subtag of a declared language, lower case ("en-GB" gives "en"); "und" when none is declared or it
     * is longer than any language subtag (8 letters), which the state's column could not hold either.
     */
    static String language(String declared) {
        if (declared == null || declared.isBlank()) {
            return "und";
        }
        String tag = declared.strip();
        int end = 0;
        while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') {
            end++;
        }
        String primary = tag.substring(0, end).toLowerCase(Locale.ROOT);
        return primary.isEmpty() || primary.length() > MAX_SUBTAG ? "und" : primary;
    }

    private NearDuplicateIndex index(String language) {
        return byLanguage.computeIfAbsent(language, l -> NearDuplicateIndex.ofSignatures(window));
    }

    private synchronized void load(List<Fingerprint> newestFirst) {
        if (warm) {
            return;
        }
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Fingerprint f = newestFirst.get(i);
            index(language(f.language())).remember(f.signature(), f.clusterId());
        }
        warm = true;
    }
}
