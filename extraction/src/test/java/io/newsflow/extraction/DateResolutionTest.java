package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extraction.event.DateResolver;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.text.Tokeniser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolutionTest {

    private static final DateResolver RESOLVER = new DateResolver(Lexicon.bundled());

    private static LocalDate resolve(String text, String published) {
        var tokens = Tokeniser.tokenise(text);
        int sentences = tokens.get(tokens.size() - 1).sentence + 1;
        boolean[] future = new boolean[sentences];
        if (text.contains("will") || text.contains("سيعقد")) {
            java.util.Arrays.fill(future, true);
        }
        List<DateResolver.DateMention> found = RESOLVER.find(tokens, LocalDate.parse(published), future);
        assertThat(found).as(text).isNotEmpty();
        return found.get(0).date();
    }

    @ParameterizedTest(name = "{0} published {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        // 2025-05-13 is a Tuesday.
        "يعقد الاجتماع الجمعة المقبل | 2025-05-13 | 2025-05-16",
        "The talks resume next Friday | 2025-05-13 | 2025-05-16",
        "Ils se retrouveront mardi prochain | 2025-05-13 | 2025-05-20",
        "لقاءات عقدت في برلين (25 نوفمبر) | 2025-05-13 | 2024-11-25",
        "سلمت الكويت العراق في 12 آذار | 2025-05-13 | 2025-03-12",
        "L'enquête a été ouverte le 12 mars | 2025-05-13 | 2025-03-12",
        "The minister resigned yesterday | 2025-05-13 | 2025-05-12",
        "أعلنت الوزارة أمس الأربعاء القبض على المتهمين | 2025-03-27 | 2025-03-26",
        "The meeting took place on Tuesday | 2025-05-15 | 2025-05-13",
        "The minister will travel on Tuesday | 2025-05-15 | 2025-05-20",
        "ستستضيف القاهرة في 3 مارس المقبل اجتماعا | 2025-02-18 | 2025-03-03",
        "اعتقلا في 9 كانون الثاني الماضي | 2025-03-27 | 2025-01-09",
        "NAIROBI, Sept 3 - the commission said | 2025-09-03 | 2025-09-03",
        "The vote was set for 27 November 2026 | 2025-09-03 | 2026-11-27",
        "تبدأ درجات الحرارة بالانخفاض يوم غد الأربعاء | 2025-07-15 | 2025-07-16"
    })
    void relativeAndPartialDatesResolveAgainstPublication(String text, String published, String expected) {
        assertThat(resolve(text.strip(), published.strip())).isEqualTo(LocalDate.parse(expected.strip()));
    }
}
