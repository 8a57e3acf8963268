package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Names ending in a kind of business or body (sugar, rail, society, municipality, First Nation) are organisations;
 * "ONG" and "CFA" are common nouns, and "l'ONG X", "les exportateurs X" say that X is a body.
 */
class CompanyWordsAndCommonAcronymsTest {

    @Test
    void businessAndCommunityWordsMakeOrganisations() {
        String text = "Kelvara Sugar and Vossberg Rail said trains stopped. The Law Society of Marnavia objected. "
                + "The Kaskawin First Nation and the Upper Talvik Regional Municipality opened centres.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Kelvara Sugar", "Vossberg Rail",
                "Law Society of Marnavia", "Kaskawin First Nation", "Upper Talvik Regional Municipality");
        assertThat(names(text, "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void ngoAndCfaAreCommonNounsThatCueABody() {
        String text = "Selon l'ONG Terravive, le pays perd 3 milliards de francs CFA. Les exportateurs Morvelle ont "
                + "salué la décision.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Terravive", "Morvelle");
    }
}
