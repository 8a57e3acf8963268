package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Bodies French describes in lower case are names when the description says whose they are (a place, a nationality
 * after a qualifying adjective, a region, the person it is named after, as a power station may be too; "la direction
 * régionale" is a company's management), and are
 * named in English through the French glossary (a body of a place keeps its French name, which English orders
 * either way); a capitalised name runs on through a second noun of its complement
 * but stops at "au" before a lower-case noun, and "Haute" heads a body only before a kind of body.
 */
class FrenchBodyDescriptionsTest {

    @Test
    void aCompanysManagementIsNoBody() {
        String text = "Les cheminots ont entamé jeudi une grève, selon la direction régionale.";
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void aDescribedBodyOfAPlaceKeepsItsFrenchName() {
        assertThat(names("Le tribunal administratif de Limoges a suspendu l'arrêté mardi.", "fr", EntityType.ORG))
                .containsExactly("tribunal administratif de Limoges");
        assertThat(mentions("Le président du conseil exécutif de Rennes a démissionné.", "fr", EntityType.ORG))
                .containsExactly("conseil exécutif de Rennes");
    }

    @Test
    void aNationalityOrARegionNamesTheBody() {
        assertThat(names("La police fédérale islandaise a arrêté trois hommes.", "fr", EntityType.ORG))
                .containsExactly("Icelandic Federal Police");
        assertThat(names("La garde côtière namibienne a secouru douze pêcheurs.", "fr", EntityType.ORG))
                .containsExactly("Namibian Coast Guard");
        assertThat(names("Le gouvernement flamand débloquera dix millions d'euros.", "fr", EntityType.ORG))
                .containsExactly("Flemish Government");
        assertThat(names("L'armée de l'air islandaise a survolé la zone mardi.", "fr", EntityType.ORG))
                .containsExactly("Icelandic Air Force");
    }

    @Test
    void aServiceWrittenWithACapitalAndNoNationalityIsItsOwnName() {
        assertThat(names("Un avion de l'armée de l'Air parti de Limoges a livré lundi des vivres.", "fr",
                EntityType.ORG)).containsExactly("armée de l'Air");
    }

    @Test
    void aDescriptionThatSaysNotWhoseItIsIsNoName() {
        assertThat(names("La police locale a interpellé deux hommes.", "fr", EntityType.ORG)).isEmpty();
        assertThat(names("La police islandaise a interpellé deux hommes.", "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void aBodyNamedAfterAPersonTakesTheEnglishOrder() {
        assertThat(names("Le ministre a visité l'université Kofi-Bekoe-Mensah lundi.", "fr", EntityType.ORG))
                .containsExactly("Kofi Bekoe Mensah University");
        assertThat(names("La centrale Marius Delvaux est à l'arrêt depuis lundi.", "fr", EntityType.LOC))
                .containsExactly("Marius Delvaux Power Plant");
        assertThat(names("La centrale Marius Delvaux est à l'arrêt depuis lundi.", "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aCapitalisedNameTakesTwoNounsOfOneComplementButNotAPlaceAfterAu() {
        assertThat(mentions("Le Syndicat libre des pilotes et mécaniciens de Namibie a appelé à la grève.", "fr",
                EntityType.ORG)).containsExactly("Syndicat libre des pilotes et mécaniciens de Namibie");
        assertThat(mentions("Le Groupement des producteurs de thé de Namibie au chevet des planteurs", "fr",
                EntityType.ORG)).containsExactly("Groupement des producteurs de thé de Namibie");
    }

    @Test
    void hauteHeadsABodyOnlyBeforeAKindOfBody() {
        String text = "Les producteurs de la région Haute Vextrana ont rencontré la Haute Autorité de régulation.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Haute Autorité de régulation");
        assertThat(names(text, "fr", EntityType.LOC)).containsExactly("Haute Vextrana");
    }
}
