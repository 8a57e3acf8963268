package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.codes;
import static io.newsflow.extraction.SharedExtractor.names;
import static io.newsflow.extraction.SharedExtractor.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names of offices and state bodies, a body named with and then without its nationality, a given name spelled like a
 * month, countries CLDR abbreviates, and actions a story refers back to ("since the signing", "before the signing",
 * "à l'issue de la rencontre") or names as a kind of weapon ("sous-marin d'attaque"); all with names no eval or
 * held-out set holds.
 */
class OfficesAndBackgroundActionsTest {

    @Test
    void aShortMonthNameBeforeAFamilyNameIsAGivenName() {
        assertThat(names("Danish Foreign Minister Jan Kowalczyk met his counterpart on Monday.", "en",
                EntityType.PERSON)).containsExactly("Jan Kowalczyk");
        assertThat(names("The talks were held on Jan 5 in the capital.", "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void officesOfOfficeHoldersAndStateBodiesAreOrganisations() {
        assertThat(names("The Office of the High Commissioner for Human Rights said on Monday it was concerned.", "en",
                EntityType.ORG)).containsExactly("Office of the High Commissioner for Human Rights");
        assertThat(names("The State Audit Office said on Monday it had found errors.", "en", EntityType.ORG))
                .containsExactly("State Audit Office");
    }

    @Test
    void aBodyNamedWithItsNationalityAndLaterWithoutIsOneBody() {
        List<ArticleEntity> orgs = ofType("The Danish Home Guard said on Monday that the Home Guard's volunteers were "
                + "ready.", "en", EntityType.ORG);
        assertThat(orgs).singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("Danish Home Guard"));
    }

    @Test
    void countriesCldrAbbreviatesAreNamedInFull() {
        assertThat(names("The minister arrived in Saint Kitts and Nevis on Monday.", "en", EntityType.LOC))
                .containsExactly("Saint Kitts and Nevis");
    }

    @Test
    void anActionTheStoryDatesFromOrRefersBackToIsNotANewEvent() {
        assertThat(codes("وتشهد العلاقات بين البلدين تقاربا منذ توقيع اتفاق التجارة قبل خمس سنوات.", "ar")).isEmpty();
        assertThat(codes("The two ministers signed a pact in Vaduz on Monday. Hours before the signing, police "
                + "detained a man.", "en")).containsExactly("05", "17");
        assertThat(codes("Les deux ministres se sont rencontrés lundi à Vaduz. À l'issue de la rencontre, ils ont "
                + "signé un accord.", "fr")).containsExactly("04", "05");
    }

    @Test
    void anAttackSubmarineIsNoAttackButAShootingIs() {
        assertThat(codes("Un sous-marin nucléaire d'attaque a participé à l'exercice conjoint lundi.", "fr"))
                .containsExactly("06");
        assertThat(codes("Une fusillade a fait un blessé dimanche à Bastogne.", "fr")).containsExactly("18");
    }
}
