package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** A country's armed and security services named in Arabic, with or without the country. */
class ArabicNationalServicesTest {

    private static String[] bodies(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.ORG).map(ArticleEntity::name).toArray(String[]::new);
    }

    @Test
    void aServiceOnlyACountryHasIsTheStoryCountrysWhenNamedAlone() {
        assertThat(bodies("أعلن خفر السواحل أنه أنقذ عشرين مهاجرا قبالة طنجة، ونقلهم إلى ميناء العرائش ثم إلى طنجة."))
                .containsExactly("Coast Guard (Morocco)");
        assertThat(bodies("أعلن خفر السواحل أنه أنقذ عشرين مهاجرا.")).containsExactly("Coast Guard");
    }

    @Test
    void anHonorificBetweenServiceAndCountryNamesTheService() {
        assertThat(bodies("نفذت القوات الجوية الملكية الأردنية طلعات فوق الحدود الشمالية."))
                .containsExactly("Royal Jordanian Air Force");
    }
}
