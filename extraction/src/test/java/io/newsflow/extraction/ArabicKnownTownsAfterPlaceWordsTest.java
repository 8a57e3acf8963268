package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * After a place word, a town the gazetteer knows is the place, and a participle in the accusative ("قادما", coming)
 * is no word of a place's name.
 */
class ArabicKnownTownsAfterPlaceWordsTest {

    @Test
    void aKnownTownStaysLinked() {
        assertThat(SharedExtractor.names("وصل الوزير إلى مدينة قسنطينة عائدا من الخارج.", "ar", EntityType.LOC))
                .containsExactly("Constantine");
    }

    @Test
    void anUnknownTownEndsBeforeTheParticiple() {
        assertThat(SharedExtractor.mentions("وصل الوزير إلى مدينة أغادير قادما من الخارج.", "ar", EntityType.LOC))
                .containsExactly("أغادير");
    }
}
