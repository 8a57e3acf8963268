package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static io.newsflow.extraction.SharedExtractor.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventh round's classes, with names no eval or held-out set holds: branches of a country's forces named by a
 * nationality adjective, a governor's or mayor's town between the title and the name, the given name Ali, Egyptian
 * "Abdel", an initial or medial ع before a long a, CayyāC family names, airports and wadis, international banks,
 * aid, exercises and future signings; in Latin script a portfolio before the name, a peninsula, a verb after "pour",
 * a body of a place, a small town after "près de", plural possessives, a country with "and" inside a name or before
 * a title, and adjectives built on a nationality.
 */
class ArmedBranchesAndTitledPlacesTest {

    private static List<String> codes(String body) {
        return SharedExtractor.codes(body, "ar");
    }

    @Test
    void aBranchOfTheForcesWithANationalityIsThatCountrysBranch() {
        assertThat(names("أعلنت البحرية الهولندية أمس وصول فرقاطة، وقالت القوات الجوية الأنغولية إن طائراتها جاهزة، "
                + "فيما أوقف خفر السواحل النيكاراغوي قاربا.", "ar", EntityType.ORG))
                .containsExactly("Dutch Navy", "Angolan Air Force", "Nicaraguan Coast Guard");
    }

    @Test
    void theTownOfAGovernorOrMayorBelongsToTheTitle() {
        assertThat(mentions("قال محافظ إربد رضوان العتوم إن الطرق مفتوحة.", "ar", EntityType.PERSON))
                .containsExactly("رضوان العتوم");
        String mayor = "قال رئيس بلدية صيدا خالد الرواحي إن المياه عادت.";
        assertThat(mentions(mayor, "ar", EntityType.PERSON)).containsExactly("خالد الرواحي");
        assertThat(names(mayor, "ar", EntityType.ORG)).containsExactly("Sidon Municipality");
    }

    @Test
    void aliWrittenWithYaIsAGivenNameNotThePreposition() {
        assertThat(mentions("قال وزير الزراعة محمد علي الكبيسي إن الموسم جيد.", "ar", EntityType.PERSON))
                .containsExactly("محمد علي الكبيسي");
    }

    @Test
    void egyptAndTheLevantWriteAbdelAsAWordOfItsOwn() {
        assertThat(names("قال وزير النقل المصري سامح عبد الغفار إن القطار جاهز.", "ar", EntityType.PERSON))
                .containsExactly("Sameh Abdel Ghaffar");
        assertThat(names("قال وزير النقل العراقي سامح عبد الغفار إن القطار جاهز.", "ar", EntityType.PERSON))
                .containsExactly("Sameh Abdulghaffar");
    }

    @Test
    void aynBeforeALongAIsHeardAsA() {
        assertThat(names("قال وزير الطاقة الإماراتي سالم الزعابي إن الإنتاج ارتفع.", "ar", EntityType.PERSON))
                .containsExactly("Salem Al Zaabi");
    }

    @Test
    void familyNamesOfThePatternCayyaCAreSpelledWithAy() {
        assertThat(names("قال وزير المالية الكويتي سعد الخياط إن العجز تراجع.", "ar", EntityType.PERSON))
                .containsExactly("Saad al-Khayat");
    }

    @Test
    void airportsAndWadisKeepTheirHeadWordInEnglish() {
        assertThat(names("هبطت الطائرة أمس في مطار بوخارست الدولي.", "ar", EntityType.LOC))
                .containsExactly("Bucharest International Airport");
        assertThat(ofType("قصفت الطائرات أمس مواقع في وادي الضباب جنوب المدينة.", "ar", EntityType.LOC))
                .singleElement().satisfies(wadi -> {
                    assertThat(wadi.name()).startsWith("Wadi ");
                    assertThat(wadi.mentions()).extracting(Mention::text).containsExactly("وادي الضباب");
                });
    }

    @Test
    void twoGenitivesJoinedByAndNameOneBody() {
        assertThat(names("قال مركز البحوث والدراسات إن النمو تباطأ.", "ar", EntityType.ORG))
                .containsExactly("Research and Studies Center");
    }

    @Test
    void internationalDevelopmentBanksAreKnownInArabic() {
        assertThat(names("وقع البنك الآسيوي للاستثمار في البنية التحتية اتفاقا أمس.", "ar", EntityType.ORG))
                .containsExactly("Asian Infrastructure Investment Bank");
    }

    @Test
    void aidExercisesAndFutureSigningsAreEvents() {
        assertThat(codes("وزع الهلال الأحمر أمس مساعدات غذائية على الأسر النازحة.")).containsExactly("07");
        assertThat(codes("نفذت القوات البلغارية والرومانية أمس تدريبا عسكريا مشتركا.")).containsExactly("06");
        assertThat(codes("وقال الوزير إن الشركة ستوقع الشهر المقبل عقدا لتوريد الغاز.")).containsExactly("03");
    }

    @Test
    void aPortfolioAfterTheTitleIsNotPartOfTheName() {
        assertThat(names("Le ministre des Armées Thierry Lemoine a visité lundi la base.", "fr", EntityType.PERSON))
                .containsExactly("Thierry Lemoine");
        assertThat(names("La ministre de la Culture Sophie Garnier a visité lundi le musée.", "fr",
                EntityType.PERSON)).containsExactly("Sophie Garnier");
    }

    @Test
    void frenchPeninsulasBodiesOfPlacesAndVerbsAfterPour() {
        assertThat(names("Un exercice a eu lieu au large de la presqu'île de Quiberon.", "fr", EntityType.LOC))
                .containsExactly("Quiberon Peninsula");
        assertThat(mentions("Les salariés ont fait grève à l'appel de la Confédération générale pour réclamer des "
                + "hausses.", "fr", EntityType.ORG)).containsExactly("Confédération générale");
        assertThat(mentions("La gendarmerie maritime a arrêté lundi un équipage. Le conseil territorial de "
                + "Saint-Barthélemy a voté.", "fr", EntityType.ORG))
                .containsExactly("gendarmerie maritime", "conseil territorial de Saint-Barthélemy");
    }

    @Test
    void aSmallTownIsTakenAfterALocative() {
        assertThat(names("Un camion a été retrouvé près de Bastogne lundi.", "fr", EntityType.LOC))
                .containsExactly("Bastogne");
        assertThat(names("A lorry overturned in Wexford on Monday, police said.", "en", EntityType.LOC))
                .containsExactly("Wexford");
        assertThat(names("The council said Wexford had voted.", "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void englishNamesWithPluralPossessivesAndCountriesWithAnd() {
        assertThat(names("The Ulster Farmers' Union said prices had fallen.", "en", EntityType.ORG))
                .containsExactly("Ulster Farmers' Union");
        assertThat(names("The Royal Police Force of Antigua and Barbuda arrested two men.", "en", EntityType.ORG))
                .containsExactly("Royal Police Force of Antigua and Barbuda");
        assertThat(names("Antigua and Barbuda Prime Minister Gaston Browne said the deal was fair.", "en",
                EntityType.PERSON)).containsExactly("Gaston Browne");
        assertThat(ofType("A Dutch-flagged tanker docked on Monday.", "en", EntityType.LOC)).isEmpty();
    }
}
