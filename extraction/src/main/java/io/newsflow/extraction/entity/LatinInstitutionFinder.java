package io.newsflow.extraction.entity;

import static io.newsflow.extraction.entity.InstitutionFinder.at;
import static io.newsflow.extraction.entity.InstitutionFinder.coreKey;
import static io.newsflow.extraction.entity.InstitutionFinder.isWord;
import static io.newsflow.extraction.entity.InstitutionFinder.span;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds, for {@link InstitutionFinder}, the bodies English and French text names by composition: a country's
 * ministries, government and army ("Iran's Foreign Ministry", "ministère de l'Intérieur", "Peru's government") and
 * the local institutions and lower-case bodies French names by their place or adjectives ("la gendarmerie maritime").
 */
final class LatinInstitutionFinder {

    private static final Set<String> MINISTRY = WordSet.of("ministry", "ministere");
    private static final Set<String> GOVERNMENT = WordSet.of("government", "gouvernement");
    /** Adjectives that make "gouvernement" the government of the story's country, not a description of one. */
    private static final Set<String> BARE_GOVERNMENT_ADJECTIVES = WordSet.of("federal", "central", "interimaire");
    private static final Set<String> ARMY = WordSet.of("army", "armee");
    /** Craft and crews a service's name qualifies ("coast guard vessels"): the phrase describes them, not the body. */
    private static final Set<String> CRAFT = WordSet.of("vessel", "vessels", "ship", "ships", "boat", "boats", "cutter",
            "cutters", "patrol", "patrols", "aircraft", "helicopter", "helicopters", "crew", "crews", "station",
            "stations", "base", "bases", "personnel");
    private static final Set<String> FRENCH_LINKS = WordSet.of("de", "des", "du", "la", "l", "'", "d");
    private static final Set<String> LOCAL_INSTITUTIONS = WordSet.of("parquet", "tribunal", "prefecture", "mairie");
    /** Local institutions that are also the building they sit in ("devant la mairie de …"). */
    private static final Set<String> BUILDINGS = WordSet.of("prefecture", "mairie");
    /**
     * Heads of bodies French names in lower case by adjectives alone ("la gendarmerie maritime"); "la direction
     * régionale" is a company's management, no body.
     */
    private static final Set<String> FRENCH_BODIES = WordSet.of("police", "parquet", "gendarmerie", "garde", "armee",
            "marine", "douane", "douanes", "justice", "cour", "conseil", "assemblee", "agence", "office");
    private static final Set<String> BODY_ADJECTIVES = WordSet.of("federal", "federale", "national", "nationale",
            "nationales", "republicaine", "constitutionnel", "militaire", "europeen", "europeenne", "financier",
            "antiterroriste", "supreme", "general", "generale", "regional", "regionale", "municipale", "judiciaire",
            "maritime", "territorial", "territoriale");
    private static final Set<String> LOWERCASE_HEADS = WordSet.of("ministry", "ministere", "government", "gouvernement",
            "army", "armee", "parquet", "tribunal", "prefecture", "mairie", "police", "gendarmerie", "garde", "marine",
            "douane", "douanes", "justice", "cour", "conseil", "assemblee", "agence", "office", "direction", "forces");
    /** "de"/"du" before a place, and the elided "d'", after the adjectives of a French lower-case body. */
    private static final Set<String> DE_DU = Set.of("de", "du");
    private static final Set<String> D_ELIDED = Set.of("d");
    /** "tribunal de Paris", "parquet d'Évry": the links between a local institution and its town. */
    private static final Set<String> DE_D = WordSet.of("de", "d");
    // One-word keys read after a head, held as constants so that no set is built per token.
    private static final Set<String> OF = WordSet.of("of");
    private static final Set<String> THE = WordSet.of("the");
    private static final Set<String> ARMED = WordSet.of("armed");
    private static final Set<String> FORCES = WordSet.of("forces");
    private static final Set<String> COAST = WordSet.of("coast");
    private static final Set<String> GUARD = WordSet.of("guard");
    private static final Set<String> TRANSITION = WordSet.of("transition");
    private static final Set<String> ARMEES = WordSet.of("armees");

    private final Lexicon lexicon;
    private final CountryBodies countryBodies;

    LatinInstitutionFinder(Lexicon lexicon, CountryBodies countryBodies) {
        this.lexicon = lexicon;
        this.countryBodies = countryBodies;
    }

    Span find(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        if (!t.capitalised && !LOWERCASE_HEADS.contains(t.key)) {
            return null;
        }
        // "Turkish Foreign Ministry", "Iran's Foreign Ministry", "Iraqi government", "Peru's government"
        String cc = lexicon.demonyms.get(t.key);
        int k = i + 1;
        Span possessor = null;
        if (cc == null) {
            Span country = countryBodies.countryAt(claims, i);
            if (country != null && isPossessive(tokens, country.end)) {
                cc = country.entity().country();
                k = country.end + 2;
                possessor = country;
            }
        }
        if (cc != null && t.capitalised) {
            PhraseTrie.Match<String> portfolio = at(tokens, k) ? lexicon.portfoliosLatin.match(tokens, k) : null;
            if (portfolio != null && isWord(tokens, portfolio.end(), MINISTRY)) {
                if (possessor != null) {
                    // "Iran's Foreign Ministry" names Iran too.
                    claims.addNested(possessor);
                }
                return countryBodies.ministry(doc, i, portfolio.end() + 1, portfolio.value(), cc);
            }
            if (isWord(tokens, k, MINISTRY) && isWord(tokens, k + 1, OF)) {
                PhraseTrie.Match<String> after = skipThe(tokens, k + 2);
                if (after != null) {
                    if (possessor != null) {
                        // "Vietnam's Ministry of Industry and Trade" names Vietnam too.
                        claims.addNested(possessor);
                    }
                    return countryBodies.ministry(doc, i, after.end(), after.value(), cc);
                }
            }
            if (doc.language().equals("en") && isWord(tokens, k, ARMED) && isWord(tokens, k + 1, FORCES)
                    && !tokens.get(k).capitalised) {
                // "the Ukrainian armed forces", "Sudan's armed forces": the country's forces, as "army" is.
                if (possessor != null) {
                    claims.addNested(possessor);
                }
                return countryBodies.army(doc, i, k + 2, cc);
            }
            if (doc.language().equals("en") && isWord(tokens, k, COAST) && isWord(tokens, k + 1, GUARD)
                    && !tokens.get(k).capitalised && !isWord(tokens, k + 2, CRAFT)) {
                // "the Peruvian coast guard", "Peru's coast guard": the country's coast guard, named as the French
                // glossary names "la garde côtière péruvienne", so that both join. "Chinese coast guard vessels"
                // describes the craft, and names no body.
                Span guard = countryBodies.coastGuard(doc, i, k + 2, cc);
                if (guard != null && possessor != null) {
                    claims.addNested(possessor);
                }
                return guard;
            }
            if (isWord(tokens, k, GOVERNMENT) || isWord(tokens, k, ARMY) && doc.language().equals("en")) {
                if (possessor != null) {
                    // "Peru's government" names Peru too.
                    claims.addNested(possessor);
                }
                return isWord(tokens, k, GOVERNMENT) ? countryBodies.government(doc, i, k + 1, cc)
                        : countryBodies.army(doc, i, k + 1, cc);
            }
        }
        Span attributive = doc.language().equals("en") ? countryBodies.countryAt(claims, i) : null;
        if (attributive != null && isWord(tokens, attributive.end, GOVERNMENT)) {
            // "the Netherlands government": a country's name used as an adjective names the country too.
            claims.addNested(attributive);
            return countryBodies.government(doc, i, attributive.end + 1, attributive.entity().country());
        }
        // "Ministry of Foreign Affairs [of Egypt]", "Foreign Ministry", "ministère de l'Intérieur [libyen]"
        if (MINISTRY.contains(t.key)) {
            int p = i + 1;
            if (isWord(tokens, p, OF)) {
                PhraseTrie.Match<String> portfolio = skipThe(tokens, p + 1);
                if (portfolio != null) {
                    String country = null;
                    int end = portfolio.end();
                    if (isWord(tokens, end, OF)) {
                        Span c = countryBodies.countryAt(claims, end + 1);
                        if (c != null) {
                            country = c.entity().country();
                            end = c.end;
                        }
                    }
                    return countryBodies.ministry(doc, i, end, portfolio.value(), country);
                }
            } else if (t.key.equals("ministere")) {
                String before = at(tokens, p) ? lexicon.demonyms.get(tokens.get(p).key) : null;
                if (before != null) {
                    p++;
                }
                while (p < tokens.size() && FRENCH_LINKS.contains(tokens.get(p).key) && p < i + 5) {
                    p++;
                }
                PhraseTrie.Match<String> portfolio = at(tokens, p) ? lexicon.portfoliosLatin.match(tokens, p) : null;
                if (portfolio != null) {
                    int end = portfolio.end();
                    String country = at(tokens, end) ? lexicon.demonyms.get(tokens.get(end).key) : null;
                    if (country != null) {
                        end++;
                    } else {
                        country = before;
                    }
                    return countryBodies.ministry(doc, i, end, portfolio.value(), country);
                }
            }
        }
        if (t.capitalised && doc.language().equals("en")) {
            PhraseTrie.Match<String> portfolio = lexicon.portfoliosLatin.match(tokens, i);
            if (portfolio != null && isWord(tokens, portfolio.end(), MINISTRY)
                    && tokens.get(portfolio.end()).capitalised) {
                return countryBodies.ministry(doc, i, portfolio.end() + 1, portfolio.value(), null);
            }
        }
        if (GOVERNMENT.contains(t.key) && at(tokens, i + 1)) {
            String country = lexicon.demonyms.get(tokens.get(i + 1).key);
            if (country != null) {
                return countryBodies.government(doc, i, i + 2, country);
            }
            if (isWord(tokens, i + 1, OF)) {
                Span c = countryBodies.countryAt(claims, i + 2);
                if (c == null && isWord(tokens, i + 2, THE)) {
                    // "the Government of the Philippines".
                    c = countryBodies.countryAt(claims, i + 3);
                }
                if (c != null) {
                    return countryBodies.government(doc, i, c.end, c.entity().country());
                }
            }
        }
        if (t.key.equals("gouvernement") && !t.capitalised && doc.language().equals("fr")) {
            int end = isWord(tokens, i + 1, BARE_GOVERNMENT_ADJECTIVES) ? i + 2
                    : isWord(tokens, i + 1, DE_DU) && isWord(tokens, i + 2, TRANSITION) ? i + 3 : -1;
            if (end > 0) {
                // "le gouvernement fédéral", "le gouvernement de transition": the government of the country the
                // story is about, named once the places are known (EntityRecogniser.resolveBareMinistries).
                Span s = span(doc, i, end, tokens.get(i).start, EntityType.ORG, null);
                s.portfolio = "Government";
                s.groupKey = "government:";
                return s;
            }
        }
        if (t.key.equals("forces") && !t.capitalised && doc.language().equals("fr") && at(tokens, i + 2)
                && isWord(tokens, i + 1, ARMEES)) {
            // "les forces armées ukrainiennes": the country's forces, as "l'armée ukrainienne" is; the adjective is
            // in the plural.
            String adjective = tokens.get(i + 2).key;
            String country = lexicon.demonyms.get(adjective);
            if (country == null && adjective.endsWith("s")) {
                country = lexicon.demonyms.get(adjective.substring(0, adjective.length() - 1));
            }
            if (country != null) {
                return countryBodies.army(doc, i, i + 3, country);
            }
        }
        if (t.key.equals("armee") && at(tokens, i + 1) && tokens.get(i + 1).isWord()) {
            String country = lexicon.demonyms.get(tokens.get(i + 1).key);
            if (country != null) {
                return countryBodies.army(doc, i, i + 2, country);
            }
        }
        // "la police fédérale belge", "le parquet fédéral", "la gendarmerie nationale": French writes these in
        // lower case, so they are told by their head and the adjectives that make them a particular body.
        if (FRENCH_BODIES.contains(t.key) && doc.language().equals("fr") && at(tokens, i + 1)) {
            int p = i + 1;
            while (at(tokens, p) && (BODY_ADJECTIVES.contains(tokens.get(p).key)
                    || lexicon.demonyms.containsKey(tokens.get(p).key) && p > i + 1)) {
                p++;
            }
            if (p > i + 1 && BODY_ADJECTIVES.contains(tokens.get(i + 1).key)) {
                int q = isWord(tokens, p, DE_DU) ? p + 1 : isWord(tokens, p, D_ELIDED) ? p + 2 : -1;
                Span place = q > 0 && at(tokens, q) ? claims.at(q) : null;
                if (place != null && place.start == q && place.type == EntityType.LOC && place.linked()) {
                    // "conseil territorial de Saint-Pierre-et-Miquelon": the body of a place is named with it.
                    claims.addNested(place);
                    p = place.end;
                }
                Span s = span(doc, i, p, tokens.get(i).start, EntityType.ORG, null);
                s.groupKey = "org:" + coreKey(tokens, i, p);
                return s;
            }
        }
        // "le parquet de Marseille", "tribunal de Paris"; "devant la mairie de Vorand" is the town hall, a building
        // in the town, where people gather.
        if (LOCAL_INSTITUTIONS.contains(t.key) && isWord(tokens, i + 1, DE_D)
                && !(BUILDINGS.contains(t.key) && i >= 2 && tokens.get(i - 2).key.equals("devant"))) {
            int p = tokens.get(i + 1).key.equals("d") ? i + 3 : i + 2;
            Span place = claims.at(p);
            if (place != null && place.start == p && place.type == EntityType.LOC) {
                Span s = span(doc, i, place.end, tokens.get(i).start, EntityType.ORG, null);
                s.groupKey = "org:" + t.key + ":" + (place.linked() ? place.entity().id() : place.name);
                return s;
            }
        }
        return null;
    }

    private PhraseTrie.Match<String> skipThe(List<Token> tokens, int p) {
        if (isWord(tokens, p, THE)) {
            p++;
        }
        return at(tokens, p) ? lexicon.portfoliosLatin.match(tokens, p) : null;
    }

    private static boolean isPossessive(List<Token> tokens, int i) {
        return at(tokens, i + 1) && (tokens.get(i).text.equals("'") || tokens.get(i).text.equals("’"))
                && tokens.get(i + 1).key.equals("s");
    }
}
