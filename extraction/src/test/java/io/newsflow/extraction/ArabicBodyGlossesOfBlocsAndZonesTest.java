package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General words of bodies' names that were romanised before: forces and chambers, a people's adjective (Kurdish), the
 * economy, zones, and disease control after لـ ("لمكافحة الأمراض" is Disease Control, not "Disease Anti").
 */
class ArabicBodyGlossesOfBlocsAndZonesTest {

    @ParameterizedTest
    @CsvSource({
        "وقالت جبهة القوى الديمقراطية إنها ستشارك في الانتخابات., Democratic Forces Front",
        "وأعلنت الجمعية الكردية للثقافة عن برنامجها., Kurdish Association of Culture",
        "وقالت المؤسسة العامة للمناطق الحرة إن الطلبات زادت., Public Free Zones Corporation",
        "وحذر المركز الوطني لمكافحة الأمراض من انتشار العدوى., National Center for Disease Control",
        "وقالت الجمعية الولائية للمهندسين إن الأشغال تأخرت., Wilaya Association of Engineers",
        "وطالبت تنسيقية المتظاهرين بفتح تحقيق., Protesters Coordination"
    })
    void theBodyIsNamedInEnglish(String sentence, String body) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).containsExactly(body);
    }
}
