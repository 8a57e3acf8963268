package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Romanian and Moldovan places are named with the comma below, not GeoNames' cedilla; a drug's acronym is no body. */
class RomanianCommasAndDrugAcronymsTest {

    @Test
    void romanianPlacesKeepTheCommaBelow() {
        String text = "Power cuts hit Balti and Constanța on Monday, officials said.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactly("Bălți", "Constanța");
    }

    @Test
    void aDrugsAcronymIsNoOrganisation() {
        String text = "Police seized 2 kg of MDMA and cash in a raid on Tuesday.";
        assertThat(names(text, "en", EntityType.ORG)).isEmpty();
    }
}
