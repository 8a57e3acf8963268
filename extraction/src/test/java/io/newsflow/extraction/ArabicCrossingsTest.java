package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Border crossings named in Arabic after "معبر" or "منفذ". */
class ArabicCrossingsTest {

    private static String[] places(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.LOC).map(ArticleEntity::name).toArray(String[]::new);
    }

    @Test
    void aCrossingIsNamedByTheWordsAfterItsPlaceWord() {
        assertThat(places("عبرت الشاحنات منفذ الطوال الحدودي أمس، ثم وصلت إلى منفذ البحري الرئيسي."))
                .containsExactly("Al-Tuwal border crossing");
        assertThat(places("وأغلقت السلطات معبر أبو كمال أمام المسافرين.")).containsExactly("Al-Qaim border crossing");
        // Session 26: the two above are known (crossings.tsv); a crossing no list holds is still named by its words.
        assertThat(places("وأغلقت السلطات معبر الصالحية أمام المسافرين.")).containsExactly("Salahia crossing");
    }
}
