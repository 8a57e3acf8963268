package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "للجمعية": after the preposition ل the article loses its alef. The mention starts at the article's ل, as written;
 * the body's name is written with the article.
 */
class ArabicNamesAfterLamLamTest {

    @Test
    void theNameTakesBackTheArticle() {
        List<ArticleEntity> bodies = SharedExtractor.ofType("وقدمت الحكومة منحة للجمعية الخيرية الكرمية في القرية.",
                "ar", EntityType.ORG);
        assertThat(bodies).extracting(ArticleEntity::name).containsExactly("الجمعية الخيرية الكرمية");
        assertThat(bodies.get(0).mentions()).extracting(Mention::text).containsExactly("لجمعية الخيرية الكرمية");
    }
}
