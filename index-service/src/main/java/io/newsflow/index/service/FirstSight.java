package io.newsflow.index.service;

import io.newsflow.contracts.NormalisedArticle;
import java.util.Set;

/**
 * Tells the articles that cannot have anything indexed before them, so that index-service skips the look-ups an
 * update needs (where the article lives, which of its events to remove). That is most traffic: version 1 of a
 * numbered format. A kill may follow its article at the same version, and RSS and Atom number no versions (an
 * update arrives as version 1 again, see ingest-service's VersionRule), so neither is a first sight.
 */
final class FirstSight {

    /** The formats ingest-service cannot number versions of (ingest-service's VersionRule.UNVERSIONED_FORMATS). */
    private static final Set<String> UNVERSIONED_FORMATS = Set.of("rss", "atom");

    private FirstSight() {
    }

    static boolean is(NormalisedArticle article) {
        return article.version() == 1
                && !article.pubStatus().isKill()
                && article.format() != null
                && !UNVERSIONED_FORMATS.contains(article.format());
    }
}
