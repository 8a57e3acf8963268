package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Courts named in Arabic by a genitive noun. */
class ArabicCourtNamesTest {

    @Test
    void aCourtsDefiniteGenitiveNounFollowsCourtOf() {
        assertThat(SharedExtractor.INSTANCE.extract("", "وقضت محكمة النقض المصرية بالبراءة.", null, "ar").entities()
                .stream().filter(e -> e.type() == EntityType.ORG).map(ArticleEntity::name))
                .containsExactly("Egyptian Court of Cassation");
    }
}
