package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.Lexicon.Gloss;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * French institutions are named by a capitalised head noun followed by lower-case adjectives and "de" phrases:
 * "Office fédéral de la police", "Conseil de paix et de sécurité de l'Union africaine", "Bureau intégré des Nations
 * unies en Haïti", "Force multinationale mixte". This reads the whole name from the head, so that a known name
 * inside it ("Nations unies", "Union africaine") does not count on its own.
 *
 * <p>A body French describes in lower case is a name when the description says whose it is: a place ("le tribunal
 * administratif de Toulouse"), a nationality after a qualifying adjective ("la police fédérale belge") or a region
 * ("le gouvernement wallon"). Such a description is no name of the body's own, so it is named in English through
 * the French glossary ("Administrative Court of Toulouse", "Belgian Federal Police", "Walloon Government").
 */
final class FrenchInstitutionFinder {

    private static final Set<String> HEADS = WordSet.of("conseil", "office", "bureau", "police", "force", "forces",
            "ministere", "departement", "comite", "haut-commissariat", "federation", "confederation", "organisation",
            "mission", "agence", "commission", "union", "banque", "fonds", "programme", "cour", "tribunal", "parquet",
            "assemblee", "senat", "parti", "front", "mouvement", "alliance", "coalition", "societe", "compagnie",
            "groupe", "centre", "direction", "autorite", "institut", "fondation", "ligue", "garde", "gendarmerie",
            "armee", "caisse", "chambre", "syndicat", "conference", "communaute", "observatoire", "haute",
            "collectivite", "groupement", "administration", "association", "regie", "secretariat", "inspection",
            "delegation", "universite", "ecole", "academie", "service", "operateur", "reseau", "collectif", "port",
            "chantiers", "rassemblement");
    private static final Set<String> OF = WordSet.of("de", "du", "des", "d");
    /** Nouns before "de douane" that make it a duty, not a service ("droits de douane"). */
    private static final Set<String> DUTIES = WordSet.of("droit", "droits", "tarif", "tarifs", "barriere", "barrieres");
    private static final Set<String> GREAT = WordSet.of("grand", "grande");
    private static final Set<String> TO = WordSet.of("au", "aux");
    private static final Set<String> ARTICLES = WordSet.of("la", "le", "les", "l", "'", "’");
    private static final Set<String> ADJECTIVES = WordSet.of("mixte", "autonome", "public", "publique", "unies", "unis",
            "supreme", "superieur", "superieure", "general", "generale", "central", "centrale", "mondial", "mondiale",
            "arabe", "islamique", "democratique", "populaire", "civile", "civil", "militaire", "economique", "libre",
            "independant", "independante", "agricole", "agricoles", "etranger", "etrangere", "etrangers", "etrangeres",
            "vert", "verte", "verts", "vertes");
    /** Red Cross and Red Crescent societies, named by the nationality after them ("Croix-Rouge malienne"). */
    private static final java.util.Map<String, String> NATIONAL_SOCIETIES = java.util.Map.of(
            "croix-rouge", "Red Cross", "croissant-rouge", "Red Crescent");
    /** Local bodies named by their town alone ("le parquet de Kessane", "le tribunal de Vorand"). */
    private static final Set<String> LOCAL_HEADS = WordSet.of("parquet", "tribunal");
    private static final String[] ADJECTIVE_ENDINGS = {"al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne",
        "ais", "aise", "el", "elle", "if", "ive", "e\u0301", "ee", "aire", "aires", "oire", "eux", "euse", "ain", "aine",
        "ier", "iere", "ois", "oise", "ial", "iale", "itime", "able", "ible", "ile", "een", "eenne", "anne", "iste", "istes"};
    /**
     * Verbs that end like adjectives and often follow a body's name ("la Banque nationale de Belgique table sur",
     * "le Conseil national appelle", "la Banque mondiale indique").
     */
    private static final Set<String> VERBS = WordSet.of("table", "tablent", "appelle", "appellent", "rappelle",
            "rappellent", "interpelle", "signale", "signalent", "indique", "indiquent", "explique", "expliquent",
            "critique", "critiquent", "applique", "revendique", "revendiquent", "communique", "implique", "arrive",
            "arrivent", "estime", "estiment", "juge", "accuse", "accusent", "maintient", "publie", "reclame");
    /** Prefixes of hyphenated adjectives ("Commission nationale anti-corruption"). */
    private static final String[] ADJECTIVE_PREFIXES = {"anti-", "contre-", "inter-", "pluri-", "multi-"};
    private static final int MAX_TOKENS = 14;
    /** Lower-case words a body's remit may hold between its qualified head and its place. */
    private static final int MAX_REMIT = 5;

    private final Lexicon lexicon;

    FrenchInstitutionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int h = 0; h < tokens.size(); h++) {
            Token head = tokens.get(h);
            if (head.isWord() && !head.capitalised) {
                Span described = regionalCouncil(doc, claims, h);
                if (described == null) {
                    described = describedBody(doc, claims, h);
                }
                if (described != null) {
                    claims.override(described);
                    h = described.end - 1;
                }
                continue;
            }
            Span society = nationalSociety(doc, claims, h);
            if (society != null) {
                claims.override(society);
                h = society.end - 1;
                continue;
            }
            if (!head.isWord() || !head.capitalised || head.allCaps && head.text.length() > 1
                    || !HEADS.contains(head.key) && !cityBody(tokens, h)) {
                continue;
            }
            int end = nameEnd(tokens, h);
            if (end - h < 2 || head.key.equals("haute") && !lexicon.orgWordsLatin.contains(tokens.get(h + 1).key)
                    || head.key.equals("port") && tokens.get(h + 1).capitalised) {
                // "Haute Autorité", "Haute Cour" are bodies; "Haute Matsiatra", "Haute-Savoie" are places. "Port
                // autonome de Kessane" is a body, "Port Kembla" a town.
                continue;
            }
            Span inner = claims.at(h);
            if (inner != null && inner.start == h && inner.end >= end) {
                // A name the base knows whole ("Commission de l'Union africaine"): no head inside it starts another.
                h = inner.end - 1;
                continue;
            }
            // "Grand Port maritime de Kessane": a capitalised "Grand" before the head belongs to the name.
            int first = h > 0 && tokens.get(h - 1).capitalised && GREAT.contains(tokens.get(h - 1).key)
                    && (claims.at(h - 1) == null || claims.at(h - 1).source == Span.Source.KNOWLEDGE) ? h - 1 : h;
            int startChar = tokens.get(first).start;
            Span span = new Span(first, end, startChar, tokens.get(end - 1).end, EntityType.ORG, Span.Source.PATTERN,
                    List.of(), null);
            span.groupKey = "org:" + doc.text().substring(startChar, tokens.get(end - 1).end).toLowerCase();
            Span acronym = end + 2 < tokens.size() && tokens.get(end).text.equals("(")
                    && tokens.get(end + 2).text.equals(")") ? claims.at(end + 1) : null;
            if (acronym != null && acronym.linked() && acronym.type == EntityType.ORG) {
                // "Haut-Commissariat des Nations unies pour les réfugiés (HCR)": the acronym names the body.
                span.candidates = acronym.candidates;
            }
            claims.override(span);
            h = end - 1;
        }
    }

    /**
     * "la Croix-Rouge gabonaise", "le Croissant-Rouge tchadien": a country's society, not the International Committee
     * the knowledge base holds for "Croix-Rouge" alone; null when the base knows the whole name.
     */
    private Span nationalSociety(Document doc, Claims claims, int h) {
        List<Token> tokens = doc.tokens();
        String kind = NATIONAL_SOCIETIES.get(tokens.get(h).key);
        if (kind == null || !tokens.get(h).capitalised || h + 1 >= tokens.size() || tokens.get(h + 1).capitalised) {
            return null;
        }
        String cc = lexicon.demonyms.get(tokens.get(h + 1).key);
        Span known = claims.at(h);
        if (cc == null || !lexicon.englishDemonym.containsKey(cc) || known != null && known.end > h + 1) {
            return null;
        }
        return described(doc, h, h + 2, lexicon.englishDemonym.get(cc) + " " + kind);
    }

    /**
     * "la région Normandie a voté": "région" right before a region's own name (no "de") is the region's council, a
     * body; "la région de Kessane" and "en région Normandie" are places.
     */
    private static Span regionalCouncil(Document doc, Claims claims, int h) {
        List<Token> tokens = doc.tokens();
        if (!tokens.get(h).key.equals("region") || h + 1 >= tokens.size() || h > 0 && tokens.get(h - 1).key.equals("en")) {
            return null;
        }
        Span place = claims.at(h + 1);
        if (place == null || place.start != h + 1 || place.type != EntityType.LOC || !place.linked()
                || !tokens.get(h + 1).capitalised || place.entity().lat() != null) {
            return null;
        }
        // The council's own name, which English news keeps ("Région Pays de la Loire"), like a town's prosecutor's.
        return described(doc, h, place.end, "Région " + doc.text().substring(tokens.get(h + 1).start,
                tokens.get(place.end - 1).end));
    }

    /** "la Ville de Vorand a signé": written with a capital after "la", the town's council, a body. */
    private static boolean cityBody(List<Token> tokens, int h) {
        return tokens.get(h).key.equals("ville") && h > 0 && tokens.get(h - 1).key.equals("la")
                && h + 2 < tokens.size() && OF.contains(tokens.get(h + 1).key);
    }

    /**
     * A lower-case description of a body starting at {@code h}, named in English, or null: the head, the glossed
     * adjectives after it, then a nationality or region adjective, or "de" and a place.
     */
    private Span describedBody(Document doc, Claims claims, int h) {
        List<Token> tokens = doc.tokens();
        PhraseTrie.Match<Gloss> head = lexicon.glossaryFrench.match(tokens, h);
        if (head == null || head.value().kind().equals("adj") || head.value().kind().equals("region")) {
            return null;
        }
        if (h >= 2 && tokens.get(h - 1).key.equals("de") && DUTIES.contains(tokens.get(h - 2).key)) {
            // "les droits de douane américains": customs duties, not the customs service.
            return null;
        }
        String kind = head.value().kind();
        if (kind.equals("patron")) {
            Span patron = patronBody(doc, claims, h, head);
            // "l'université de Vorand" is a body; "l'hôpital de Vorand" stays a building of the town.
            return patron != null || !tokens.get(h).key.equals("universite") ? patron : bodyOfAPlace(doc, claims, h);
        }
        if (LOCAL_HEADS.contains(tokens.get(h).key) && head.end() == h + 1 && placeAfter(tokens, claims, h + 1) == null) {
            Span local = bodyOfAPlace(doc, claims, h);
            if (local != null) {
                return local;
            }
        }
        int sentence = tokens.get(h).sentence;
        List<String> adjectives = new ArrayList<>(3);
        String nationality = null;
        boolean region = false;
        int j = head.end();
        while (!kind.equals("body") && j < tokens.size() && tokens.get(j).isWord() && !tokens.get(j).capitalised
                && tokens.get(j).sentence == sentence) {
            Token t = tokens.get(j);
            Gloss gloss = lexicon.glossaryFrench.single(t.key);
            String cc = lexicon.demonyms.get(t.key);
            if (gloss != null && gloss.kind().equals("adj")) {
                adjectives.add(gloss.english());
                j++;
            } else if (gloss != null && gloss.kind().equals("region")) {
                nationality = gloss.english();
                region = true;
                j++;
                break;
            } else if (cc != null && lexicon.englishDemonym.containsKey(cc)) {
                nationality = lexicon.englishDemonym.get(cc);
                j++;
                break;
            } else {
                break;
            }
        }
        Span place = nationality == null && !kind.equals("body") ? placeAfter(tokens, claims, j) : null;
        if (place == null && nationality == null && !adjectives.isEmpty() && !kind.equals("body")) {
            // "le comité régional de la pisciculture de Bretagne", "l'agence régionale de santé d'Occitanie": a
            // qualified body's remit, in lower case, before the place that owns it.
            place = placeAfterRemit(tokens, claims, j);
        }
        if (place == null && nationality == null && !kind.equals("body") && (head.end() > h + 1 || !adjectives.isEmpty())) {
            // "la communauté de communes de Vorand", "le conseil départemental de Vorand": a qualified head names the
            // body of a place the base does not hold, written after "de".
            place = unknownPlaceAfter(tokens, claims, j);
        }
        // "la cour d'appel de Douai": a head of two words or more is one body of its place, as an adjective makes it;
        // so is a town's court or prosecutor ("le parquet du Havre").
        boolean named = kind.equals("body") || region || place != null && (!adjectives.isEmpty()
                || head.end() > h + 1 || LOCAL_HEADS.contains(tokens.get(h).key))
                || nationality != null && (!adjectives.isEmpty() || kind.equals("national"));
        int end = place != null ? place.end : j;
        if (kind.equals("national") && nationality == null && properInside(tokens, h, head.end())) {
            // "l'armée de l'Air", "l'armée de Terre": written with a capital, the service's own name.
            end = head.end();
            return claimable(claims, h, end) ? described(doc, h, end,
                    doc.text().substring(tokens.get(h).start, tokens.get(end - 1).end)) : null;
        }
        if (!named || !claimable(claims, h, end)) {
            return null;
        }
        if (place != null) {
            // "le conseil départemental du Puy-de-Dôme": English orders a town's or a département's body either way
            // (Puy-de-Dôme Departmental Council, Departmental Council of ...), and the French is its usual alias.
            return described(doc, h, end, doc.text().substring(tokens.get(h).start, tokens.get(end - 1).end));
        }
        StringBuilder english = new StringBuilder();
        if (nationality != null) {
            english.append(nationality).append(' ');
        }
        for (int k = adjectives.size() - 1; k >= 0; k--) {
            english.append(adjectives.get(k)).append(' ');
        }
        english.append(head.value().english());
        return described(doc, h, end, english.toString());
    }

    /** "l'université Cheikh-Anta-Diop": a body named after a person, Cheikh Anta Diop University in English. */
    private Span patronBody(Document doc, Claims claims, int h, PhraseTrie.Match<Gloss> head) {
        List<Token> tokens = doc.tokens();
        int j = head.end();
        Span patron = claims.at(j);
        if (patron != null && patron.start == j && patron.type == EntityType.LOC) {
            // "l'université Grenoble Alpes": a body named after places, written after its head without "de".
            int end = j;
            while (end < tokens.size() && end - j < 4 && tokens.get(end).isWord() && tokens.get(end).capitalised
                    && tokens.get(end).sentence == tokens.get(h).sentence) {
                end++;
            }
            return end - j >= 2 && claimable(claims, h, end)
                    ? described(doc, h, end, doc.text().substring(tokens.get(h).start, tokens.get(end - 1).end)) : null;
        }
        if (patron != null && (patron.start != j || patron.type != EntityType.PERSON)) {
            return null;
        }
        int end = patron != null ? patron.end : j;
        while (patron == null && end < tokens.size() && end - j < 4 && tokens.get(end).isWord()
                && tokens.get(end).capitalised && !isStop(tokens.get(end)) && claims.at(end) == null
                && tokens.get(end).sentence == tokens.get(h).sentence) {
            end++;
        }
        if (end == j || !tokens.get(j).text.contains("-") && end - j < 2 && patron == null) {
            // One plain word after the head ("l'université Laval") may be a place as well as a person.
            return null;
        }
        String name = doc.text().substring(tokens.get(j).start, tokens.get(end - 1).end).replace('-', ' ');
        return described(doc, h, end, name + " " + head.value().english());
    }

    /**
     * "l'université de Vorand", "l'université des sciences et techniques de Vorand", "le parquet de Kessane": a lower-case
     * head whose complement ends with a proper name, kept as written; the name is no place of its own.
     */
    private Span bodyOfAPlace(Document doc, Claims claims, int h) {
        List<Token> tokens = doc.tokens();
        if (h + 2 >= tokens.size() || !OF.contains(tokens.get(h + 1).key)) {
            return null;
        }
        int end = nameEnd(tokens, h);
        Token last = tokens.get(end - 1);
        if (end - h < 3 || !last.capitalised || isStop(last) || !claimable(claims, h, end)
                || end < tokens.size() && tokens.get(end).capitalised) {
            return null;
        }
        return described(doc, h, end, doc.text().substring(tokens.get(h).start, last.end));
    }

    private static boolean properInside(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).capitalised) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place named after "de", "du" or "d'" at {@code j}, or null; "de la" and "de l'" name a département or a
     * region with its article ("le conseil départemental de la Manche", "de l'Essonne").
     */
    private static Span placeAfter(List<Token> tokens, Claims claims, int j) {
        int q = j < tokens.size() && OF.contains(tokens.get(j).key) && !tokens.get(j).key.equals("des")
                ? tokens.get(j).key.equals("d") ? j + 2 : j + 1 : -1;
        if (q > 0 && tokens.get(j).key.equals("de") && q + 1 < tokens.size() && !tokens.get(q).capitalised) {
            q = tokens.get(q).key.equals("la") ? q + 1 : tokens.get(q).key.equals("l") ? q + 2 : q;
        }
        Span place = q > 0 ? claims.at(q) : null;
        return place != null && place.start == q && place.type == EntityType.LOC
                && tokens.get(q).sentence == tokens.get(j).sentence ? place : null;
    }

    /**
     * One or two capitalised words no finder has claimed yet, after "de", "du", "de la" or "d'" at {@code j}: the
     * place a qualified head belongs to; null when none is there.
     */
    private Span unknownPlaceAfter(List<Token> tokens, Claims claims, int j) {
        int q = j < tokens.size() && OF.contains(tokens.get(j).key) && !tokens.get(j).key.equals("des")
                && !tokens.get(j).capitalised ? tokens.get(j).key.equals("d") ? j + 2 : j + 1 : -1;
        if (q > 0 && tokens.get(j).key.equals("de") && q + 1 < tokens.size() && !tokens.get(q).capitalised) {
            q = tokens.get(q).key.equals("la") ? q + 1 : tokens.get(q).key.equals("l") ? q + 2 : q;
        }
        if (q < 0 || q >= tokens.size()) {
            return null;
        }
        int e = q;
        while (e < tokens.size() && e < q + 2 && unclaimedName(tokens, claims, e, tokens.get(j).sentence)) {
            e++;
        }
        if (e == q || e < tokens.size() && tokens.get(e).capitalised
                || e == q + 2 && ArabicNameRomaniser.LATIN_NAMES.listed(tokens.get(q).key)) {
            // "le conseil municipal de Jean Vorand": a given name opens a person's name, not a place's.
            return null;
        }
        return new Span(q, e, tokens.get(q).start, tokens.get(e - 1).end, EntityType.LOC, Span.Source.PATTERN,
                List.of(), null);
    }

    private boolean unclaimedName(List<Token> tokens, Claims claims, int k, int sentence) {
        Token t = tokens.get(k);
        return t.isWord() && t.capitalised && !t.allCaps && !isStop(t) && claims.at(k) == null
                && t.sentence == sentence;
    }

    /**
     * The place after a remit of up to {@link #MAX_REMIT} lower-case words opened by "de"/"du"/"des"/"d'" ("de la
     * pisciculture", "des pêches maritimes et des élevages marins"), in the same sentence; null when there is none.
     */
    private static Span placeAfterRemit(List<Token> tokens, Claims claims, int j) {
        if (j >= tokens.size() || !OF.contains(tokens.get(j).key) || tokens.get(j).capitalised) {
            return null;
        }
        int sentence = tokens.get(j).sentence;
        int nouns = 0;
        for (int k = j + 1; k < tokens.size() && k <= j + MAX_REMIT + 4; k++) {
            Token t = tokens.get(k);
            if (t.sentence != sentence || t.capitalised) {
                return null;
            }
            if (nouns > 0 && OF.contains(t.key)) {
                Span place = t.key.equals("des") ? placeAt(tokens, claims, k + 1) : placeAfter(tokens, claims, k);
                if (place != null) {
                    return place;
                }
            }
            if (t.text.equals("'") || t.text.equals("’") || ARTICLES.contains(t.key) || OF.contains(t.key)
                    || t.key.equals("et")) {
                continue;
            }
            if (!t.isWord() || ++nouns > MAX_REMIT) {
                return null;
            }
        }
        return null;
    }

    /** The place claimed from {@code q} in the sentence of the token before it ("des Hauts-de-France"). */
    private static Span placeAt(List<Token> tokens, Claims claims, int q) {
        Span place = q < tokens.size() ? claims.at(q) : null;
        return place != null && place.start == q && place.type == EntityType.LOC
                && tokens.get(q).sentence == tokens.get(q - 1).sentence ? place : null;
    }

    /** Whether [from, to) holds no span that a longer name or a composed body owns. */
    private static boolean claimable(Claims claims, int from, int to) {
        for (int k = from; k < to; k++) {
            Span s = claims.at(k);
            if (s != null && s.type != EntityType.LOC && (s.start < from || s.end > to || s.composedId != null
                    || s.linked())) {
                return false;
            }
        }
        return true;
    }

    private static Span described(Document doc, int from, int to, String english) {
        List<Token> tokens = doc.tokens();
        Span span = new Span(from, to, tokens.get(from).start, tokens.get(to - 1).end, EntityType.ORG,
                Span.Source.PATTERN, List.of(), english);
        span.groupKey = "org:" + english.toLowerCase(Locale.ROOT);
        return span;
    }

    private int nameEnd(List<Token> tokens, int h) {
        int sentence = tokens.get(h).sentence;
        int last = h + 1;
        int j = h + 1;
        while (j < tokens.size() && j - h < MAX_TOKENS && tokens.get(j).sentence == sentence) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                break;
            }
            if (t.capitalised && j == last && !isStop(t)) {
                // "Front Polisario", "des Nations unies": proper words run on.
                last = ++j;
                continue;
            }
            if (!t.capitalised && (adjective(t.key) || participle(t.text)) && j == last) {
                last = ++j;
                continue;
            }
            int k = j;
            boolean needsLowerNoun = false;
            if (t.key.equals("et") && k + 1 < tokens.size() && !tokens.get(k + 1).capitalised
                    && adjective(tokens.get(k + 1).key)) {
                // "Communauté économique et monétaire"
                last = j = k + 2;
                continue;
            }
            if (t.key.equals("et") && k + 1 < tokens.size() && lowerNoun(tokens.get(k + 1))
                    && lowerNoun(tokens.get(k - 1)) && !adjective(tokens.get(k - 1).key)) {
                // "Syndicat libre des enseignants et chercheurs de Guinée": two nouns of one complement.
                last = j = k + 2;
                continue;
            }
            if (t.key.equals("et") && k + 1 < tokens.size() && (OF.contains(tokens.get(k + 1).key)
                    || TO.contains(tokens.get(k + 1).key))) {
                // "de paix et de sécurité": only a lower-case noun may follow, not another body's name.
                needsLowerNoun = true;
                k++;
            }
            Token w = tokens.get(k);
            if (OF.contains(w.key) || w.key.equals("pour") || w.text.equals("à") || TO.contains(w.key)
                    || w.key.equals("en") && !needsLowerNoun) {
                k++;
                while (k < tokens.size() && ARTICLES.contains(tokens.get(k).key) && !tokens.get(k).capitalised) {
                    k++;
                }
                if (k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).sentence != sentence) {
                    break;
                }
                Token noun = tokens.get(k);
                if (w.key.equals("pour") && k == j + 1 && (noun.key.endsWith("er") || noun.key.endsWith("ir"))) {
                    // "Force ouvrière pour réclamer": a verb after "pour" says what the body did, not its name.
                    break;
                }
                boolean lower = lowerNoun(noun);
                boolean proper = noun.capitalised && !isStop(noun);
                // "en" and "au" take a proper noun ("en Haïti", "au Sahel"): "au chevet des" says where the body is.
                if (needsLowerNoun ? lower : lower && !w.key.equals("en") && !w.key.equals("au") || proper) {
                    last = j = k + 1;
                    continue;
                }
            }
            break;
        }
        return last;
    }

    private boolean lowerNoun(Token t) {
        return t.isWord() && !t.capitalised && !isStop(t) && t.text.length() > 2;
    }

    /** "intégré", "armées": a past participle qualifies the head; the accent tells it from a verb ("estime"). */
    private static boolean participle(String text) {
        return text.endsWith("é") || text.endsWith("ée") || text.endsWith("és") || text.endsWith("ées");
    }

    private boolean adjective(String key) {
        if (ADJECTIVES.contains(key) || lexicon.demonyms.containsKey(key)) {
            // "Société burkinabè des fibres", "Office malgache des hydrocarbures": a nationality qualifies the head.
            return true;
        }
        if (key.length() < 5 || lexicon.isStopword("fr", key) || VERBS.contains(key)) {
            return false;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (key.endsWith(ending)) {
                return true;
            }
        }
        for (String prefix : ADJECTIVE_PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        // "employeurs maritimes", "services vétérinaires": a plural adjective.
        return key.endsWith("s") && adjective(key.substring(0, key.length() - 1));
    }

    private boolean isStop(Token t) {
        return lexicon.isStopword("fr", t.key) || lexicon.months.word(t) != null || lexicon.weekdays.word(t) != null;
    }
}
