package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic body names open with a head noun in either form, with or without the article, and in Maghreb spelling. */
class ArabicBodyHeadFormsTest {

    private static List<String> bodies(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.ORG).flatMap(e -> e.mentions().stream()).map(Mention::text)
                .toList();
    }

    @Test
    void serviceHeadsABody() {
        assertThat(bodies("وأعلنت مصلحة الضرائب المغربية عن إجراءات جديدة.")).containsExactly("مصلحة الضرائب المغربية");
    }

    @Test
    void maghrebSpellingOfCommissionHeadsABody() {
        assertThat(bodies("وقالت الهيأة الوطنية للنزاهة إن التحقيق مستمر.")).containsExactly("الهيأة الوطنية للنزاهة");
    }

    @Test
    void bureauHeadsABody() {
        assertThat(bodies("وقرر ديوان المحاسبة مراجعة الحسابات.")).containsExactly("ديوان المحاسبة");
    }

    @Test
    void localCouncilAndAuthorityAloneAreCommonNouns() {
        assertThat(bodies("وقال المجلس البلدي إن الأشغال بدأت، وأكدت السلطة المحلية أن الطرق مفتوحة.")).isEmpty();
    }
}
