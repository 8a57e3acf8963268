package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic bodies named in English in the order English uses: a third word joined by و makes a list, an adjective after
 * the last conjunct stays with it and turns the name into "Head of ...", a feminine nationality after a masculine head
 * is its genitive's, a هيئة of one place or country puts what it deals with before its head, and a chamber of commerce is
 * named after its town.
 */
class ArabicOrganisationWordOrderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقالت هيئة كهرباء ومياه وغاز الفجيرة إن الخدمة عادت.|Fujairah Electricity, Water and Gas Authority",
        "وقال بنك الفلاحة والتنمية الريفية إن القروض ارتفعت.|Bank of Agriculture and Rural Development",
        "وقال اتحاد الصناعات الأردنية إن الإنتاج ارتفع.|Federation of Jordanian Industries",
        "وقال الاتحاد الوطني للمرأة المغربية إن المشاركة ارتفعت.|National Union of Moroccan Women",
        "وقالت هيئة دبي للثقافة إن المعرض افتتح.|Dubai Culture Authority",
        "وقالت الهيئة المصرية للإغاثة والمساعدات الإنسانية إن القافلة وصلت.|"
                + "Egyptian Relief and Humanitarian Aid Authority",
        "وقالت الهيئة الكويتية للأعمال الخيرية إن القافلة وصلت.|Kuwait Charity Organization",
        "وقالت غرفة تجارة وصناعة الفجيرة إن الصادرات ارتفعت.|Fujairah Chamber of Commerce and Industry"
    })
    void bodiesAreNamedInEnglishWordOrder(String sentence, String name) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).contains(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال المجلس الانتقالي الجنوبي إن الاجتماع انتهى.|Southern Transitional Council",
        "وقال حرس المنشآت النفطية إن الحقول آمنة.|Oil Facilities Guard",
        "وقال الديوان الوطني للصناعات التقليدية إن المعرض افتتح.|National Office of Handicrafts"
    })
    void commonWordsOfBodiesAreGlossed(String sentence, String name) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).contains(name);
    }
}
