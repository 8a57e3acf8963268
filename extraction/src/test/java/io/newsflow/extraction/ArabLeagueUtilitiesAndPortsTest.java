package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the knowledge base holds the state electricity, water and telecommunications bodies and the port
 * authorities of every Arab League member, so their Arabic names link to the name English copy uses rather than a
 * word-by-word gloss ("Lebanon Electricity Foundation").
 */
class ArabLeagueUtilitiesAndPortsTest {

    @Test
    void lebanonsPowerUtilityLinksToItsFrenchName() {
        assertThat(names("وقال مسؤول في مؤسسة كهرباء لبنان إن التقنين مستمر.", "ar", EntityType.ORG))
                .containsExactly("Électricité du Liban");
    }

    @Test
    void aUtilityAfterAClingingPrepositionLinks() {
        assertThat(names("ولجأ المواطنون لشركة الكهرباء الأردنية بعد انقطاع التيار.", "ar", EntityType.ORG))
                .containsExactly("Jordanian Electric Power Company");
    }

    @Test
    void aUtilityKnownByItsBrandLinks() {
        assertThat(names("وذكرت كهرماء أن استهلاك الكهرباء تراجع في الصيف.", "ar", EntityType.ORG))
                .containsExactly("Kahramaa");
    }

    @Test
    void anIncumbentTelecomsOperatorLinks() {
        assertThat(names("ووقعت اتصالات المغرب اتفاقا مع الحكومة.", "ar", EntityType.ORG))
                .containsExactly("Maroc Telecom");
    }

    @Test
    void aPortsCorporationLinks() {
        assertThat(names("وقالت مؤسسة موانئ خليج عدن إن السفن وصلت.", "ar", EntityType.ORG))
                .containsExactly("Aden Gulf Ports Corporation");
    }

    @Test
    void frenchNameOfATunisianUtilityLinks() {
        assertThat(names("La Société tunisienne de l'électricité et du gaz a annoncé une coupure.", "fr",
                EntityType.ORG)).containsExactly("STEG");
    }
}
