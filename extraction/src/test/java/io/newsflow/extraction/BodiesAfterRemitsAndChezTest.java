package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26's French bodies, with invented names no eval or held-out set holds: a kind of body followed by its
 * remit ("l'opérateur du réseau X") and a name after "chez" with no listed personal name are bodies; a capitalised
 * article right after a kind of body opens the body's name ("le parti Les Radicaux").
 */
class BodiesAfterRemitsAndChezTest {

    @Test
    void aKindOfBodyWithItsRemitBeforeANameMakesItABody() {
        assertThat(names("La panne a privé 300 foyers de courant, selon l'opérateur du réseau Voltrenix.", "fr",
                EntityType.ORG)).containsExactly("Voltrenix");
        assertThat(names("Le parti du président Jean Morvan a gagné les élections.", "fr", EntityType.ORG))
                .isEmpty();
    }

    @Test
    void aNameAfterChezWithNoListedPersonalNameIsAFirm() {
        assertThat(names("Les ouvriers ont entamé une grève chez Pavlotex mardi.", "fr", EntityType.ORG))
                .containsExactly("Pavlotex");
        assertThat(names("Le ministre a dîné chez Marie Lenoir mardi.", "fr", EntityType.PERSON))
                .containsExactly("Marie Lenoir");
    }

    @Test
    void aCapitalisedArticleAfterAKindOfBodyOpensItsName() {
        assertThat(names("Le parti Les Radicaux a dénoncé mardi la hausse des loyers.", "fr", EntityType.ORG))
                .containsExactly("Les Radicaux");
        assertThat(names("L'association La Ruche verte a distribué des colis.", "fr", EntityType.ORG))
                .containsExactly("La Ruche");
    }
}
