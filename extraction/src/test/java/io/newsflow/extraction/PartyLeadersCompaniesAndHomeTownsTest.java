package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English wire patterns that were read as people or lost: a party before "leader" or after its leader's possessive,
 * a legislator's title after a constituency, company words (Foods, Engineering, Enterprise), a contractor cue, a
 * union's numbered local, where a person described in an apposition comes from, Canada's federal departments,
 * initials opening a name, and names in a headline that the story names with the same words as a body or a place; a
 * dateline in capitals and a run after "in" with a town inside are places.
 */
class PartyLeadersCompaniesAndHomeTownsTest {

    @Test
    void aRunBeforeLeaderIsAParty() {
        String text = "Green Unity leader Moren Faltz accused the government on Tuesday of hiding costs.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactly("Green Unity");
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Moren Faltz");
    }

    @Test
    void aPartyAfterItsLeadersPossessiveIsABodyOfItsOwn() {
        String text = "Opposition leader Joran Velsk's Green Unity Party criticised the debt on Tuesday.";
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Joran Velsk");
        assertThat(names(text, "en", EntityType.ORG)).containsExactly("Green Unity Party");
    }

    @Test
    void aLegislatorsTitleEndsTheConstituency() {
        String text = "Tollerby MSP Joran Pettifer criticised ministers on Tuesday.";
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Joran Pettifer");
    }

    @Test
    void companyWordsAndTheContractorCueMakeBodies() {
        String text = "The port authority signed an agreement with the contractor Brisk Quarrying to extend the quay. "
                + "About 900 workers at the Golden Vell Foods plant walked out, and Varne Engineering said it would "
                + "help. Coastal and Skerry Enterprise said it was ready to fund a pontoon.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Brisk Quarrying",
                "Golden Vell Foods", "Varne Engineering", "Coastal and Skerry Enterprise");
        assertThat(names(text, "en", EntityType.PERSON)).isEmpty();
        assertThat(names(text, "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void aUnionsLocalKeepsItsNumber() {
        String text = "On the picket line, the Allied Packers Union Local 4417 threatened to extend the strike.";
        assertThat(mentions(text, "en", EntityType.ORG)).containsExactly("Allied Packers Union Local 4417");
    }

    @Test
    void whereThePersonOfAnAppositionComesFromIsAPlace() {
        String text = "\"We cannot wait,\" said Odell Belisk, a farmer from Tollumby. \"Enough,\" said Mara Quillon, "
                + "a retired nurse from Aspenwick. A letter from Brandvik arrived.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactlyInAnyOrder("Tollumby", "Aspenwick");
    }

    @Test
    void canadasFederalDepartmentsAreBodies() {
        String text = "Transport Canada said it was ready to fund a bridge. The plan was backed by Fisheries and "
                + "Oceans Canada on Monday.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Transport Canada",
                "Fisheries and Oceans Canada");
    }

    @Test
    void aDepartmentWhoseDomainIsAnEverydayWordOpeningASentenceIsABody() {
        assertThat(names("Health Canada said the drug was safe.", "en", EntityType.ORG))
                .containsExactly("Health Canada");
    }

    @Test
    void initialsOpeningANameStayInIt() {
        String text = "Opposition leader R. K. Venkatrapuram said the plan was flawed. Leader of the Opposition K. T. "
                + "Varanath criticised the government on Tuesday over the port deal. The deal was defended by D. K. "
                + "Ostrapuram on Monday.";
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("R. K. Venkatrapuram", "K. T. Varanath",
                "D. K. Ostrapuram");
    }

    @Test
    void aHeadlineNameTakesTheKindTheStoryGivesIt() {
        List<ArticleEntity> entities = SharedExtractor.INSTANCE.extract(
                "Nors meets Harbour Link on port plan; Vell Bouzan fishermen rally",
                "The minister met executives of the Harbour Link Group on Tuesday.\nIn Vell Bouzan, about 200 "
                        + "fishermen rallied at the pier on Monday.",
                SharedExtractor.PUBLISHED, "en").entities();
        assertThat(entities).extracting(ArticleEntity::type, ArticleEntity::name).containsExactlyInAnyOrder(
                tuple(EntityType.ORG, "Harbour Link Group"),
                tuple(EntityType.LOC, "Vell Bouzan"));
    }

    @Test
    void aDatelineAndARunAfterInWithATownInsideArePlaces() {
        String text = "TARVO BEND, Ruvania, June 4 (Newsflow) - Officials of the growers' association met cane "
                + "growers in Tarvo Bend on Tuesday to discuss water allocations, the ministry said.";
        assertThat(mentions(text, "en", EntityType.LOC)).contains("TARVO BEND", "Tarvo Bend");
        assertThat(names(text, "en", EntityType.PERSON)).isEmpty();
        assertThat(names(text, "en", EntityType.ORG)).isEmpty();
    }
}
