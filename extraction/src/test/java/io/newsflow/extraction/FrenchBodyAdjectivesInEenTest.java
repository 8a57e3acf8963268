package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Adjectives in "-éen(ne)" continue a French body's name ("Collectivité européenne de …", "Office méditerranéen"). */
class FrenchBodyAdjectivesInEenTest {

    @Test
    void aBodyRunsOnThroughAnAdjectiveInEen() {
        String text = "Le président de la Collectivité européenne de Vermandie, Jean Kolvard, a réuni les élus. "
                + "L'Office méditerranéen de l'irrigation a publié un rapport.";
        assertThat(mentions(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder(
                "Collectivité européenne de Vermandie", "Office méditerranéen de l'irrigation");
    }
}
