package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * CLDR keeps retired subdivisions beside the current places, named in English only; French text takes the place of
 * the same country whose French name it writes ("Derry" is the city of Londonderry, not the old district).
 */
class RetiredSubdivisionsTest {

    @Test
    void frenchTextTakesThePlaceWhoseFrenchNameItWrites() {
        assertThat(names("Des manifestants ont défilé à Derry samedi.", "fr", EntityType.LOC))
                .containsExactly("Londonderry");
    }
}
