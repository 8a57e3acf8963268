package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Companies told by the kind of business their name ends with ("Velkaro Copper Mines", "Trondal Energy"), also in
 * the language of their home country ("Velkaro Gruppen", "Banco Trondal"), an unknown word that speaks as a body
 * does ("Quorvant said", "Drelbix, which runs the port"), French bodies headed by "Association" or
 * "Administration", places the knowledge base holds only where the text writes them as their names ("Le port de …"
 * is no town Le Port, "le Sud" a direction outside Haiti), and governments named with a country ("the Netherlands
 * government", "Government of the Central African Republic").
 */
class CompanyWordsAndCountryBodiesTest {

    @Test
    void aNameEndingInAKindOfBusinessIsACompany() {
        String text = "Velkaro Copper Mines restarted its shaft, and Trondal Energy raised output, the Ministry of Mines "
                + "and Minerals Development said.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Velkaro Copper Mines",
                "Trondal Energy", "Ministry of Mines and Minerals Development");
        assertThat(names(text, "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void companyWordsOfOtherEuropeanLanguagesMakeBodies() {
        String text = "Velkaro Gruppen will supply the radars, and Banco Trondal said on Monday it would fund them.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Velkaro Gruppen", "Banco Trondal");
        assertThat(names(text, "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void anUnknownWordThatSpeaksAsABodyIsACompany() {
        String text = "Power was cut to 40,000 homes, Quorvant said on Thursday. Drelbix, which runs the port, was "
                + "shut.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Quorvant", "Drelbix");
        assertThat(names("À Kourou, Vexlane a annoncé le report du lancement.", "fr", EntityType.ORG))
                .containsExactly("Vexlane");
    }

    @Test
    void aKnownCompanyBeforeAConjunctionIsANameOfItsOwn() {
        assertThat(names("BP et Trondal Energy exploitent le gisement.", "fr", EntityType.ORG))
                .containsExactlyInAnyOrder("BP", "Trondal Energy");
    }

    @Test
    void frenchAssociationsAndAdministrationsRunThroughPluralAdjectives() {
        assertThat(names("L'Association des employeurs maritimes de Norvale a dénoncé la grève, selon "
                + "l'Administration portuaire de Marbeck.", "fr", EntityType.ORG)).containsExactlyInAnyOrder(
                        "Association des employeurs maritimes de Norvale", "Administration portuaire de Marbeck");
    }

    @Test
    void aTownIsNotMatchedWhereTheTextWritesItsSecondWordInLowerCase() {
        assertThat(names("Le port de Kessane a rouvert mardi.", "fr", EntityType.LOC)).doesNotContain("Le Port");
        assertThat(names("L'Union européenne a salué l'accord.", "fr", EntityType.ORG))
                .containsExactly("European Union");
    }

    @Test
    void aDirectionIsARegionOnlyInAStoryAboutItsCountry() {
        assertThat(names("Les pluies ont frappé tout le Sud du Sénégal mardi.", "fr", EntityType.LOC))
                .containsExactly("Senegal");
        assertThat(names("En Haïti, les pluies ont frappé le Sud mardi.", "fr", EntityType.LOC)).contains("Sud");
    }

    @Test
    void governmentsNamedWithACountryTakeTheEnglishArticle() {
        String text = "The Netherlands government and the Government of the Philippines met officials of the "
                + "Government of Central African Republic.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Government of the Netherlands",
                "Government of the Philippines", "Government of the Central African Republic");
        assertThat(names("Kenya's government said it would act.", "en", EntityType.LOC)).containsExactly("Kenya");
    }
}
