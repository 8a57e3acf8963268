package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How Arabic copy's names of people from outside the Arab world, and of Gulf ruling families, come out. */
class ForeignNamesInArabicTest {

    private static List<ArticleEntity> persons(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void europeanNameKeepsItsParticleAndItsLatinGivenName() {
        List<ArticleEntity> people = persons("وقال وزير المالية البلجيكي يان فان دير بيرغ إن الميزانية متوازنة.");
        assertThat(people).flatExtracting(ArticleEntity::mentions).extracting(Mention::text)
                .containsExactly("يان فان دير بيرغ");
        assertThat(people).extracting(ArticleEntity::name).singleElement().asString().contains(" van ");
    }

    @Test
    void givenNameOfTheCountrysOwnListIsSpelledAsThere() {
        assertThat(persons("وقال وزير الدفاع البولندي توماش نوفاك إن التدريبات انتهت."))
                .extracting(ArticleEntity::name).singleElement().asString().startsWith("Tomasz ");
    }

    @Test
    void arabNamesAreNotLookedUpInForeignLists() {
        assertThat(persons("قال وزير الخارجية الأردني محمد الشابي إن المحادثات كانت مثمرة."))
                .extracting(ArticleEntity::name).containsExactly("Mohammad al-Shabi");
    }

    @Test
    void familyPrefixAlContinuesTheName() {
        List<ArticleEntity> people = persons("واستقبل وزير الداخلية الإماراتي سيف بن زايد آل نهيان الوفد.");
        assertThat(people).flatExtracting(ArticleEntity::mentions).extracting(Mention::text)
                .containsExactly("سيف بن زايد آل نهيان");
        assertThat(people).extracting(ArticleEntity::name).containsExactly("Saif bin Zayed Al Nahyan");
    }
}
