package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BadInputTest {

    private final Extractor extractor = SharedExtractor.INSTANCE;

    @Test
    void emptyAndMissingTextGiveUndeterminedAndNothing() {
        for (Extraction x : new Extraction[] {extractor.extract(null, null, null, null),
            extractor.extract("", "", Instant.now(), "en"), extractor.extract("  ", "\n\n", null, null)}) {
            assertThat(x.language()).isEqualTo("und");
            assertThat(x.entities()).isEmpty();
            assertThat(x.events()).isEmpty();
        }
    }

    @Test
    void binaryJunkGivesUndeterminedAndNothing() {
        byte[] bytes = new byte[5000];
        new Random(7).nextBytes(bytes);
        String junk = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) + "\u0000\uFFFD\uFFFD";
        Extraction x = extractor.extract("\uFFFD\uFFFD", junk, Instant.now(), null);
        assertThat(x.language()).isEqualTo("und");
        assertThat(x.entities()).isEmpty();
    }

    @Test
    void rightToLeftMarksAndMixedScriptsDoNotBreakOffsets() {
        String title = "\u200Fاجتماع في \u202Bروما\u202C\u200E";
        String body = "\u200Fقال الوزير إن Rome ستستضيف الاجتماع\u200F. The meeting in Rome ends.";
        Extraction x = extractor.extract(title, body, Instant.now(), null);
        String text = title + "\n" + body;
        assertThat(x.language()).isEqualTo("ar");
        x.entities().forEach(e -> e.mentions().forEach(m ->
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text())));
    }

    @Test
    void hugeBodyIsAnsweredWithoutAnalysis() {
        String huge = "The minister met officials in Paris. ".repeat(20_000);
        Extraction x = extractor.extract("Title", huge, Instant.now(), "en");
        assertThat(x.language()).isEqualTo("und");
        assertThat(x.entities()).isEmpty();
    }

    @Test
    void longButAcceptableBodyIsAnalysedQuickly() {
        String body = "The minister met officials in Paris on Monday. ".repeat(2_000);
        long start = System.nanoTime();
        Extraction x = extractor.extract("Title", body, Instant.now(), "en");
        assertThat(x.entities()).extracting(e -> e.name()).contains("Paris");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
    }

    @Test
    void unknownLanguageIsMarkedWithoutEntities() {
        Extraction x = extractor.extract("Встреча в Москве", "Министры встретились в Москве во вторник.", null, null);
        assertThat(x.language()).isEqualTo("ru");
        assertThat(x.entities()).isEmpty();
    }

    @Test
    void punctuationAndDigitsOnlyAreUndetermined() {
        Extraction x = extractor.extract("12:30", "!!! ??? 2025-01-01 ... ((( )))", null, null);
        assertThat(x.language()).isEqualTo("und");
    }

    @Test
    void randomFragmentsOfRealTextNeverThrow() {
        String text = "وأعلنت وزارة الدفاع الإيطالية (25 نوفمبر)، Ministry of Interior (IEBC) l'Union « M. » 'ال و ب";
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            int a = random.nextInt(text.length());
            int b = a + random.nextInt(text.length() - a + 1);
            extractor.extract(text.substring(a, b), text.substring(0, a), Instant.EPOCH, null);
        }
    }
}
