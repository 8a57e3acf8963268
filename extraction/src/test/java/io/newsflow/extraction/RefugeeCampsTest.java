package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: refugee and displacement camps (camps.tsv: UNRWA's Palestine refugee camps, the camps of Syrian,
 * Sahrawi and Sudanese refugees, north-east Syria's camps) link from "مخيم" and their name to the wire copy's name.
 */
class RefugeeCampsTest {

    @Test
    void unrwaCampInJordanLinks() {
        assertThat(names("زار المفوض العام مخيم البقعة أمس.", "ar", EntityType.LOC))
                .containsExactly("Baqaa camp");
    }

    @Test
    void unrwaCampInLebanonLinksUnderItsOtherSpelling() {
        assertThat(names("Residents of the Rashidiyeh camp near Tyre protested on Monday.", "en", EntityType.LOC))
                .containsExactly("Rashidieh camp", "Tyre");
    }

    @Test
    void campOfSyriasDesertAndOfMauritaniaLink() {
        assertThat(names("وصلت قافلة مساعدات إلى مخيم الركبان أمس.", "ar", EntityType.LOC))
                .containsExactly("Rukban camp");
        assertThat(names("Le HCR a recensé de nouveaux arrivants au camp de Mbera lundi.", "fr", EntityType.LOC))
                .containsExactly("Mbera camp");
    }

    @Test
    void aDefiniteBodyBeforeACampIsTheVerbsSubjectNotItsOwner() {
        assertThat(names("اقتحم الجيش مخيم بلاطة فجر اليوم.", "ar", EntityType.LOC)).containsExactly("Balata camp");
        assertThat(names("اقتحم الجيش مخيم بلاطة فجر اليوم.", "ar", EntityType.ORG)).isEmpty();
    }
}
