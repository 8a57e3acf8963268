package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state company for a trade of several words is the "General Company for" it, a forum is "for" what it defends,
 * the nationality comes before a body's other adjectives and "National" after it (but not before a people's adjective
 * or in an army's name), and an adjective of the form taf'ulī after the last of two
 * joined genitives stays with it.
 */
class ArabicStateCompaniesAndAdjectiveOrderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقالت الشركة العامة للموانئ والمطارات إن العمل استؤنف.|General Company for Ports and Airports",
        "وقالت الشركة العامة للكهرباء إن التيار عاد.|General Electricity Company",
        "وقال المنتدى المغربي للحقوق الاقتصادية والاجتماعية إن الاحتجاج سلمي.|"
                + "Moroccan Forum for Economic and Social Rights",
        "وقال الصندوق الأردني الهاشمي للتنمية البشرية إن المشروع بدأ.|Jordanian Hashemite Fund for Human Development",
        "وقالت شركة الأسمدة والصناعات التكاملية المصرية إن الإنتاج ارتفع.|"
                + "Egyptian Fertilizers and Integrated Industries Company",
        "وقالت الشرطة الوطنية المدنية إن الموقوفين نقلوا.|National Civil Police",
        "وقال المجلس الوطني الكردي إن الاجتماع انتهى.|Kurdish National Council",
        "وقال الجيش الوطني الشعبي إن المناورات انتهت.|People's National Army"
    })
    void bodiesAreNamedAsEnglishNamesThem(String sentence, String name) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).contains(name);
    }
}
