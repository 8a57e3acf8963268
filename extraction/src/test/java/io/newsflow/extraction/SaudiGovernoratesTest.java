package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27: the governorates (muhafazat) of Saudi Arabia's Medina, Makkah and Al-Qassim regions (and, from h/kbdata8,
 * of Riyadh, the Eastern Province, Asir, Ha'il, Jazan, Najran and Al-Bahah) in divisions.tsv
 * link from Arabic to one place each; a name that is an everyday word links only with "محافظة".
 */
class SaudiGovernoratesTest {

    @Test
    void governoratesLinkBareAndWithTheWordMuhafaza() {
        assertThat(names("وصل الأمير إلى محافظة الحناكية أمس.", "ar", EntityType.LOC))
                .containsExactly("Al-Hinakiyah Governorate");
        assertThat(names("وصل الأمير إلى محافظة القنفذة أمس.", "ar", EntityType.LOC))
                .containsExactly("Al-Qunfudhah Governorate");
        assertThat(names("وصل الأمير إلى عقلة الصقور أمس.", "ar", EntityType.LOC)).hasSize(1);
    }

    @Test
    void anEverydayWordNeedsItsDivisionWord() {
        assertThat(names("شاهد الطفل الليث في الحديقة.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("وصل الأمير إلى محافظة الليث أمس.", "ar", EntityType.LOC))
                .containsExactly("Al-Lith Governorate");
    }

    @Test
    void iraqsMaysanKeepsItsArabicName() {
        assertThat(names("وصل الوزير إلى محافظة ميسان أمس.", "ar", EntityType.LOC))
                .doesNotContain("Meisan Governorate");
    }

    @Test
    void governoratesOfTheSouthernAndCentralRegionsLink() {
        assertThat(names("وصلت قافلة إلى محافظة تثليث صباح اليوم.", "ar", EntityType.LOC))
                .containsExactly("Tathlith Governorate");
        assertThat(names("وصلت قافلة إلى محافظة أحد رفيدة ثم سراة عبيدة.", "ar", EntityType.LOC))
                .hasSize(2).contains("Ahad Rafidah Governorate");
        assertThat(names("أعلن الدفاع المدني عن أمطار في بلجرشي أمس.", "ar", EntityType.LOC)).hasSize(1);
    }

    @Test
    void jazansEverydayWordsNeedTheirDivisionWord() {
        assertThat(names("شب الحريق في المنزل واستمر ساعات.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("وقع حادث في محافظة الحرث بمنطقة جازان.", "ar", EntityType.LOC))
                .contains("Al-Harth Governorate");
    }
}
