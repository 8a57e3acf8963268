package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Heads of state and government and foreign ministers of UN members link to their English names from Arabic copy. */
class WorldLeadersInArabicTest {

    private static List<ArticleEntity> persons(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void europeanForeignMinisterLinksToTheUsualEnglishSpelling() {
        assertThat(persons("وقال وزير الخارجية البولندي رادوسلاف سيكورسكي إن بلاده ستدعم الخطة."))
                .extracting(ArticleEntity::id, ArticleEntity::linked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("per:radoslaw-sikorski", true));
    }

    @Test
    void arabForeignMinisterLinksToTheUsualEnglishSpelling() {
        assertThat(persons("واستقبل وزير الخارجية الجزائري أحمد عطاف نظيره في العاصمة."))
                .extracting(ArticleEntity::name).containsExactly("Ahmed Attaf");
    }

    @Test
    void africanHeadOfStateLinks() {
        assertThat(persons("وأعلن رئيس زيمبابوي إيمرسون منانغاغوا حالة الطوارئ."))
                .extracting(ArticleEntity::name).containsExactly("Emmerson Mnangagwa");
    }
}
