package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Natural features that French writes with a lower-case noun before their name ("golfe de Guinée", "fleuve Maroni",
 * "île de Bioko", "lac Kivu"): the noun belongs to the name, and the English name follows the English pattern with
 * the place's English name when the base knows it ("golfe de Guinée" is the Gulf of Guinea, not the country).
 * Airports and power stations named after no place the base knows are named so too ("aéroport Princess Juliana",
 * "centrale Antonio Guiteras", the Antonio Guiteras Power Plant).
 */
final class FrenchFeatureFinder {

    /** Feature nouns (folded keys) and the English pattern of the name. */
    private static final Map<String, String> FEATURES = Map.of("golfe", "Gulf of %s", "fleuve", "%s River",
            "riviere", "%s River", "lac", "Lake %s", "ile", "%s Island", "detroit", "Strait of %s", "peninsule",
            "%s Peninsula", "aeroport", "%s Airport", "centrale", "%s Power Plant", "place", "place %s");
    /** Adjectives between a feature noun and its name ("l'aéroport international Hugo-Chavez"). */
    private static final Set<String> QUALIFIERS = WordSet.of("international", "internationale");
    /** "à la place de", "prendre la place de": instead of, in the stead of. */
    private static final Set<String> INSTEAD = WordSet.of("a", "prendre", "prend", "prendra", "pris", "prise");
    /** Titles that follow "la place du" where the place is an office ("la place du Premier ministre"). */
    private static final Set<String> TITLES = WordSet.of("premier", "president", "presidente", "ministre", "roi",
            "reine", "chef", "general", "prince", "pape");
    /** Features named as French writes them, link word included ("place des Tanneurs"). */
    private static final Set<String> NAMED_AS_WRITTEN = WordSet.of("place");
    /** Features often named after a person, whose name is then part of the feature's ("aéroport Princess Juliana"). */
    private static final Set<String> NAMED_AFTER_PEOPLE = WordSet.of("aeroport", "centrale");
    private static final Set<String> LINKS = WordSet.of("de", "du", "des");
    private static final int MAX_NAME_WORDS = 3;
    /** Administrative areas, named as written when a direction or a plural noun names them ("région de l'Ouest"). */
    private static final Set<String> AREAS = WordSet.of("region", "province", "departement");
    private static final Set<String> DIRECTIONS = WordSet.of("nord", "sud", "est", "ouest");

    /** Claims each feature name, over a place or country the base found in it. */
    void find(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            int area = t.capitalised ? -1 : areaNamedByNoun(tokens, i);
            if (area > 0) {
                // Named as written: many countries have an "Ouest" or a "Centre", so the base's reading may be another's.
                Span span = new Span(i, area, t.start, tokens.get(area - 1).end, EntityType.LOC, Span.Source.PATTERN,
                        List.of(), doc.text().substring(t.start, tokens.get(area - 1).end));
                span.groupKey = "LOC:" + span.name.toLowerCase(Locale.ROOT);
                claims.override(span);
                i = area - 1;
                continue;
            }
            String pattern = t.capitalised || claims.at(i) != null ? null : FEATURES.get(t.key);
            if (pattern == null) {
                continue;
            }
            int from = i;
            if (t.key.equals("ile") && i >= 2 && tokens.get(i - 2).key.equals("presqu")
                    && tokens.get(i - 1).end == t.start && tokens.get(i - 2).end == tokens.get(i - 1).start) {
                // "presqu'île de Quiberon" is a peninsula; the apostrophe splits the word.
                from = i - 2;
                pattern = "%s Peninsula";
            }
            int k = nameStart(tokens, i + 1 < tokens.size() && QUALIFIERS.contains(tokens.get(i + 1).key) ? i + 2 : i + 1);
            if (NAMED_AS_WRITTEN.contains(t.key) && (k != i + 2 || !tokens.get(i + 1).key.startsWith("d")
                    || k >= tokens.size() || claims.at(k) != null || TITLES.contains(tokens.get(k).key)
                    || i >= 2 && tokens.get(i - 1).key.equals("la") && INSTEAD.contains(tokens.get(i - 2).key))) {
                // "la place des Tanneurs"; "sur place", "la place de Paris" (a financial centre), "à la place du
                // Premier ministre" (instead of) name no square.
                continue;
            }
            if (k >= tokens.size() || tokens.get(k).sentence != t.sentence || !tokens.get(k).capitalised) {
                continue;
            }
            Span known = claims.at(k);
            if (known != null && known.type == EntityType.PERSON && NAMED_AFTER_PEOPLE.contains(t.key)) {
                // "l'aéroport Princess Juliana": the name of the person the airport is named after.
                known = null;
            }
            int end;
            String english;
            if (known != null) {
                if (NAMED_AFTER_PEOPLE.contains(t.key) || known.start != k || known.type != EntityType.LOC
                        || !known.linked() || t.key.equals("ile") && known.entity().lat() == null) {
                    // "l'île Maurice" is the country itself; "l'aéroport de Bamako" is told by its city's name.
                    // An airport named after a person ("l'aéroport Princess Juliana") is named as one.
                    continue;
                }
                end = known.end;
                english = known.entity().preferredName();
            } else {
                end = k;
                while (end < tokens.size() && end - k < MAX_NAME_WORDS && tokens.get(end).capitalised
                        && tokens.get(end).isWord() && (claims.at(end) == null || claims.at(end) == claims.at(k))
                        && tokens.get(end).sentence == t.sentence) {
                    end++;
                }
                english = NAMED_AS_WRITTEN.contains(t.key)
                        ? doc.text().substring(tokens.get(i + 1).start, tokens.get(end - 1).end)
                        : doc.text().substring(tokens.get(k).start, tokens.get(end - 1).end);
            }
            Span feature = new Span(from, end, tokens.get(from).start, tokens.get(end - 1).end, EntityType.LOC,
                    Span.Source.PATTERN, List.of(), String.format(pattern, english));
            // "l'aéroport Hugo-Chavez" and "l'aéroport international Hugo-Chavez" are one airport.
            feature.groupKey = "LOC:" + feature.name.toLowerCase(Locale.ROOT);
            claims.override(feature);
            i = end - 1;
        }
    }

    /**
     * "la région de l'Ouest", "la province du Nord-Est", "la région des Lacs": an area named by a direction or a plural
     * common noun, which is no name alone; returns the end of the name, or -1.
     */
    private static int areaNamedByNoun(List<Token> tokens, int i) {
        if (!AREAS.contains(tokens.get(i).key) || i + 2 >= tokens.size()) {
            return -1;
        }
        String link = tokens.get(i + 1).key;
        int k = link.equals("de") && tokens.get(i + 2).key.equals("l") ? i + 4 : link.equals("du") || link.equals("des")
                ? i + 2 : -1;
        if (k < 0 || k >= tokens.size() || !tokens.get(k).capitalised || !tokens.get(k).isWord()
                || k + 1 < tokens.size() && tokens.get(k + 1).capitalised) {
            return -1;
        }
        String key = tokens.get(k).key;
        boolean named = link.equals("des") ? key.endsWith("s") || key.endsWith("x") : key.equals("centre")
                || java.util.Arrays.stream(key.split("-")).allMatch(DIRECTIONS::contains);
        return named ? k + 1 : -1;
    }

    /** Past "de", "du", "des" or "d'" after the feature noun. */
    private static int nameStart(List<Token> tokens, int k) {
        if (k < tokens.size() && LINKS.contains(tokens.get(k).key)) {
            return k + 1;
        }
        if (k + 1 < tokens.size() && tokens.get(k).key.equals("d")
                && (tokens.get(k + 1).text.equals("'") || tokens.get(k + 1).text.equals("’"))) {
            return k + 2;
        }
        return k;
    }
}
