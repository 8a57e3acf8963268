package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.TextNormaliser;
import io.newsflow.extraction.text.Token;
import io.newsflow.extraction.text.Tokeniser;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicNormalisationTest {

    @Test
    void alefFormsTaMarbutaAlefMaqsuraDiacriticsAndTatweelAreUnified() {
        assertThat(TextNormaliser.key("أإآٱ")).isEqualTo("اااا");
        assertThat(TextNormaliser.key("القاهرة")).isEqualTo(TextNormaliser.key("القاهره"));
        assertThat(TextNormaliser.key("مصطفى")).isEqualTo("مصطفي");
        assertThat(TextNormaliser.key("اجتماعًا")).isEqualTo("اجتماعا");
        assertThat(TextNormaliser.key("الـــرئيس")).isEqualTo("الرئيس");
        assertThat(TextNormaliser.key("اعتُقلا")).isEqualTo("اعتقلا");
    }

    @Test
    void latinKeysIgnoreCaseAndAccents() {
        assertThat(TextNormaliser.key("Erciş")).isEqualTo("ercis");
        assertThat(TextNormaliser.key("Sénégal")).isEqualTo("senegal");
        assertThat(TextNormaliser.key("Kapıköy")).isEqualTo("kapikoy");
    }

    @Test
    void cliticConjunctionPrepositionAndArticleArePeeledOff() {
        Token token = Tokeniser.tokenise("وبالقاهرة").get(0);
        List<String> cores = Arrays.stream(token.stems).map(ArabicStem::core).toList();
        assertThat(cores).contains("قاهره");
        ArabicStem cairo = Arrays.stream(token.stems).filter(s -> s.core().equals("قاهره")).findFirst().orElseThrow();
        assertThat(cairo.article()).isTrue();
        assertThat(token.text.substring(cairo.prefixChars())).isEqualTo("القاهرة");
    }

    @Test
    void lamWithArticleReadsAsPrepositionPlusArticle() {
        Token token = Tokeniser.tokenise("للأرصاد").get(0);
        assertThat(Arrays.stream(token.stems).map(ArabicStem::withArticle)).contains("الارصاد");
    }

    @Test
    void shortWordsKeepAReading() {
        Token token = Tokeniser.tokenise("و").get(0);
        assertThat(token.stems).isNotEmpty();
    }

    @Test
    void arabicMentionIsReportedWithoutItsClitics() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "وصل الوزير إلى بيروت ثم توجه وبالقاهرة عقد لقاءات.",
                null, null);
        assertThat(x.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Cairo");
            assertThat(e.mentions()).allSatisfy(m -> assertThat(m.text()).isEqualTo("القاهرة"));
        });
    }

    @Test
    void arabicPersonIsFoundFromTitleAndSurnameLinksLaterMentions() {
        Extraction x = SharedExtractor.INSTANCE.extract("",
                "استقبل وزير الخارجية الأردني سامر الخطيب نظيره في عمّان. وقال الخطيب إن المحادثات كانت بناءة.",
                null, null);
        assertThat(x.entities()).anySatisfy(e -> {
            assertThat(e.type().name()).isEqualTo("PERSON");
            assertThat(e.linked()).isFalse();
            assertThat(e.id()).startsWith("prov:");
            assertThat(e.mentions()).extracting(m -> m.text()).contains("سامر الخطيب", "الخطيب");
        });
    }

    @Test
    void nationalityAdjectiveIsNotAnEntityButNamesTheMinistry() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "أعلنت وزارة الداخلية العراقية القبض على متهمين.", null,
                null);
        assertThat(x.entities()).extracting(e -> e.name()).containsExactly("Ministry of Interior (Iraq)");
    }
}
