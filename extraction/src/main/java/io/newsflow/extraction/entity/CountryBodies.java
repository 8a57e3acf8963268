package io.newsflow.extraction.entity;

import static io.newsflow.extraction.entity.ArabicNationalServices.NATIONAL_BODIES;
import static io.newsflow.extraction.entity.EnglishBodyNames.withArticle;
import static io.newsflow.extraction.entity.InstitutionFinder.arabicDemonym;
import static io.newsflow.extraction.entity.InstitutionFinder.at;
import static io.newsflow.extraction.entity.InstitutionFinder.coreIs;
import static io.newsflow.extraction.entity.InstitutionFinder.reading;
import static io.newsflow.extraction.entity.InstitutionFinder.slug;
import static io.newsflow.extraction.entity.InstitutionFinder.span;
import static io.newsflow.extraction.entity.InstitutionFinder.startChar;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country's ministries, government, armed forces and coast guard, named in English from the country
 * ("Ministry of Interior (Iraq)", "Government of the Philippines", "Sudanese Armed Forces"), for {@link
 * InstitutionFinder} in Arabic, English and French text.
 */
final class CountryBodies {

    private static final Set<String> ARABIC_FORCES = WordSet.of("القوات");

    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final EnglishBodyNames names;

    CountryBodies(KnowledgeBase kb, Lexicon lexicon, EnglishBodyNames names) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.names = names;
    }

    Span ministry(Document doc, int from, int to, String portfolio, String cc) {
        Span s = span(doc, from, to, startChar(doc, from), EntityType.ORG, null);
        s.portfolio = portfolio;
        s.groupKey = "ministry:" + portfolio.toLowerCase(Locale.ROOT);
        String country = countryName(cc);
        if (country != null) {
            ofCountry(s, cc, country);
        }
        return s;
    }

    /**
     * Names a ministry span (its portfolio known) as the ministry of this country; a national service named alone
     * ({@link ArabicNationalServices}, its branch in the portfolio field) as that country's service: "Border Guard (Saudi
     * Arabia)", with the id the service named with its country's adjective has.
     */
    static void ofCountry(Span ministry, String cc, String country) {
        if (ministry.groupKey.equals("government:")) {
            ministry.name = "Government of " + withArticle(country);
            ministry.groupKey = "government:" + cc;
            ministry.composedId = "prov:org:government-" + cc.toLowerCase(Locale.ROOT);
            return;
        }
        if (ministry.groupKey.startsWith("service:")) {
            ministry.name = ministry.portfolio.endsWith(" Court") && NATIONAL_BODIES.contains(ministry.portfolio)
                    ? ministry.portfolio + " of " + withArticle(country) : ministry.portfolio + " (" + country + ")";
            ministry.groupKey = "service:" + ministry.portfolio + ":" + cc;
            ministry.composedId = "prov:org:" + slug(ministry.portfolio) + "-" + cc.toLowerCase(Locale.ROOT);
            return;
        }
        ministry.name = "Ministry of " + ministry.portfolio + " (" + country + ")";
        ministry.groupKey = "ministry:" + ministry.portfolio.toLowerCase(Locale.ROOT) + ":" + cc;
        ministry.composedId = "prov:org:ministry-of-" + slug(ministry.portfolio) + "-" + cc.toLowerCase(Locale.ROOT);
    }

    Span government(Document doc, int from, int to, String cc) {
        String country = countryName(cc);
        if (country == null) {
            return null;
        }
        Span s = span(doc, from, to, startChar(doc, from), EntityType.ORG, "Government of " + withArticle(country));
        s.groupKey = "government:" + cc;
        s.composedId = "prov:org:government-" + cc.toLowerCase(Locale.ROOT);
        return s;
    }

    /** A country's coast guard, "<Demonym> Coast Guard" with the key the French "garde côtière" description takes. */
    Span coastGuard(Document doc, int from, int to, String cc) {
        String demonym = lexicon.englishDemonym.get(cc);
        if (demonym == null) {
            return null;
        }
        String name = demonym + " Coast Guard";
        Span s = span(doc, from, to, startChar(doc, from), EntityType.ORG, name);
        s.groupKey = "org:" + name.toLowerCase(Locale.ROOT);
        return s;
    }

    Span army(Document doc, int from, int to, String cc) {
        String demonym = lexicon.englishDemonym.get(cc);
        if (demonym == null) {
            return null;
        }
        String name = lexicon.armyNames.getOrDefault(cc, demonym + " Armed Forces");
        Span s = span(doc, from, to, startChar(doc, from), EntityType.ORG, name);
        s.groupKey = "army:" + cc;
        s.composedId = "prov:org:armed-forces-" + cc.toLowerCase(Locale.ROOT);
        return s;
    }

    /**
     * "القوات المسلحة السيراليونية", "القوات المسلحة لسيراليون" (of Sierra Leone, with the preposition لـ on the
     * country's name), "القوات المسلحة العربية الليبية": a country's armed forces. "العربية" before the adjective is
     * part of the usual English name ("Libyan Arab Armed Forces") unless the country's army has a name of its own.
     */
    Span armedForces(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        if (reading(tokens.get(i), ARABIC_FORCES) == null || !at(tokens, i + 2)
                || !coreIs(tokens.get(i + 1), "مسلحه", false)) {
            return null;
        }
        int j = i + 2;
        boolean arab = coreIs(tokens.get(j), "عربيه", false) && at(tokens, j + 1);
        if (arab) {
            j++;
        }
        String cc = arabicDemonym(lexicon, tokens.get(j));
        Span country = null;
        if (cc == null && !arab) {
            country = countryAt(claims, j);
            if (country == null || country.end != j + 1 || country.startChar == tokens.get(j).start
                    || !tokens.get(j).text.startsWith("ل")) {
                return null;
            }
            cc = country.entity().country();
            claims.addNested(country);
        }
        Span s = cc == null ? null : army(doc, i, j + 1, cc);
        if (s != null && !lexicon.armyNames.containsKey(cc)) {
            if (arab) {
                s.name = lexicon.englishDemonym.get(cc) + " Arab Armed Forces";
            } else if (country != null) {
                // Named as the Arabic names it, after the country rather than its people.
                s.name = "Armed Forces of " + withArticle(country.entity().preferredName());
            }
        }
        return s;
    }

    /** The country linked at token {@code i} and starting there, or null. */
    Span countryAt(Claims claims, int i) {
        Span s = claims.at(i);
        if (s != null && s.start == i && s.linked() && s.entity().type() == EntityType.LOC
                && s.entity().country() != null
                && kb.country(s.entity().country()).map(c -> c == s.entity()).orElse(false)) {
            return s;
        }
        return null;
    }

    private String countryName(String cc) {
        return names.countryName(cc);
    }
}
