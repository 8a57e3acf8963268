package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of names that wire copy writes often: lead sentences full of titles and names, chambers of commerce in
 * Arabic, Spanish family names, two-word nationalities, foreign names in Arabic spelled by their country's language, CLDR country names with a parenthesis or an ampersand, a given name that is also a
 * town, lakes and rivers named after a place in Arabic, and French protest and fighting verbs.
 */
class NameClassesTest {

    private static final Instant PUBLISHED = Instant.parse("2025-05-02T10:00:00Z");

    private static List<ArticleEntity> entities(String body, String language) {
        return SharedExtractor.INSTANCE.extract("", body, PUBLISHED, language).entities();
    }

    private static List<String> names(String body, String language, EntityType type) {
        return entities(body, language).stream().filter(e -> e.type() == type).map(ArticleEntity::name).toList();
    }

    private static List<String> codes(String body, String language) {
        return SharedExtractor.INSTANCE.extract("", body, PUBLISHED, language).events().stream()
                .map(ArticleEvent::type).toList();
    }

    @Test
    void peopleInALeadSentenceDenseWithCapitalsAreFound() {
        String body = "QUITO, May 2 - Ecuadorean President Daniel Noboa received Peruvian Prime Minister Eduardo Arana "
                + "in Quito on Friday for talks on trade.";
        assertThat(names(body, "en", EntityType.PERSON)).contains("Daniel Noboa", "Eduardo Arana");
    }

    @Test
    void aTwoWordNationalityIsNotAPerson() {
        String body = "COLOMBO, May 2 - Nepal's Foreign Minister Arjun Rai met her Sri Lankan counterpart in Colombo on "
                + "Friday for talks on trade.";
        assertThat(names(body, "en", EntityType.PERSON)).containsExactly("Arjun Rai");
    }

    @Test
    void aForeignNameInArabicIsSpelledFromTheListsOfItsCountrysLanguage() {
        // Ecuador has no name list of its own: its people's names come from the Spanish-language lists.
        assertThat(names("وقال وزير الخارجية الإكوادوري لويس ماركيز إن المحادثات كانت مثمرة.", "ar", EntityType.PERSON))
                .singleElement().asString().startsWith("Luis ");
    }

    @Test
    void aChamberOfCommerceIsNamedAfterItsPlaceOrNation() {
        assertThat(names("التقى الوزير أمس ممثلي غرفة تجارة وصناعة الكويت.", "ar", EntityType.ORG))
                .containsExactly("Kuwait Chamber of Commerce and Industry");
        assertThat(names("وقعت غرفة التجارة الفرنسية اتفاقا أمس.", "ar", EntityType.ORG))
                .containsExactly("French Chamber of Commerce");
        assertThat(names("وقعت غرفة تجارة أبوظبي اتفاقا أمس.", "ar", EntityType.LOC)).isEmpty();
    }

    @Test
    void aSpanishFamilyNameInsideTheFullNameIsTheSamePerson() {
        List<ArticleEntity> people = entities("Le ministre Carlos Alberto Mendoza Ruiz a reçu lundi son homologue. "
                + "Mendoza a salué l'accord.", "fr").stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).hasSize(1);
        assertThat(people.get(0).mentions()).extracting(Mention::text)
                .containsExactly("Carlos Alberto Mendoza Ruiz", "Mendoza");
    }

    @Test
    void countriesAreNamedWithoutCldrParenthesesOrAmpersands() {
        assertThat(names("The Falkland Islands held a vote on Friday.", "en", EntityType.LOC))
                .containsExactly("Falkland Islands");
        assertThat(names("Antigua & Barbuda signed the deal on Friday.", "en", EntityType.LOC))
                .containsExactly("Antigua and Barbuda");
    }

    @Test
    void aTownThatIsAlsoAGivenNameOpensThePersonAfterATitle() {
        String body = "وقال وزير النقل العماني سالم بن محمد النعيمي إن المشروع سيكتمل العام المقبل.";
        List<ArticleEntity> found = entities(body, "ar");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).singleElement()
                .satisfies(p -> assertThat(p.mentions().get(0).text()).startsWith("سالم"));
        assertThat(found).noneMatch(e -> e.type() == EntityType.LOC);
    }

    @Test
    void aLakeOrRiverNamedAfterAPlaceIsTheFeatureNotThePlace() {
        assertThat(names("أضرب الصيادون في مدينة كيسومو المطلة على بحيرة فيكتوريا أمس.", "ar", EntityType.LOC))
                .contains("Lake Victoria").doesNotContain("Victoria");
        assertThat(names("تراجع منسوب المياه في بحيرة كومو هذا العام.", "ar", EntityType.LOC))
                .containsExactly("Lake Como");
    }

    @Test
    void frenchProtestAndExchangeOfFireAreEvents() {
        assertThat(codes("Des habitants ont protesté dimanche devant la mairie de Lyon.", "fr")).containsExactly("14");
        assertThat(codes("Des soldats des deux pays ont échangé des tirs mardi à la frontière.", "fr"))
                .containsExactly("19");
    }
}
