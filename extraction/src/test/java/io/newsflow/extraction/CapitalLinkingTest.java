package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Region;
import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.text.TextNormaliser;
import io.newsflow.extraction.text.Token;
import io.newsflow.extraction.text.Tokeniser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** National capitals are one place in every language, however small they are. */
class CapitalLinkingTest {

    private static final String CAPITALS = "/io/newsflow/extraction/knowledge/capitals.tsv";
    private static final Lexicon LEXICON = Lexicon.bundled();

    private static Optional<ArticleEntity> placeNamed(String lang, String body, String mention) {
        Extraction x = SharedExtractor.INSTANCE.extract("", body, null, lang);
        return x.entities().stream()
                .filter(e -> e.type() == EntityType.LOC && e.linked())
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst();
    }

    @Test
    void bucharestIsOneCityInEnglishFrenchAndArabic() {
        ArticleEntity en = placeNamed("en", "The two prime ministers met in Bucharest on Monday, officials said.",
                "Bucharest").orElseThrow();
        ArticleEntity fr = placeNamed("fr", "Les deux Premiers ministres se sont rencontrés lundi à Bucarest.",
                "Bucarest").orElseThrow();
        ArticleEntity ar = placeNamed("ar", "التقى رئيسا الوزراء أمس الإثنين في بوخارست.", "بوخارست").orElseThrow();
        assertThat(List.of(en.id(), fr.id(), ar.id())).containsOnly(en.id());
        assertThat(en.name()).isEqualTo("Bucharest");
        assertThat(en.country()).isEqualTo("RO");
    }

    @Test
    void smallCapitalIsFoundInRunningTextNotOnlyInADateline() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "Talks opened in Vaduz and Castries on Monday.", null,
                "en");
        assertThat(x.entities()).filteredOn(ArticleEntity::linked).extracting(ArticleEntity::name)
                .contains("Vaduz", "Castries");
    }

    /**
     * Every capital of a UN member state (the capital list the knowledge base is built from, CLDR's UN grouping)
     * links from its English name, in a story naming its country, to a place of that country, and each Arabic and
     * French name the knowledge base holds for that place links to the same id. Two kinds of names are left out by
     * design: a name its country also bears ("تونس", "Koweït" are the country unless the text says "city"), and Arabic
     * names that are everyday words ("ماليه" is also the adjective "Malian", "العاصمة" means "the capital").
     */
    @Test
    void everyNationalCapitalLinksToOnePlaceInEveryLanguageItHasANameIn() throws IOException {
        KnowledgeBase kb = SharedExtractor.INSTANCE.knowledge();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String[] row : unCapitals()) {
            String code = row[0];
            String capital = row[1];
            CanonicalEntity country = kb.country(code).orElseThrow();
            String countryEn = country.preferredName();
            Optional<ArticleEntity> en = placeNamed("en",
                    "Ministers of " + countryEn + " met in " + capital + " on Monday, officials said.", capital);
            if (en.isEmpty() || !code.equals(en.get().country())) {
                failures.add("en " + code + " " + capital + " -> " + en.map(ArticleEntity::id).orElse("nothing"));
                continue;
            }
            String id = en.get().id();
            CanonicalEntity place = kb.byId(id).orElseThrow();
            Map<String, List<String>> names = place.namesByLanguage();
            Set<String> countryNames = keys(country);
            for (String ar : names.getOrDefault("ar", List.of())) {
                if (countryNames.contains(TextNormaliser.key(ar)) || everyday(ar)) {
                    continue;
                }
                String countryAr = country.namesByLanguage().getOrDefault("ar", List.of(countryEn)).get(0);
                check(failures, "ar", code, ar, id, "عقد وزراء " + countryAr + " اجتماعا في " + ar + " يوم الإثنين.");
                checked++;
            }
            for (String fr : names.getOrDefault("fr", List.of())) {
                if (countryNames.contains(TextNormaliser.key(fr))) {
                    continue;
                }
                String countryFr = country.namesByLanguage().getOrDefault("fr", List.of(countryEn)).get(0);
                check(failures, "fr", code, fr, id,
                        "Les ministres (" + countryFr + ") se sont réunis lundi à " + fr + ".");
                checked++;
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    private static Set<String> keys(CanonicalEntity country) {
        Set<String> keys = new java.util.HashSet<>();
        keys.add(TextNormaliser.key(country.preferredName()));
        country.namesByLanguage().values().forEach(names -> names.forEach(n -> keys.add(TextNormaliser.key(n))));
        return keys;
    }

    private static boolean everyday(String arabic) {
        for (Token t : Tokeniser.tokenise(arabic)) {
            if (t.isWord() && !LEXICON.commonArabic.contains(t.key)) {
                return false;
            }
        }
        return true;
    }

    private static void check(List<String> failures, String lang, String code, String name, String id, String body) {
        Optional<ArticleEntity> found = placeNamed(lang, body, name);
        if (found.isEmpty() || !found.get().id().equals(id)) {
            failures.add(lang + " " + code + " " + name + " -> " + found.map(ArticleEntity::id).orElse("nothing")
                    + " (want " + id + ")");
        }
    }

    private static List<String[]> unCapitals() throws IOException {
        Set<String> members = Region.getInstance("UN").getContainedRegions().stream().map(Region::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(members).hasSizeGreaterThan(190);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CapitalLinkingTest.class.getResourceAsStream(CAPITALS), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (!line.startsWith("#") && members.contains(cols[0]) && !cols[1].isBlank()) {
                    rows.add(cols);
                }
            }
        }
        assertThat(rows).hasSizeGreaterThan(190);
        return rows;
    }
}
