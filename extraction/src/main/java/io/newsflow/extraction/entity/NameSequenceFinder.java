package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.knowledge.NameIndex;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.TextNormaliser;
import io.newsflow.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds names in Latin script that the knowledge base does not hold, from runs of capitalised words: an organisation
 * when the run holds an organisation word ("Commission", "Alliance", "Corps"), a place when it holds a place word
 * ("Lake Van", "Kisumu East") or follows a place cue ("the town of", "champ gazier"), a person when two or more
 * capitalised words remain, or one after a title ("President", "M.", "Mme"). Single unknown words wait for
 * coreference: they count only as a surname of a person already found.
 */
final class NameSequenceFinder {

    /** Words between a title and its portfolio: "ministre des Armées", "ministre de l'Intérieur", "Minister of the". */
    private static final Set<String> PORTFOLIO_LINKS = WordSet.of("de", "des", "du", "d", "la", "l", "'", "of", "the");
    /** Nouns of a ship before its name ("le chalutier Marie-Hélène", "the ferry Lady Mary"): ships are not annotated. */
    private static final Set<String> SHIP_NOUNS = WordSet.of("navire", "chalutier", "cargo", "paquebot", "ferry",
            "bateau", "vraquier", "porte-conteneurs", "vessel", "ship", "tanker", "freighter", "trawler", "yacht",
            "liner", "frigate", "fregate");
    /** Prefixes of ships' names ("MV Lady Mary Joy", "HMS Dauntless"). */
    private static final Set<String> SHIP_PREFIXES = Set.of("MV", "MT", "HMS", "USS", "RMS", "HMCS", "HMAS");
    /** Nouns before a road's code ("l'autoroute A47", "Highway N2"). */
    private static final Set<String> ROADS = WordSet.of("autoroute", "route", "nationale", "highway", "motorway",
            "expressway", "freeway", "road");
    /**
     * Words that open Spanish and Portuguese place names, never people's ("San Ormeo", "Santa Rita", "Punta Arenas",
     * "Playa Larga", "Ciudad Real", "Bahía Negra", "Cabo Rojo").
     */
    private static final Set<String> SAINTS_OF_PLACES = WordSet.of("san", "santa", "santo", "sao", "punta", "playa",
            "ciudad", "bahia", "cabo");
    /** Abbreviations that open place and saint names: "St. Elizabeth", "Ste. Anne", "Mt. Kenya", "Ft. Worth". */
    private static final Set<String> SAINTS = WordSet.of("st", "ste", "mt", "ft");
    private static final Set<String> CONNECTORS = WordSet.of("of", "for", "de", "du", "des", "la", "le", "di", "da",
            "do", "dos", "das", "del", "della", "dello", "al", "el", "bin", "ben", "ibn", "ould", "van", "von", "der",
            "den", "y", "the", "ap");
    private static final Set<String> CONJUNCTIONS = WordSet.of("and", "et", "&");
    /** Lower-case particles inside a person's name ("Jose de Lima Massano", "Maria dos Santos"). */
    private static final Set<String> NAME_PARTICLES = WordSet.of("de", "da", "do", "dos", "das", "del", "van", "von", "der");
    /** Words that make the next noun a complement of the one before ("du groupe", "of the company"). */
    /** Nouns of an industrial site, written before the company that runs it ("l'usine Arkema de …"). */
    private static final Set<String> SITE_NOUNS = WordSet.of("usine", "usines", "raffinerie", "site", "entrepot",
            "plateforme", "chantier", "acierie", "fonderie", "sucrerie", "cimenterie", "brasserie", "mine", "depot");
    /** "de" between a conjunction and a place ("de Niamey et de Gothèye"). */
    private static final Set<String> OF_LINKS = WordSet.of("de", "du", "d");
    /** French articles that may open a body's own name ("le parti Les Radicaux"). */
    private static final Set<String> FRENCH_ARTICLES = WordSet.of("le", "la", "les");
    private static final Set<String> COMPLEMENT_LINKS = WordSet.of("du", "des", "de", "d", "of");
    private static final Set<String> ORG_CUES_BEFORE = WordSet.of("firm", "company", "group", "agency", "party",
            "organisation", "organization", "militia", "movement", "newspaper", "broadcaster", "society", "societe",
            "groupe", "agence", "parti", "entreprise", "journal", "quotidien", "association", "union", "federation",
            "syndicate", "coalition", "alliance", "network", "operator", "carrier", "insurer", "lender", "bank",
            "syndicat", "collectif", "mouvement", "operateur", "banque", "constructeur", "compagnie", "automaker",
            "manufacturer", "gang", "gangs", "shares", "conglomerate", "giant", "rancongiciel", "ransomware",
            "trader", "retailer", "shipbuilder", "utility", "miner", "producer", "maker", "chipmaker", "carmaker",
            "supplier", "exporter", "developer", "airline", "refiner", "distributor", "startup", "subsidiary",
            "consortium", "cooperative", "executives", "fabricant", "transporteur", "armateur", "exploitant",
            "distributeur", "producteur", "fournisseur", "filiale", "dirigeants", "responsables", "ong", "ngo",
            "salaries", "employes", "employees", "asbl", "contractor", "brasserie", "brewer", "chantier",
            "exportateurs", "acheteurs", "exporters", "buyers", "firms", "companies", "groupes", "operateurs");
    /** What one holds in a firm, before "in" and its name ("shares in Voltrex", "a stake in Pavlotex"). */
    private static final Set<String> HOLDINGS = WordSet.of("shares", "stake", "stakes", "shareholding");
    /** Words before what a firm makes, between a cue and the name ("fabricant de batteries", "maker of tyres"). */
    private static final Set<String> PRODUCT_LINKS = WordSet.of("de", "of");
    /** Nouns for the managers of a firm, after a determiner and before "de"/"of" and its name. */
    private static final Set<String> MANAGEMENT_NOUNS = WordSet.of("direction", "management", "patronat");
    private static final Set<String> DETERMINERS = WordSet.of("la", "sa", "leur", "the", "its", "le");
    /** Plural kinds of body before a list of names ("les armateurs X et Y", "the miners X and Y"): each is a body. */
    private static final Set<String> PLURAL_ORG_CUES = WordSet.of("exportateurs", "acheteurs", "exporters", "buyers",
            "firms", "companies", "groupes", "operateurs", "armateurs", "repreneurs", "distributeurs", "miners",
            "producers", "producteurs", "fournisseurs", "suppliers", "banks", "banques", "lenders", "carriers",
            "airlines", "compagnies", "societes", "entreprises", "constructeurs", "carmakers", "manufacturers",
            "fabricants", "transporteurs", "operators", "insurers", "assureurs", "traders", "retailers", "refiners",
            "minieres", "groups", "syndicats", "unions", "partis", "parties");
    /** Head nouns of an apposition that says what a body is ("Elering, Estonia's grid operator, said"). */
    private static final Set<String> ORG_APPOSITION_HEADS = WordSet.of("agency", "company", "firm", "group",
            "operator", "utility", "carrier", "airline", "bank", "lender", "insurer", "regulator", "broadcaster",
            "newspaper", "party", "union", "militia", "movement", "conglomerate", "manufacturer", "maker", "producer",
            "trader", "retailer", "shipbuilder", "supplier", "exporter", "developer", "subsidiary", "consortium",
            "agence", "societe", "compagnie", "entreprise", "operateur", "groupe", "banque", "syndicat", "parti");
    private static final Set<String> ORG_CUES_AFTER = WordSet.of("agency", "company", "group", "party", "militia",
            "movement", "newspaper", "daily", "broadcaster", "firm", "chief", "ceo", "chairman", "shares",
            "executives", "gang", "cartel", "leader");
    /**
     * Cues after a name that say it is a body only right after it ("Vextra executives", "Vextra shares"); "leader"
     * after a name is a party's ("Green Unity leader Tom Vell").
     */
    private static final Set<String> PEOPLE_OF_BODIES = WordSet.of("chief", "ceo", "chairman", "shares", "executives",
            "leader");
    /** Domains of Canada's federal departments, named "<domain> Canada" ("Transport Canada", "Parks Canada"). */
    private static final Set<String> CANADIAN_DOMAINS = WordSet.of("transport", "health", "environment", "justice",
            "finance", "parks", "statistics", "elections", "fisheries", "heritage", "infrastructure", "employment",
            "immigration", "agriculture", "industry", "public", "global", "indigenous", "veterans", "housing",
            // French names: "Santé Canada", "Pêches et Océans Canada", "Affaires mondiales Canada".
            "sante", "transports", "environnement", "peches", "statistique", "parcs", "patrimoine", "emploi",
            "affaires", "ressources", "securite", "services", "anciens", "innovation");
    /** Prepositions after which an unknown capitalised word is a place ("near Tibú", "vers Hinche", "au Lamentin"). */
    private static final Set<String> LOCATIVE_BEFORE = WordSet.of("near", "in", "at", "outside", "toward", "towards",
            "off", "around", "visit", "visits", "visited", "visiting", "pres", "vers", "a", "au", "dans", "visite", "en");
    /** Weaker place cues, enough before a word that is a town's name somewhere (towns.txt). */
    private static final Set<String> TOWN_CUES_BEFORE = WordSet.of("from", "of", "on", "via", "de", "depuis",
            "d", "entre", "sur", "near", "in", "at", "around", "outside", "a", "au", "vers", "pres", "dans");
    private static final Set<String> ARTICLES_A = WordSet.of("a", "an", "une", "un");
    /** Words opening an apposition that places a name in a region ("X, in northern Y", "X, dans le sud de Y"). */
    private static final Set<String> APPOSITION_PLACE_LINKS = WordSet.of("in", "near", "dans", "pres", "en", "au");
    /** Kinds of settlement an apposition may call a name besides the town nouns ("X, a camp near Y"). */
    private static final Set<String> DESCRIBED_PLACE_NOUNS = WordSet.of("camp", "hamlet", "settlement", "slum",
            "township", "hameau", "bourg", "quartier", "neighbourhood", "neighborhood", "region", "province");
    private static final Set<String> TOWN_NOUNS = WordSet.of("town", "city", "village", "port", "district", "suburb",
            "ville", "commune", "localite", "bourgade", "municipality", "island", "ile");
    /**
     * Lower-case links between the capitalised parts of a town's hyphenated name ("Bourg-en-Bresse",
     * "Saint-Amand-sur-Fion", "Stoke-on-Trent"); a person's or a firm's hyphenated name does not hold them.
     */
    private static final Set<String> TOWN_NAME_LINKS = WordSet.of("sur", "sous", "en", "lès", "lez", "le", "la",
            "les", "de", "du", "des", "aux", "au", "on", "upon", "under", "in", "by");
    /** French words that open a hyphenated name of an upper or lower land or a valley ("Haute-Corrèze", "Val-Morin"). */
    private static final Set<String> UPLAND_PREFIXES = Set.of("Haut", "Haute", "Hautes", "Hauts", "Bas", "Basse",
            "Basses", "Val");
    /** The word before a saint's name inside a hyphenated place name ("Bourg-Saint-Maurice"). */
    private static final Set<String> SAINT_WORDS = WordSet.of("saint", "sainte", "st", "ste");
    /**
     * Locative prepositions before which a run of two or more unknown capitalised words is a place ("at Casa Nueva",
     * "near Silver Creek"); French "à" is left out, since it also introduces a person ("a écrit à Jean Dupont").
     */
    private static final Set<String> PLACE_RUN_BEFORE = WordSet.of("near", "in", "at", "outside", "off", "around",
            "pres", "vers", "au", "dans");
    private static final Set<String> EVENT_HEADS = WordSet.of("show", "summit", "forum", "festival", "expo", "games",
            "cup", "championship", "olympics", "salon", "sommet", "day");
    private static final Set<String> STORMS = WordSet.of("typhoon", "hurricane", "cyclone", "storm", "tempete",
            "ouragan", "typhon");
    /** Particles of filiation inside Arab and Sahelian names ("Ould", "Ben", "Bin", "Ibn"), capitalised there. */
    private static final Set<String> FILIATION_PARTICLES = WordSet.of("ould", "ben", "bin", "ibn", "bint", "mint");
    /** English nouns for the armed members of a group, written after its name ("Abu Sayyaf gunmen"). */
    private static final Set<String> ARMED_MEMBERS = WordSet.of("gunmen", "militants", "fighters", "jihadists",
            "insurgents", "militiamen", "rebels");
    /** Words that grade a storm before its kind ("Super Typhoon", "Tropical Storm", "Severe Tropical Cyclone"). */
    private static final Set<String> STORM_GRADES = WordSet.of("super", "tropical", "severe", "violent");
    /** Words that open a military operation's name, which names no person. */
    private static final Set<String> OPERATIONS = WordSet.of("operation", "operacion", "operacao");
    /** Legislatures named by their kind alone ("near Parliament", "Congress approved"). */
    private static final Set<String> LEGISLATURES = WordSet.of("parliament", "congress", "senate", "parlement",
            "senat");
    /**
     * Heads whose complement after "of" may hold "and" ("Department of Social Welfare and Development", "Bureau of
     * Safety and Environmental Enforcement").
     */
    private static final Set<String> PORTFOLIO_HEADS = WordSet.of("ministry", "department", "secretariat", "office",
            "bureau", "agency", "directorate", "administration", "institute");
    /** Bodies other than a government's whose complement after "of" may hold "and" ("Chamber of Commerce and Industry"). */
    private static final Set<String> COMPLEMENT_BODIES = WordSet.of("union", "chamber", "chambers");
    /** Bodies named with their remit after "on" ("Commission on Human Rights", "Conference on Disarmament"). */
    private static final Set<String> REMIT_HEADS = WordSet.of("commission", "committee", "council", "conference",
            "panel", "forum");
    /** Directions after "Centre-" in regions' names ("Centre-Nord", "Centre-Est"). */
    private static final Set<String> COMPASS_PARTS = WordSet.of("nord", "sud", "est", "ouest", "north", "south", "east",
            "west", "ville");
    /** Verbs of speech after a body's name ("Entergy said", "Arianespace a annoncé"). */
    private static final Set<String> BODY_SPEECH = WordSet.of("said", "says", "announced", "declined", "reported",
            "confirmed", "annonce", "indique", "precise", "declare", "confirme", "dit", "assure", "affirme", "ajoute",
            "estime", "explique", "souligne");
    /** Verbs of running a site in a relative clause after a body's name ("Vextra, which runs …", "Vextra, qui exploite …"). */
    private static final Set<String> RUNS_SITE = WordSet.of("runs", "operates", "owns", "exploite", "detient", "gere",
            "possede", "controle");
    /** Liquefied gas, written after a venture's name ("Tarvik LNG", "Velsa FLNG", "Tarvik GNL"). */
    private static final Set<String> LIQUEFIED_GAS = Set.of("LNG", "FLNG", "GNL");
    /** Sites after a liquefied gas venture's name that make the name a place ("the Tarvik LNG plant"). */
    private static final Set<String> LIQUEFIED_GAS_SITES = WordSet.of("plant", "project", "terminal", "facility",
            "complex", "site", "usine", "projet", "complexe");
    /** Possessive determiners before a site's own name ("its Tarvik mine", "their Olen field"). */
    private static final Set<String> SITE_POSSESSIVES = WordSet.of("its", "their");
    /** Sites a company names after their place or a name of their own, after a possessive ("its Tarvik plant"). */
    private static final Set<String> OWN_SITES = WordSet.of("mine", "mines", "field", "fields", "plant", "refinery",
            "smelter", "terminal", "project", "works", "deposit", "concession", "pipeline", "oilfield", "facility",
            "complex", "quarry");
    /** Prefixes that join a country's name in places and adjectives, not in bodies' names. */
    private static final Set<String> NOT_BODY_PREFIXES = WordSet.of("nord", "sud", "est", "ouest", "haut", "haute",
            "bas", "basse", "grand", "grande", "petit", "petite", "saint", "sainte", "centre", "north", "south", "east",
            "west", "upper", "lower", "new", "nouvelle", "greater", "central", "trans", "pan", "anti", "pro", "ex",
            "post", "franco", "anglo", "afro", "euro", "indo", "sino", "russo", "israelo", "arabo", "irano", "turco",
            "germano", "italo", "hispano", "greco", "austro", "belgo", "luso", "latino", "americano");
    /** French elided articles and prepositions: "L'Union" is not a name like "N'Guessan". */
    private static final Set<String> ELIDED = WordSet.of("l", "qu", "j", "s", "c");
    /** What follows an apostrophe in contractions and possessives ("Smith's", "Aujourd'hui"), not inside a name. */
    private static final Set<String> NOT_INNER_APOSTROPHE = WordSet.of("s", "t", "re", "ll", "ve", "d", "m", "hui",
            "un", "une", "ile");
    /** Particles of two words inside a name, by their first word. */
    private static final Map<String, Set<String>> PARTICLE_PAIRS = Map.of(
            "de", WordSet.of("la", "las", "los"), "van", WordSet.of("der", "den", "de"), "von", WordSet.of("der", "dem"));
    /** Spanish and Portuguese feature words that open place names with "de la" ("Río de la Plata", "Isla de la Juventud"). */
    private static final Set<String> PLACE_WORDS_BEFORE_PARTICLES = WordSet.of("rio", "lago", "cerro", "sierra", "isla",
            "playa", "plaza", "monte", "costa", "villa", "ciudad", "puerta", "punta", "bahia", "laguna");
    private static final Set<String> CUE_FILLERS = WordSet.of("of", "de", "d", "du", "des", "the", "state", "oil",
            "energy", "mining", "tech", "car", "public", "publique", "automobile", "petrolier", "minier", "power",
            "grid", "gas", "electricity", "clothing", "shipping", "steel", "telecoms", "defence", "defense",
            "chemicals", "national", "nationale", "maritime", "aerienne", "electricite", "'", "’");
    /** French articles that open a place's name when written with a capital mid-sentence ("La Tuque", "Le Havre"). */
    private static final Set<String> PLACE_ARTICLES = WordSet.of("La", "Le", "Les");
    /** Articles between a place cue and the name ("la région de l'Extrême-Nord"). */
    private static final Set<String> ARTICLES = WordSet.of("the", "la", "le", "les", "l", "'", "’");
    private static final Set<String> NOT_ACRONYMS = WordSet.of("GMT", "UTC", "TV", "AM", "PM", "CEO", "KM", "USD", "EUR",
            "COVID", "PDF", "OK", "ID", "DNA", "GDP", "VIP", "SMS", "GPS", "LNG", "LPG", "CET", "EST", "BST", "II",
            "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIV", "XX", "XXI", "HIV", "AIDS", "UAV", "CCTV",
            // drugs
            "MDMA", "LSD", "THC", "GHB", "PCP");
    /** Sites a company runs, named after it ("the Valero refinery in Pembroke"). */
    private static final Set<String> COMPANY_SITES = WordSet.of("refinery", "plant", "factory", "smelter", "mill",
            "terminal", "shipyard", "works", "steelworks", "warehouse", "depot");

    /** Heads of government bodies whose country follows them as a place ("the Ministry of Health in Uganda"). */
    private static final Set<String> MINISTRY_WORDS = WordSet.of("ministry", "ministries", "government", "embassy",
            "consulate", "army", "navy", "police", "forces", "court", "bank", "parliament", "council", "commission",
            "university", "presidency", "cabinet");

    /** Punctuation that closes a French body's remit ("Fonds OPEP pour le développement international,"). */
    private static final Set<String> REMIT_ENDS = WordSet.of(",", "(", ".", ")", ";", ":", "»");

    /** Verbs after a port that make it the body running it ("Foyle Port signed"). */
    private static final Set<String> PORT_ACTS = WordSet.of("signed", "agreed", "awarded", "invested", "launched",
            "hired", "appointed", "plans", "planned", "welcomed", "warned", "opened");
    /** Nouns of a deal whose parties follow "with the" ("an agreement with the Port of Aberdeen"). */
    private static final Set<String> DEALS = WordSet.of("agreement", "deal", "contract", "partnership", "memorandum",
            "accord", "talks");

    /** Adjectives before a place's name ("Rural Manitoba", "Mainland China"), which make no body of it. */
    private static final Set<String> PLACE_ADJECTIVES = WordSet.of("rural", "mainland", "urban", "remote", "inland",
            "coastal", "occupied", "independent", "modern", "ancient", "old", "all", "free", "war-torn", "neighbouring",
            "neighboring", "wider", "metropolitan", "provincial", "southeast", "southwest", "northeast", "northwest",
            "far", "deep", "inner", "outer", "mid", "middle", "top", "little", "big", "whole", "entire", "today",
            "tomorrow", "yesterday", "then", "now", "when", "while", "after", "before", "in", "on", "at", "as", "but",
            "and", "so", "if", "though", "although", "for", "by", "from", "with", "without", "across");
    /** Words before "to" that lead to a person ("spoke to", "a letter to", "according to"). */
    private static final Set<String> ADDRESSED = WordSet.of("spoke", "speak", "speaks", "speaking", "wrote", "write",
            "writes", "writing", "talked", "talk", "talks", "talking", "said", "say", "says", "told", "letter",
            "sent", "send", "tribute", "according", "belonging", "belongs", "belonged", "married", "replied",
            "responded", "reported", "reports", "close", "closer", "next", "due", "thanks", "owing", "appointed",
            "handed", "gave", "given", "addressed", "referred", "adviser", "advisor", "aide", "successor",
            "deputy", "spokesman", "spokeswoman", "spokesperson", "wife", "husband", "son", "daughter",
            "loyal", "opposed", "message", "messages", "appeal", "appealed", "calls", "call", "phoned", "introduced",
            "presented", "awarded", "went", "lost", "losing", "defeat", "defeated", "apologised", "apologized");
    /**
     * Acronyms French uses as common nouns: taxes, trains, contracts, housing, allowances, firms by size, products
     * ("la TVA", "un TER", "un CDI", "les HLM", "les PME", "un VTT").
     */
    private static final Set<String> FRENCH_COMMON_ACRONYMS = Set.of("TVA", "TER", "TGV", "RER", "VTT", "VTC", "SMIC",
            "HLM", "PIB", "PME", "TPE", "ETI", "PMI", "CDI", "CDD", "RSA", "APL", "IVG", "PMA", "OGM", "TNT", "BTP",
            "EHPAD", "AOC", "IGP", "TTC", "HT", "GNL", "RTT", "SUV", "QG", "PV", "BD", "JO", "TMS");
    private static final Set<String> ADMIN_HEADS = WordSet.of("province", "region", "governorate", "state", "county",
            "district", "departement");

    private final KnowledgeBase kb;
    private final Lexicon lexicon;

    NameSequenceFinder(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
    }

    /** Adds spans to {@code claims}; returns the unknown single capitalised words left for coreference. */
    List<Integer> find(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        List<Integer> singles = new ArrayList<>();
        saintNames(doc, claims);
        portfolioTailsAfterAnd(doc, claims);
        portfolioListsAfterComma(doc, claims);
        countriesAsGivenNames(doc, claims);
        liquefiedGasNames(doc, claims);
        boolean[] titleCase = titleCaseSentences(doc, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (!capWord(tokens, claims, i) || titleCase[tokens.get(i).sentence]) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).sentence == tokens.get(i).sentence) {
                Token t = tokens.get(j);
                if (capWord(tokens, claims, j)) {
                    j++;
                } else if (t.isPunct() && claims.at(j) != null && claims.at(j) == claims.at(j - 1)
                        && capWord(tokens, claims, j + 1)) {
                    // "U.S. Army Corps of Engineers": the full stops of a known abbreviation are inside the name.
                    j++;
                } else if (t.text.equals(".") && t.start == tokens.get(j - 1).end && SAINTS.contains(tokens.get(j - 1).key)
                        && tokens.get(j - 1).capitalised && capWord(tokens, claims, j + 1)) {
                    // "St. Francis Xavier University": the full stop of "St." is inside the name.
                    j++;
                } else if ((middleInitialStop(tokens, j) || initialsStop(tokens, i, j)) && capWord(tokens, claims, j + 1)) {
                    // "Tore O. Sandvik", "R. K. Menon": the full stop of an initial is inside the name.
                    j++;
                } else if ((CONNECTORS.contains(t.key) || CONJUNCTIONS.contains(t.key)) && !t.capitalised
                        && capWord(tokens, claims, j + 1) && !articleBeforeTitle(tokens, j)) {
                    j++;
                } else if (t.key.equals("on") && !t.capitalised && REMIT_HEADS.contains(tokens.get(j - 1).key)
                        && capWord(tokens, claims, j + 1)) {
                    // "Valdor Commission on Human Rights", "Council on Foreign Relations": a body's remit after "on".
                    j++;
                } else if ((t.key.equals("of") || t.key.equals("for")
                        && lexicon.orgWordsLatin.contains(tokens.get(j - 1).key)) && !t.capitalised
                        && j + 2 < tokens.size() && tokens.get(j + 1).key.equals("the") && !tokens.get(j + 1).capitalised
                        && capWord(tokens, claims, j + 2) && (lexicon.orgWordsLatin.contains(tokens.get(j - 1).key)
                        || bodyAfter(tokens, claims, j + 2) && !opensSentence(tokens, j - 1)
                        && !tokens.get(j - 1).key.endsWith("s")) && !personBeforeOf(tokens, i, j)) {
                    // "Office of the High Representative": a body named after an office holder ("Commission for
                    // the Protection of Rivers": after a kind of body, "for the" too); "Voice of the
                    // Farmers Party": a body whose name ends after "of the" ("Officers of the Vestland Police
                    // Force" are its members).
                    j += 2;
                } else if (PARTICLE_PAIRS.containsKey(t.key) && !t.capitalised && j + 2 < tokens.size()
                        && PARTICLE_PAIRS.get(t.key).contains(tokens.get(j + 1).key) && !tokens.get(j + 1).capitalised
                        && capWord(tokens, claims, j + 2) && !articleBeforeTitle(tokens, j + 1)
                        && !lexicon.placeHeadsLatin.contains(tokens.get(i).key)
                        && !PLACE_WORDS_BEFORE_PARTICLES.contains(tokens.get(i).key)) {
                    // "Juan Ramón de la Fuente", "Rafael van der Vaart": a particle of two words ("Río de la Plata"
                    // is left to the place rules).
                    j += 2;
                } else if (t.text.equals("'") && j + 2 < tokens.size() && tokens.get(j + 1).key.equals("s")
                        && capWord(tokens, claims, j + 2) && !isKnownPlace(claims, j - 1) && !isKnownBody(claims, j - 1)
                        && !(lexicon.orgWordsLatin.contains(tokens.get(j - 1).key) && tokens.get(j - 1).capitalised)) {
                    // "Ulster University's Magee campus": after a body's name, the possessive ends it.
                    j += 2;
                } else if ((t.text.equals("'") || t.text.equals("’")) && tokens.get(j - 1).end == t.start
                        && tokens.get(j - 1).key.endsWith("s") && tokens.get(j - 1).key.length() > 3
                        && j + 1 < tokens.size() && tokens.get(j + 1).start > t.end && capWord(tokens, claims, j + 1)
                        && orgWordIn(tokens, j + 1, Math.min(tokens.size(), j + 4))) {
                    // "Ulster Farmers' Union": a plural possessive in a name.
                    j++;
                } else if ((t.text.equals("'") || t.text.equals("’")) && tokens.get(j - 1).end == t.start
                        && j + 1 < tokens.size() && tokens.get(j + 1).start == t.end && capWord(tokens, claims, j + 1)
                        && (tokens.get(j - 1).text.length() <= 2 && !ELIDED.contains(tokens.get(j - 1).key)
                        || tokens.get(j - 1).key.endsWith("-d") || tokens.get(j - 1).key.endsWith("-l"))) {
                    // N'Guessan, O'Brien, D'Souza; an elided article inside a hyphenated place ("Pont-l'Abbaye")
                    j += 2;
                } else if ((t.text.equals("'") || t.text.equals("’")) && tokens.get(j - 1).end == t.start
                        && tokens.get(j - 1).text.length() >= 3 && j + 1 < tokens.size()
                        && tokens.get(j + 1).start == t.end && tokens.get(j + 1).isWord()
                        && !tokens.get(j + 1).capitalised && !NOT_INNER_APOSTROPHE.contains(tokens.get(j + 1).key)) {
                    // "Tama'a", "Vaiki'olo": an apostrophe (a glottal stop) inside a Polynesian name.
                    j += 2;
                } else if (remitAfterPour(doc, i, j) > j) {
                    // "Fonds OPEP pour le développement international,": a French body's remit, in lower case after
                    // "pour", runs to the punctuation that ends the name.
                    j = remitAfterPour(doc, i, j);
                    break;
                } else if (countryOfBody(tokens, claims, i, j)) {
                    // "Federation of Enterprises in Belgium", "American Chamber of Commerce in Egypt": a body of a
                    // trade or a people ends with the country it is in.
                    j = claims.at(j + 1).end;
                    break;
                } else if (numberedBranch(tokens, i, j)) {
                    // "Escondida Mine Workers' Union No. 1", "Lodge No. 4": the number of a branch ends the name.
                    j += 2;
                    break;
                } else if (unionLocal(tokens, j)) {
                    // "Teamsters Local 4417": a union's branch is numbered, and the number ends the name.
                    j++;
                    break;
                } else {
                    break;
                }
            }
            splitAtConjunctions(doc, claims, i, j, singles);
            i = j - 1;
        }
        portsActingAsBodies(doc, claims);
        prosecutorsOfPlaces(doc, claims);
        portfolioListsAfterComma(doc, claims);
        companiesOfCountries(doc, claims);
        return singles;
    }

    /**
     * "Vecturis Angola, which runs the trains", "Sucaf Centrafrique a dit": an unknown word just before a country's name,
     * the two alone between lower-case words or punctuation, is a company's national arm, not a word and a place.
     */
    private void companiesOfCountries(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Span country = claims.at(k);
            Token x = tokens.get(k - 1);
            if (country == null || country.type != EntityType.LOC || country.start != k || country.end != k + 1
                    || claims.at(k - 1) != null || !x.isWord() || !x.capitalised || x.allCaps || x.text.length() < 4
                    || x.sentence != tokens.get(k).sentence || x.end + 1 != tokens.get(k).start
                    || k >= 2 && tokens.get(k - 2).isWord() && tokens.get(k - 2).capitalised
                    || tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalised
                    || lexicon.everydayWords.contains(x.key) || isStop(doc, x) || lexicon.towns.contains(x.key)
                    || lexicon.demonyms.containsKey(x.key) || lexicon.placeHeadsLatin.contains(x.key)
                    || ArabicNameRomaniser.LATIN_NAMES.listed(x.key) || kb.index().start(x.key) != null
                    || !countryName(tokens.get(k).text)) {
                continue;
            }
            claims.override(newSpan(doc, k - 1, k + 1, EntityType.ORG, Span.Source.CAPITALS));
        }
    }

    /** Whether the capitalised words from {@code k} (at most four) end with a kind of body ("People Party"). */
    private boolean bodyAfter(List<Token> tokens, Claims claims, int k) {
        int end = k;
        while (end < tokens.size() && end - k < 4 && capWord(tokens, claims, end)) {
            end++;
        }
        return end > k + 1 && lexicon.orgWordsLatin.contains(tokens.get(end - 1).key)
                && (end == tokens.size() || !capWord(tokens, claims, end));
    }

    /**
     * "St. Elizabeth", "Mt. Kenya": the abbreviation, its full stop and the capitalised words after it are one place,
     * over the given name or town the knowledge base found in it ("Elizabeth"); "St. Mary's Hospital" is left to the
     * organisation rules.
     */
    private void saintNames(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            // Cheap tests first: this runs over every token of every document.
            if (!t.capitalised || t.key.length() > 3 || !SAINTS.contains(t.key)) {
                continue;
            }
            Token stop = tokens.get(i + 1);
            if (!stop.text.equals(".") || stop.start != t.end) {
                continue;
            }
            int end = i + 2;
            while (end < tokens.size() && end - i < 5 && tokens.get(end).isWord() && tokens.get(end).capitalised
                    && tokens.get(end).sentence == t.sentence && !lexicon.orgWordsLatin.contains(tokens.get(end).key)) {
                end++;
            }
            boolean org = end < tokens.size() && (lexicon.orgWordsLatin.contains(tokens.get(end).key)
                    || tokens.get(end).text.equals("'") || tokens.get(end).text.equals("’"));
            if (end > i + 2 && !org) {
                claims.override(newSpan(doc, i, end, EntityType.LOC, Span.Source.CAPITALS));
                i = end - 1;
            }
        }
    }

    /** "à Malabo le Premier ministre …": an article before a title starts a new phrase, not a longer name. */
    private boolean articleBeforeTitle(List<Token> tokens, int j) {
        String key = tokens.get(j).key;
        return (key.equals("le") || key.equals("la")) && lexicon.titles.match(tokens, j + 1) != null;
    }

    private void splitAtConjunctions(Document doc, Claims claims, int from, int to, List<Integer> singles) {
        List<Token> tokens = doc.tokens();
        if (personAfterPortfolios(doc, claims, from, to)) {
            return;
        }
        boolean orgAfterConjunction = false;
        boolean seenConjunction = false;
        boolean knownFirst = false;
        for (int k = from; k < to; k++) {
            if (splitsNames(tokens, claims, k)) {
                knownFirst |= !seenConjunction && knownWhole(claims, from, k);
                seenConjunction = true;
            } else if (seenConjunction && lexicon.orgWordsLatin.contains(tokens.get(k).key)) {
                orgAfterConjunction = true;
            }
        }
        if (seenConjunction && pluralOrgCueBefore(tokens, from)) {
            bodiesAfterPluralCue(doc, claims, from, to, singles);
            return;
        }
        if (from + 1 < to && opensSentence(tokens, from) && PLURAL_ORG_CUES.contains(tokens.get(from).key)
                && claims.at(from) == null) {
            // "Exporters Tarvel, Olmira and Quentor said": the kind of body opens the sentence.
            bodiesAfterPluralCue(doc, claims, from + 1, to, singles);
            return;
        }
        int split = firstSplit(tokens, claims, from, to);
        if (split < to && canadianDepartment(tokens, from, split) && canadianDepartment(tokens, split + 1, to)) {
            // "Health Canada and Justice Canada", "Santé Canada et Transports Canada": two departments.
            classify(doc, claims, from, split, singles);
            classify(doc, claims, split + 1, to, singles);
            return;
        }
        int national = orgAfterConjunction && !knownFirst ? nationalBodyAfter(tokens, claims, from, to) : -1;
        if (!seenConjunction || orgAfterConjunction && !knownFirst && national < 0
                && !twoBodies(tokens, claims, from, to) || portfolioWithAnd(tokens, from, to)
                || canadianDepartment(tokens, from, to) || councilOfTwoPlaces(claims, tokens, from, to)
                || ofTheTwoWords(tokens, claims, from, to)) {
            // "Bahamas Power and Light" is one company; "BP and Kosmos Energy" two, the first known whole.
            classify(doc, claims, from, to, singles);
            return;
        }
        if (national > 0) {
            // "Zelcom and Kenya Power": the name paired with the second body is a body too.
            classify(doc, claims, national + 1, to, singles);
            int first = from;
            while (first < national && isStop(doc, tokens.get(first))) {
                first++;
            }
            if (first < national && (claims.free(first, national) || placesAndNewWordsInside(claims, first, national))) {
                claims.override(newSpan(doc, first, national, EntityType.ORG, Span.Source.CAPITALS));
            }
            return;
        }
        int start = from;
        for (int k = from; k <= to; k++) {
            if (k == to || splitsNames(tokens, claims, k)) {
                if (k > start) {
                    classify(doc, claims, start, k, singles);
                }
                start = k + 1;
            }
        }
    }

    /**
     * "Minister of Mines and Energy Edwin Palma", "Deputy Minister of Industries, Mines and Energy Gotthard Kasuto": after
     * a title and "of" (or after the comma of its list of portfolios), the portfolios joined by "and" end the title and
     * the two or three capitalised words after them are its holder. The portfolios are the listed ones, or, when the
     * holder's first word is a listed given name, whatever words come before it.
     */
    private boolean personAfterPortfolios(Document doc, Claims claims, int from, int to) {
        List<Token> tokens = doc.tokens();
        if (from + 1 < to && tokens.get(from).key.equals("the")) {
            from++;
        }
        PhraseTrie.Match<String> title = lexicon.titles.match(tokens, from);
        boolean titled = false;
        if (title != null && title.end() + 1 < to && tokens.get(title.end()).key.equals("of")) {
            // The run opens with the title: "Minister of Mines and Energy Edwin Palma".
            from = title.end() + 1;
            titled = true;
        } else if (title != null && title.end() > from + 1 && title.end() < to
                && tokens.get(title.end() - 1).key.equals("of")) {
            // A title listed with its "of": "Deputy Minister of".
            from = title.end();
            titled = true;
        }
        if (to - from < 4 || !titled && !portfolioOfTitle(tokens, listStart(tokens, from))) {
            return false;
        }
        int k = from;
        boolean joined = false;
        while (k < to) {
            PhraseTrie.Match<String> portfolio = lexicon.portfoliosLatin.match(tokens, k);
            if (portfolio == null || portfolio.end() >= to) {
                break;
            }
            k = portfolio.end();
            joined |= portfolio.end() - portfolio.start() > 1;
            if (k + 1 < to && CONJUNCTIONS.contains(tokens.get(k).key) && !tokens.get(k).capitalised) {
                joined = true;
                k++;
            }
        }
        int name = k > from && joined && !CONJUNCTIONS.contains(tokens.get(k - 1).key) ? k : -1;
        if (name < 0 || to - name > 3 || to - name < 2) {
            // The portfolios are everyday words after the last "and"; the holder's words are none.
            name = -1;
            int and = to - 1;
            while (and > from && !(CONJUNCTIONS.contains(tokens.get(and).key) && !tokens.get(and).capitalised)) {
                and--;
            }
            int g = and + 1;
            while (and > from && g < to && (lexicon.everydayWords.contains(tokens.get(g).key) || to - g > 3)) {
                // A portfolio word that is also a given name ("Ocean", "Marine") stays in the title while more
                // than a holder's three words follow it.
                g++;
            }
            boolean holder = g > and + 1 && to - g >= 2 && to - g <= 3;
            for (int u = g; holder && u < to; u++) {
                holder = !lexicon.everydayWords.contains(tokens.get(u).key);
            }
            name = holder ? g : -1;
        }
        if (name < 0) {
            return false;
        }
        for (int u = name; u < to; u++) {
            Token t = tokens.get(u);
            if (!t.isWord() || !t.capitalised || claims.at(u) != null && claims.at(u).end > to || lexicon.orgWordsLatin.contains(t.key)
                    || lexicon.placeHeadsLatin.contains(t.key)) {
                return false;
            }
        }
        claims.override(newSpan(doc, name, to, EntityType.PERSON, Span.Source.CAPITALS));
        return true;
    }

    /**
     * "Minister of State for Coast Conservation Ruwan Senarath", "Minister of Industry and Entrepreneurship Development
     * Sunil Handunnetti", "Minister of State for Economic Coordination Jose de Lima Massano": after a title, "of" or
     * "for" and maybe earlier portfolios, a run opening with everyday words is the rest of the portfolio, and the two or
     * three words after them (with a particle's words after the run) are the holder.
     */
    private boolean holderAfterTitleAndPortfolios(Document doc, Claims claims, int from, int to) {
        List<Token> tokens = doc.tokens();
        PhraseTrie.Match<String> title = lexicon.titles.match(tokens, from);
        boolean titled = false;
        if (title != null && title.end() < to) {
            // The run opens with the title: "Minister of State for Coast Conservation ...".
            int p = title.end();
            while (p < to && (linkOfTitle(tokens.get(p)) || p + 1 < to && linkOfTitle(tokens.get(p + 1))
                    && tokens.get(p).key.equals("state"))) {
                p++;
            }
            titled = p > title.end();
            from = titled ? p : from;
        }
        if (to - from < 2 || !lexicon.everydayWords.contains(tokens.get(from).key)
                || !titled && !titleAndPortfoliosBefore(tokens, from)) {
            return false;
        }
        int g = from;
        while (g < to && (lexicon.everydayWords.contains(tokens.get(g).key) || to - g > 3)
                && !(g + 1 < to && particleAt(tokens, g + 1))) {
            g++;
        }
        int particles = 0;
        for (int u = g; u < to; u++) {
            particles += particleAt(tokens, u) ? 1 : 0;
        }
        int end = to;
        if (to + 1 < tokens.size() && !tokens.get(to).capitalised && NAME_PARTICLES.contains(tokens.get(to).key) && tokens.get(to + 1).isWord()
                && tokens.get(to + 1).capitalised && tokens.get(to + 1).sentence == tokens.get(to).sentence) {
            // "Jose de Lima Massano": the holder's name runs on after its particle.
            end = to + 1;
            while (end < tokens.size() && end - to < 3 && tokens.get(end).isWord() && tokens.get(end).capitalised
                    && !lexicon.orgWordsLatin.contains(tokens.get(end).key)) {
                end++;
            }
        }
        if (g == from || g >= to || end - g < 2 || to - g - particles > 3) {
            return false;
        }
        for (int u = g; u < end; u++) {
            Token t = tokens.get(u);
            if (u < to && !particleAt(tokens, u) && (!t.isWord() || !t.capitalised || lexicon.everydayWords.contains(t.key)
                    || lexicon.orgWordsLatin.contains(t.key) || lexicon.placeHeadsLatin.contains(t.key))) {
                return false;
            }
        }
        claims.override(newSpan(doc, g, end, EntityType.PERSON, Span.Source.CAPITALS));
        return true;
    }

    private static boolean particleAt(List<Token> tokens, int k) {
        return !tokens.get(k).capitalised && NAME_PARTICLES.contains(tokens.get(k).key);
    }

    private static boolean linkOfTitle(Token t) {
        return !t.capitalised && (t.key.equals("of") || t.key.equals("for"));
    }

    /** A title and "of" or "for" before {@code from}, with only portfolios, commas and "and" between. */
    private boolean titleAndPortfoliosBefore(List<Token> tokens, int from) {
        for (int p = from - 1; p >= 1 && from - p <= 10 && tokens.get(p).sentence == tokens.get(from).sentence; p--) {
            Token t = tokens.get(p);
            if (!t.capitalised && (t.key.equals("of") || t.key.equals("for"))) {
                for (int back = 1; back <= 3 && p - back >= 0; back++) {
                    PhraseTrie.Match<String> title = lexicon.titles.match(tokens, p - back);
                    if (title != null && title.end() == p) {
                        return true;
                    }
                }
            } else if (!(t.text.equals(",") || !t.capitalised && t.key.equals("and") || t.isWord() && t.capitalised)) {
                return false;
            }
        }
        return false;
    }

    /** The first portfolio of a list whose later member opens at {@code from} ("Industries" for "Mines" in "Minister of Industries, Mines and ..."). */
    private static int listStart(List<Token> tokens, int from) {
        int p = from;
        while (p - 2 >= 0 && from - p < 8 && tokens.get(p - 1).text.equals(",") && tokens.get(p - 2).isWord()
                && tokens.get(p - 2).capitalised) {
            p -= 2;
            while (p - 1 >= 0 && from - p < 8 && tokens.get(p - 1).isWord() && tokens.get(p - 1).capitalised) {
                p--;
            }
        }
        return p;
    }

    /** "les armateurs Vexal et …", "les groupes italiens Vexal et …": a plural kind of body before the list. */
    private boolean pluralOrgCueBefore(List<Token> tokens, int from) {
        int c = from - 1;
        if (c >= 1 && !tokens.get(c).capitalised && lexicon.demonyms.containsKey(tokens.get(c).key)) {
            c--;
        }
        return c >= 0 && !tokens.get(c).capitalised && PLURAL_ORG_CUES.contains(tokens.get(c).key);
    }

    /** "Les repreneurs Nordsteel et Aciéries Vexin": each name of the list is a body, whatever its words. */
    private void bodiesAfterPluralCue(Document doc, Claims claims, int from, int to, List<Integer> singles) {
        List<Token> tokens = doc.tokens();
        int start = from;
        for (int k = from; k <= to; k++) {
            if (k < to && !splitsNames(tokens, claims, k)) {
                continue;
            }
            if (k > start && (claims.free(start, k) || placesAndNewWordsInside(claims, start, k))) {
                claims.override(newSpan(doc, start, k, EntityType.ORG, Span.Source.CAPITALS));
            } else if (k > start) {
                classify(doc, claims, start, k, singles);
            }
            start = k + 1;
        }
    }

    /**
     * "Department of Social Welfare and Development", "Ministry of Culture and Tourism", "Vestland Department of Roads
     * and Harbours", "Union of Textile and Garment Workers": a ministry's or a union's complement runs on through one
     * "and" to at most three words.
     */
    private static boolean portfolioWithAnd(List<Token> tokens, int from, int to) {
        while (from + 2 < to && !(complementHead(tokens.get(from)) && tokens.get(from + 1).key.equals("of"))
                && !CONJUNCTIONS.contains(tokens.get(from).key)) {
            from++;
        }
        if (from + 2 >= to || !complementHead(tokens.get(from)) || !tokens.get(from + 1).key.equals("of")) {
            return false;
        }
        int conjunctions = 0;
        int after = 0;
        for (int k = from + 2; k < to; k++) {
            if (CONJUNCTIONS.contains(tokens.get(k).key)) {
                conjunctions++;
            } else if (conjunctions > 0) {
                after++;
            }
        }
        return conjunctions == 1 && after >= 1 && after <= 3;
    }

    /**
     * "Ministry of Foreign Affairs and Trade", "Chamber of Commerce and Industry": a body already named (by the
     * knowledge base or a finder) as far as the "and" of its complement runs on through it to one to three free
     * capitalised words, when nothing capitalised follows them (not "the Ministry of Health and Interior Minister X").
     */
    private void portfolioTailsAfterAnd(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (Span body : claims.spans()) {
            int e = body.end;
            if (body.type != EntityType.ORG || e + 1 >= tokens.size() || claims.at(e - 1) != body
                    || !CONJUNCTIONS.contains(tokens.get(e).key) || tokens.get(e).capitalised
                    || !tokens.get(e).key.equals("and") || !complementInside(tokens, body.start, e)) {
                continue;
            }
            int u = e + 1;
            while (u < tokens.size() && u - e <= 3 && tokens.get(u).sentence == tokens.get(e).sentence
                    && tokens.get(u).isWord() && tokens.get(u).capitalised && claims.at(u) == null
                    && !lexicon.orgWordsLatin.contains(tokens.get(u).key) && lexicon.titles.match(tokens, u) == null) {
                u++;
            }
            if (u == e + 1 || u < tokens.size() && (tokens.get(u).isWord() && tokens.get(u).capitalised
                    || possessiveAt(tokens, u))) {
                continue;
            }
            claims.override(newSpan(doc, body.start, u, EntityType.ORG, Span.Source.CAPITALS));
        }
    }

    /**
     * "Ministry of Industries, Mines and Energy", "ministère de l'Énergie, de l'Eau et des Mines": a ministry already
     * named as far as its first portfolio runs on through a list of portfolios, each after a comma, the last after
     * "and"/"et", each of one to three capitalised words (in French after "de", "du", "des", "de la" or "de l'", with
     * at most one lower-case adjective after it), when no capital follows the list (not "the Ministry of Health,
     * Interior Minister X and ...").
     */
    private void portfolioListsAfterComma(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        boolean french = doc.language().equals("fr");
        for (Span body : claims.spans()) {
            int e = body.end;
            boolean and = e < tokens.size() && !tokens.get(e).capitalised && tokens.get(e).key.equals(french ? "et" : "and");
            if (body.type != EntityType.ORG || e + 2 >= tokens.size() || claims.at(e - 1) != body
                    || !tokens.get(e).text.equals(",") && !and || !(french ? tokens.get(body.start).key.equals("ministere")
                    : complementInside(tokens, body.start, e) && PORTFOLIO_HEADS.contains(tokens.get(body.start).key))) {
                continue;
            }
            int u = portfolioListEnd(tokens, claims, e, french);
            for (int w = e + 1; and && !french && w < u; w++) {
                // "Ministry of Transport and Logistics", not "Ministry of Health and Oxfam": after "and" alone, a
                // portfolio of everyday words.
                u = lexicon.everydayWords.contains(tokens.get(w).key) ? u : -1;
            }
            if (u > e) {
                claims.override(newSpan(doc, body.start, u, EntityType.ORG, Span.Source.CAPITALS));
            }
        }
        for (int h = 0; french && h + 3 < tokens.size(); h++) {
            // "le ministère des Mines, du Pétrole et de l'Énergie": no portfolio of the list is known alone.
            if (!tokens.get(h).key.equals("ministere") || tokens.get(h).capitalised || claims.at(h) != null) {
                continue;
            }
            int first = portfolioItem(tokens, claims, h + 1, true);
            int u = first > h + 1 && claims.free(h + 1, first) ? portfolioListEnd(tokens, claims, first, true) : -1;
            if (u > first && claims.free(h, u)) {
                claims.override(newSpan(doc, h, u, EntityType.ORG, Span.Source.CAPITALS));
                h = u - 1;
            }
        }
    }

    /**
     * The end of a list of portfolios from {@code e} (", Mines and Energy", ", de l'Eau et des Mines", "et des Mines"),
     * the last after "and"/"et", with no capital after it; -1 if there is none.
     */
    private int portfolioListEnd(List<Token> tokens, Claims claims, int e, boolean french) {
        int u = e;
        boolean last = false;
        while (!last && u < tokens.size() && tokens.get(u).sentence == tokens.get(e).sentence) {
            Token sep = tokens.get(u);
            if (sep.text.equals(",")) {
                u++;
                if (u < tokens.size() && !tokens.get(u).capitalised && tokens.get(u).key.equals(french ? "et" : "and")) {
                    // "Industry, Trade, and Tourism": a serial comma before the last portfolio.
                    u++;
                    last = true;
                }
            } else if (!sep.capitalised && sep.key.equals(french ? "et" : "and")) {
                u++;
                last = true;
            } else {
                return -1;
            }
            int item = portfolioItem(tokens, claims, u, french);
            if (item == u) {
                return -1;
            }
            u = item;
        }
        if (!last || u < tokens.size() && tokens.get(u).sentence == tokens.get(e).sentence && tokens.get(u).isWord()
                && tokens.get(u).capitalised) {
            return -1;
        }
        return u;
    }

    /** The end of one portfolio of a list from {@code k} ("Mines", "Sanitation Services", "de l'Eau"); k if none. */
    private int portfolioItem(List<Token> tokens, Claims claims, int k, boolean french) {
        int u = k;
        if (french) {
            while (u < tokens.size() && u - k < 3 && PORTFOLIO_LINKS.contains(tokens.get(u).key)
                    && !tokens.get(u).capitalised && !tokens.get(u).key.equals("of") && !tokens.get(u).key.equals("the")) {
                u++;
            }
            if (u == k) {
                return k;
            }
        }
        int words = u;
        while (u < tokens.size() && u - words < 3 && tokens.get(u).isWord() && tokens.get(u).capitalised
                && (claims.at(u) == null || claims.at(u).type != EntityType.PERSON)
                && !PORTFOLIO_HEADS.contains(tokens.get(u).key) && lexicon.titles.match(tokens, u) == null) {
            u++;
        }
        if (u == words) {
            return k;
        }
        if (french && u < tokens.size() && tokens.get(u).isWord() && !tokens.get(u).capitalised
                && frenchAdjective(tokens.get(u).key)) {
            // "du Développement durable", "de la Formation professionnelle".
            u++;
        } else if (french && u + 2 < tokens.size() && OF_LINKS.contains(tokens.get(u).key) && !tokens.get(u).capitalised
                && tokens.get(u + 1).isWord() && !tokens.get(u + 1).capitalised && tokens.get(u + 1).key.length() > 2
                && (tokens.get(u + 2).text.equals(",") || tokens.get(u + 2).key.equals("et"))) {
            // "de l'Aménagement du territoire,", "du Cadre de vie et": a lower-case complement inside the portfolio.
            u += 2;
        }
        return u;
    }

    private static boolean frenchAdjective(String key) {
        for (String ending : new String[] {"able", "ible", "elle", "ale", "al", "ique", "ive", "if", "aire", "ee"}) {
            if (key.length() > ending.length() + 2 && key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Maurice Kamto", "Chad Ellison": a country's one-word name that is also a listed given name, followed by one or two
     * free capitalised words that name neither a place nor a body, and by no further capital, opens a person's name.
     */
    private void countriesAsGivenNames(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (Span country : claims.spans()) {
            int k = country.start;
            if (country.type != EntityType.LOC || country.length() != 1 || !country.country(kb)
                    || !tokens.get(k).capitalised || tokens.get(k).allCaps
                    || !ArabicNameRomaniser.LATIN_NAMES.listed(tokens.get(k).key)) {
                continue;
            }
            int u = k + 1;
            while (u < tokens.size() && u - k <= 2 && tokens.get(u).sentence == tokens.get(k).sentence
                    && tokens.get(u).isWord() && tokens.get(u).capitalised && !tokens.get(u).allCaps
                    && claims.at(u) == null && !isStop(doc, tokens.get(u))
                    && !lexicon.orgWordsLatin.contains(tokens.get(u).key)
                    && !lexicon.placeHeadsLatin.contains(tokens.get(u).key)) {
                u++;
            }
            if (u == k + 1 || u < tokens.size() && (tokens.get(u).isWord() && tokens.get(u).capitalised
                    || possessiveAt(tokens, u))) {
                continue;
            }
            claims.override(newSpan(doc, k, u, EntityType.PERSON, Span.Source.CAPITALS));
        }
    }

    /**
     * "Nigeria LNG declared", "the Tarvik LNG plant", "Velsa FLNG": a name before "LNG" (or "FLNG", French "GNL")
     * names a gas venture, never a person, and takes "LNG" into its name; a plant or project after it makes it the
     * site, a place, else the company. A known place before "LNG" gives its name to the venture.
     */
    private void liquefiedGasNames(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (!LIQUEFIED_GAS.contains(tokens.get(i).text)) {
                continue;
            }
            Span named = claims.at(i);
            Span before = claims.at(i - 1);
            int start;
            if (named != null && named.type == EntityType.PERSON && named.end == i + 1 && named.start < i) {
                start = named.start;
            } else if (named == null && before != null && before.end == i && before.type == EntityType.LOC
                    && tokens.get(i - 1).sentence == tokens.get(i).sentence) {
                start = before.start;
            } else {
                continue;
            }
            boolean site = i + 1 < tokens.size() && !tokens.get(i + 1).capitalised
                    && LIQUEFIED_GAS_SITES.contains(tokens.get(i + 1).key);
            claims.override(newSpan(doc, start, i + 1, site ? EntityType.LOC : EntityType.ORG, Span.Source.CAPITALS));
        }
    }

    /** Whether the tokens hold a kind of body with a complement after "of" ("Ministry of", "Chambers of"). */
    private static boolean complementInside(List<Token> tokens, int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            if (complementHead(tokens.get(k)) && tokens.get(k + 1).key.equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "General Federation of Trade Unions", "General Union of Oil Workers": a title word right before a capitalised
     * kind of body that no title opens, with more of the name after it, opens the body's name, not a title. Not when
     * a title follows the body's word: "Deputy Senate President X" is one title and a person.
     */
    private boolean bodyAfterTitleWord(List<Token> tokens, int k, int to) {
        return k + 1 < to && tokens.get(k).capitalised && lexicon.orgWordsLatin.contains(tokens.get(k).key)
                && lexicon.titles.match(tokens, k) == null && lexicon.titles.match(tokens, k + 1) == null
                && !possessiveAt(tokens, k + 1);
    }

    /** "Brenton and Hove City Council": a local council named by the two places it serves. */
    private static boolean councilOfTwoPlaces(Claims claims, List<Token> tokens, int from, int to) {
        int k = firstSplit(tokens, claims, from, to);
        if (k >= to - 2 || !tokens.get(to - 1).key.equals("council") || firstSplit(tokens, claims, k + 1, to) < to) {
            return false;
        }
        Span first = claims.at(from);
        Span second = claims.at(k + 1);
        return knownWhole(claims, from, k) && first.type == EntityType.LOC && second != null && second.start == k + 1
                && second.type == EntityType.LOC && second.linked() && second.end < to;
    }

    /**
     * "University of the Highlands and Islands", "Ministry of the Interior and Justice": after a kind of body and "of
     * the", two words joined by "and", the second neither a kind of body nor a name already found, are one complement.
     */
    private boolean ofTheTwoWords(List<Token> tokens, Claims claims, int from, int to) {
        int k = from;
        while (k + 6 < to && !(tokens.get(k + 1).key.equals("of") && tokens.get(k + 2).key.equals("the")
                && lexicon.orgWordsLatin.contains(tokens.get(k).key))) {
            k++;
        }
        if (k + 6 != to || !tokens.get(k + 1).key.equals("of") || !tokens.get(k + 2).key.equals("the")
                || !lexicon.orgWordsLatin.contains(tokens.get(k).key)) {
            return false;
        }
        Token and = tokens.get(to - 2);
        Token last = tokens.get(to - 1);
        return and.key.equals("and") && !and.capitalised && !lexicon.orgWordsLatin.contains(last.key)
                && claims.at(to - 1) == null && last.capitalised && !last.allCaps;
    }

    /**
     * One or two unknown capitalised words before a place the base knows, opening a clause and followed by a verb in
     * the past tense or of speech ("Crown Estate Scotland said", "Harvest Manitoba distributed"); the words are no
     * direction, title, nationality or adjective ("Northern Scotland recorded", "Rural Manitoba voted").
     */
    private boolean bodyOfPlace(Document doc, Claims claims, int from, int to) {
        List<Token> tokens = doc.tokens();
        Span place = claims.at(to - 1);
        if (!"en".equals(doc.language()) || place == null || place.end != to || place.start <= from
                || place.start - from > 2 || !place.linked() || place.type != EntityType.LOC
                || !claims.free(from, place.start) || to >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(to);
        if (verb.capitalised || !verb.isWord() || verb.sentence != tokens.get(from).sentence
                || !(BODY_SPEECH.contains(verb.key) || verb.key.length() > 4 && verb.key.endsWith("ed"))) {
            return false;
        }
        if (!(opensSentence(tokens, from) || tokens.get(from - 1).text.equals(",")
                || tokens.get(from - 1).key.equals("the") && !tokens.get(from - 1).capitalised)) {
            return false;
        }
        for (int k = from; k < place.start; k++) {
            Token t = tokens.get(k);
            String key = t.key;
            if (!t.capitalised || t.allCaps || lexicon.titles.match(tokens, k) != null
                    || lexicon.demonyms.containsKey(key) || NOT_BODY_PREFIXES.contains(key) || key.endsWith("ern")
                    || key.endsWith("ed") || key.endsWith("al") || PLACE_ADJECTIVES.contains(key)
                    || isStop(doc, t) && k == from && !lexicon.orgWordsLatin.contains(key)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Forestry agency CONAF said": an everyday word opening the sentence before a kind of body qualifies the kind
     * ("Greens leader Larissa Waters" names a party).
     */
    private boolean everydayKindOfBody(List<Token> tokens, int a, int b) {
        return opensSentence(tokens, a) && lexicon.everydayWords.contains(tokens.get(a).key) && b < tokens.size()
                && ORG_CUES_AFTER.contains(tokens.get(b).key) && !PEOPLE_OF_BODIES.contains(tokens.get(b).key)
                && !tokens.get(b).key.equals("party");
    }

    /**
     * "the Valero refinery in Pembroke": a name between "the" and a site, whose place follows, is the company
     * running the site (without the place after it, "the Pembroke refinery" may be named after its town).
     */
    private static boolean companySite(List<Token> tokens, int a, int b) {
        return a > 0 && b + 2 < tokens.size() && tokens.get(a - 1).key.equals("the")
                && !tokens.get(a - 1).capitalised && COMPANY_SITES.contains(tokens.get(b).key)
                && !tokens.get(b).capitalised && (tokens.get(b + 1).key.equals("in") || tokens.get(b + 1).key.equals("at")
                || tokens.get(b + 1).key.equals("near")) && tokens.get(b + 2).capitalised;
    }

    /**
     * "the Ghent prosecutor's office", "the Lyon public prosecutor's office": a known place before a prosecutor's
     * office written in lower case names the office, a body.
     */
    private void prosecutorsOfPlaces(Document doc, Claims claims) {
        if (!"en".equals(doc.language()) || !doc.text().contains("prosecutor")) {
            return;
        }
        List<Token> tokens = doc.tokens();
        for (Span s : claims.spans()) {
            if (s.type != EntityType.LOC || !s.linked() || s.end + 3 >= tokens.size()) {
                continue;
            }
            int k = s.end;
            if (tokens.get(k).key.equals("public") && !tokens.get(k).capitalised) {
                k++;
            }
            if (k + 3 < tokens.size() && tokens.get(k).key.equals("prosecutor") && possessiveAt(tokens, k + 1)
                    && tokens.get(k + 3).key.equals("office") && !tokens.get(k).capitalised
                    && tokens.get(k + 3).sentence == tokens.get(s.start).sentence) {
                claims.override(newSpan(doc, s.start, k + 4, EntityType.ORG, Span.Source.CAPITALS));
            }
        }
    }

    /**
     * "Foyle Port signed an agreement", "an agreement with the Port of Aberdeen": a port named with a capital "Port"
     * that signs, speaks or is a party to a deal is the company or authority that runs it.
     */
    private void portsActingAsBodies(Document doc, Claims claims) {
        if (!"en".equals(doc.language()) || !doc.text().contains("Port")) {
            return;
        }
        List<Token> tokens = doc.tokens();
        for (Span s : claims.spans()) {
            if (s.type != EntityType.LOC || s.length() < 2) {
                continue;
            }
            Token first = tokens.get(s.start);
            Token last = tokens.get(s.end - 1);
            boolean port = first.text.equals("Port") && tokens.get(s.start + 1).key.equals("of")
                    || last.text.equals("Port") && s.length() == 2;
            if (!port) {
                continue;
            }
            boolean acts = s.end < tokens.size() && !tokens.get(s.end).capitalised
                    && (BODY_SPEECH.contains(tokens.get(s.end).key) || PORT_ACTS.contains(tokens.get(s.end).key));
            boolean party = s.start >= 3 && tokens.get(s.start - 1).key.equals("the")
                    && tokens.get(s.start - 2).key.equals("with") && DEALS.contains(tokens.get(s.start - 3).key);
            if (acts || party) {
                Span body = newSpan(doc, s.start, s.end, EntityType.ORG, Span.Source.CAPITALS);
                claims.override(body);
            }
        }
    }

    /** Whether the word at {@code k} ends the name of a person found earlier in the document ("Bart De Wever"). */
    private static boolean surnameFound(Document doc, Claims claims, int k) {
        String key = doc.token(k).key;
        for (Span s : claims.spans()) {
            if (s.type == EntityType.PERSON && s.end <= k && s.length() >= 2 && doc.token(s.end - 1).key.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a lower-case remit after "pour" at {@code j} ("pour le développement international"), closing the
     * name of a French body of the run [from, j), when punctuation follows it within six words; else {@code j}.
     */
    private int remitAfterPour(Document doc, int from, int j) {
        List<Token> tokens = doc.tokens();
        Token pour = tokens.get(j);
        if (!pour.key.equals("pour") || pour.capitalised || !"fr".equals(doc.language()) || !orgWordIn(tokens, from, j)
                || j + 2 >= tokens.size() || !ARTICLES.contains(tokens.get(j + 1).key)) {
            return j;
        }
        int k = j + 2;
        if (tokens.get(k).text.equals("'") || tokens.get(k).text.equals("’")) {
            k++;
        }
        int words = 0;
        while (k < tokens.size() && k - j <= 8 && tokens.get(k).isWord() && !tokens.get(k).capitalised
                && tokens.get(k).sentence == pour.sentence) {
            words++;
            k++;
            if (k < tokens.size() && (tokens.get(k).text.equals("'") || tokens.get(k).text.equals("’"))) {
                k++;
            }
        }
        if (words == 0 || k >= tokens.size() || CONNECTORS.contains(tokens.get(k - 1).key)
                || !REMIT_ENDS.contains(tokens.get(k).text)) {
            return j;
        }
        return k;
    }

    /**
     * Whether "in" at {@code j} joins a known country to a body named "X of Y" that is no ministry or department
     * (whose country follows it as a place: "the Ministry of Health in Uganda").
     */
    private boolean countryOfBody(List<Token> tokens, Claims claims, int from, int j) {
        Token in = tokens.get(j);
        if (!in.key.equals("in") || in.capitalised || j + 1 >= tokens.size() || j - from < 3) {
            return false;
        }
        Span country = claims.at(j + 1);
        if (country == null || country.start != j + 1 || country.type != EntityType.LOC || !country.country(kb)
                || country.end < tokens.size() && capWord(tokens, claims, country.end)) {
            return false;
        }
        int of = -1;
        for (int k = from + 1; k < j - 1; k++) {
            if (tokens.get(k).key.equals("of") && !tokens.get(k).capitalised) {
                of = k;
                break;
            }
        }
        if (of < 0 || !lexicon.orgWordsLatin.contains(tokens.get(of - 1).key)
                || PORTFOLIO_HEADS.contains(tokens.get(of - 1).key) || MINISTRY_WORDS.contains(tokens.get(of - 1).key)) {
            return false;
        }
        Span before = claims.at(j - 1);
        return before == null || before.type != EntityType.ORG || !before.linked();
    }

    /** "Union No. 1": "No" and its full stop at {@code j} after a kind of body, then a number. */
    private boolean numberedBranch(List<Token> tokens, int from, int j) {
        return j - 2 >= from && branchNumber(tokens, j + 1) && lexicon.orgWordsLatin.contains(tokens.get(j - 2).key);
    }

    /** Whether {@code k} is the number of "No. 1". */
    private static boolean branchNumber(List<Token> tokens, int k) {
        if (k < 2 || k >= tokens.size()) {
            return false;
        }
        Token number = tokens.get(k);
        Token stop = tokens.get(k - 1);
        Token no = tokens.get(k - 2);
        return number.kind == Token.Kind.NUMBER && stop.text.equals(".") && no.text.equals("No")
                && stop.start == no.end && number.start == stop.end + 1;
    }

    private static boolean complementHead(Token t) {
        return PORTFOLIO_HEADS.contains(t.key) || COMPLEMENT_BODIES.contains(t.key);
    }

    /** "Quelmar Power and Trondal Hydro": two names of two words or more, each ending with a kind of body. */
    private boolean twoBodies(List<Token> tokens, Claims claims, int from, int to) {
        int k = firstSplit(tokens, claims, from, to);
        return k - from >= 2 && to - k - 1 >= 2 && lexicon.orgWordsLatin.contains(tokens.get(k - 1).key)
                && lexicon.orgWordsLatin.contains(tokens.get(to - 1).key);
    }

    /**
     * "Corvane Pacific and Philippine Airlines", "Zelcom and Kenya Power": after the only conjunction, a body named by
     * a nationality or a place the base knows ("Trinidad and Tobago Coast Guard" keeps its known country whole).
     * Returns the conjunction's index, or -1.
     */
    private int nationalBodyAfter(List<Token> tokens, Claims claims, int from, int to) {
        int k = firstSplit(tokens, claims, from, to);
        if (k == from || k >= to - 2 || firstSplit(tokens, claims, k + 1, to) < to
                || !lexicon.orgWordsLatin.contains(tokens.get(to - 1).key)) {
            return -1;
        }
        Span place = claims.at(k + 1);
        boolean national = lexicon.demonyms.containsKey(tokens.get(k + 1).key) || place != null
                && place.start == k + 1 && place.type == EntityType.LOC && place.linked();
        return national ? k : -1;
    }

    private static int firstSplit(List<Token> tokens, Claims claims, int from, int to) {
        int k = from;
        while (k < to && !splitsNames(tokens, claims, k)) {
            k++;
        }
        return k;
    }

    /** "… leader Tom Vell": the name before is a party's. */
    private static boolean leaderAfter(List<Token> tokens, int e) {
        return e + 1 < tokens.size() && tokens.get(e).key.equals("leader") && !tokens.get(e).capitalised
                && tokens.get(e + 1).capitalised && tokens.get(e + 1).sentence == tokens.get(e).sentence;
    }

    /** A lower-case noun for the armed members of a group right after the name ("X gunmen", "X militants"). */
    private static boolean armedMembersAfter(List<Token> tokens, int e) {
        return e < tokens.size() && ARMED_MEMBERS.contains(tokens.get(e).key) && !tokens.get(e).capitalised
                && tokens.get(e).sentence == tokens.get(e - 1).sentence;
    }

    /** "BIG CREEK, Eswatini, June 4 (Newsflow) -": a line opened by capitals and a comma names the place of the story. */
    private static boolean dateline(List<Token> tokens, int from, int to) {
        if (!tokens.get(from).afterLineBreak || to >= tokens.size()) {
            return false;
        }
        int comma = to;
        if (tokens.get(to).text.equals("(")) {
            // "DORI (Burkina Faso), 16 novembre": French wire copy puts the country in brackets.
            while (comma < tokens.size() && comma - to <= 5 && !tokens.get(comma).text.equals(")")) {
                comma++;
            }
            comma++;
        }
        if (comma >= tokens.size() || !tokens.get(comma).text.equals(",")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).allCaps || !tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "TINGHIR (Maroc), 10 novembre - … près de Tinghir": where the story writes a dateline's capitals in its own
     * spelling, so that both mentions make one place; -1 when it writes the name nowhere else.
     */
    private static int laterSpelling(Document doc, int from, int to) {
        List<Token> tokens = doc.tokens();
        int n = to - from;
        for (int k = to; k + n <= tokens.size(); k++) {
            boolean same = !tokens.get(k).allCaps;
            for (int j = 0; same && j < n; j++) {
                same = tokens.get(k + j).key.equals(tokens.get(from + j).key);
            }
            if (same) {
                return k;
            }
        }
        return -1;
    }

    /** "Transport Canada", "Fisheries and Oceans Canada": a federal department named by its domain and the country. */
    private static boolean canadianDepartment(List<Token> tokens, int from, int to) {
        if (to - from < 2 || to - from > 6 || !tokens.get(to - 1).key.equals("canada")
                || !CANADIAN_DOMAINS.contains(tokens.get(from).key)) {
            return false;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (tokens.get(k).key.equals("canada")) {
                // "Health Canada and Justice Canada": two departments.
                return false;
            }
        }
        return true;
    }

    /** Whether one name the knowledge base links covers exactly [from, to). */
    private static boolean knownWhole(Claims claims, int from, int to) {
        Span s = claims.at(from);
        return s != null && s.start == from && s.end == to && s.linked();
    }

    /**
     * A conjunction between two names, not inside a name the base knows nor an ampersand, which joins the names of
     * one firm ("AT&T", "Morvan & Castel").
     */
    private static boolean splitsNames(List<Token> tokens, Claims claims, int k) {
        Token t = tokens.get(k);
        return CONJUNCTIONS.contains(t.key) && !t.text.equals("&") && !insideName(claims, k);
    }

    /** "Bosnia and Herzegovina", "Trinidad and Tobago": the conjunction is inside a name the base knows. */
    private static boolean insideName(Claims claims, int k) {
        Span s = claims.at(k);
        return s != null && s.start < k && s.end > k + 1 && s.linked();
    }

    /** Whether "ministre des", "Minister of the" (a title and its links) comes just before {@code from}. */
    private boolean portfolioOfTitle(List<Token> tokens, int from) {
        int p = from - 1;
        boolean link = false;
        while (p >= 0 && from - p <= 3 && PORTFOLIO_LINKS.contains(tokens.get(p).key)) {
            String key = tokens.get(p).key;
            link |= !key.equals("la") && !key.equals("l") && !key.equals("the");
            p--;
        }
        for (int back = 0; link && back < 3 && p - back >= 0; back++) {
            PhraseTrie.Match<String> title = lexicon.titles.match(tokens, p - back);
            if (title != null && title.end() == p + 1) {
                return true;
            }
        }
        return false;
    }

    private void classify(Document doc, Claims claims, int from, int to, List<Integer> singles) {
        List<Token> tokens = doc.tokens();
        if (holderAfterTitleAndPortfolios(doc, claims, from, to)) {
            return;
        }
        if (bodyOfPlace(doc, claims, from, to)) {
            // "Police Scotland said", "Invest Northern Ireland said": a body named by its remit and the place it
            // serves, acting as the subject.
            claims.override(newSpan(doc, from, to, EntityType.ORG, Span.Source.CAPITALS));
            return;
        }
        int possessor = orgWordIn(tokens, to - 1, to) ? lastPossessive(tokens, from, to) : -1;
        if (possessor > from && to - possessor - 2 >= 2 && claims.free(possessor + 2, to)
                && surnameFound(doc, claims, possessor - 1)) {
            // "De Wever's New Flemish Alliance": a person named before, and the body they lead.
            classify(doc, claims, possessor + 2, to, singles);
            return;
        }
        if (orgWordIn(tokens, to - 1, to) && possessiveInside(tokens, from, to) && claims.free(from, to)) {
            int owner = from + 1;
            while (!possessiveAt(tokens, owner)) {
                owner++;
            }
            PhraseTrie.Match<String> title = lexicon.titles.match(tokens, from);
            int name = title != null && title.end() < owner ? title.end() : from;
            if (owner - name >= 2 && (title != null || titleBefore(tokens, name)
                    || ArabicNameRomaniser.LATIN_NAMES.listed(tokens.get(name).key) && !isStop(doc, tokens.get(name)))) {
                // "Opposition leader Edgar Lungu's Patriotic Front": a person and the party they lead.
                classify(doc, claims, from, owner, singles);
                classify(doc, claims, owner + 2, to, singles);
                return;
            }

            // "the Prosecutor General's Office": a title inside an office's name stays in it.
            claims.claim(newSpan(doc, from, to, EntityType.ORG, Span.Source.CAPITALS));
            return;
        }
        if (from > 0 && SHIP_NOUNS.contains(tokens.get(from - 1).key) && !tokens.get(from - 1).capitalised
                || SHIP_PREFIXES.contains(tokens.get(from).text) && from + 1 < to) {
            // "le navire Esther Lorvan", "MV Lorcraft Seven": a ship, no person.
            return;
        }
        if (dateline(tokens, from, to)) {
            if (claims.free(from, to) || placesAndNewWordsInside(claims, from, to)) {
                Span place = newSpan(doc, from, to, EntityType.LOC, Span.Source.CAPITALS);
                int later = laterSpelling(doc, from, to);
                if (later >= 0) {
                    // The story's own spelling names the place, and a link found for it there holds here too.
                    Span there = claims.at(later);
                    place.name = doc.text().substring(tokens.get(later).start, tokens.get(later + to - from - 1).end);
                    if (there != null && there.type == EntityType.LOC && there.start == later
                            && there.end == later + to - from && there.linked()) {
                        place.candidates = there.candidates;
                    }
                }
                claims.override(place);
            }
            return;
        }
        PhraseTrie.Match<String> cue = lexicon.placeCuesBefore.match(tokens, from);
        if (cue != null && cue.end() < to && opensSentence(tokens, from) && !tokens.get(cue.end() - 1).capitalised
                && !CONNECTORS.contains(tokens.get(cue.end()).key)) {
            // "Residents of Isabela City gathered": a place cue opening the sentence is no part of the name.
            classify(doc, claims, cue.end(), to, singles);
            return;
        }
        if (siteOfCompany(doc, claims, from, to)
                || portfolioOfTitle(tokens, from) && !orgWordIn(tokens, from, from + 1) && orgWordIn(tokens, from, to)
                && claims.free(from, to)) {
            // "le ministre des Postes et Télécommunications, …": the portfolio of a title is no body ("chair of the
            // Council of Ministers" is one).
            return;
        }
        int s = stateOwned(tokens, from) ? from + 1 : from;
        if (s >= to) {
            // "la société d'État", "le coup d'État": "État" after "d'" is a common noun.
            return;
        }
        // "le secrétaire d'État Jean Valmoran": the title ends with "d'État", the name follows it.
        boolean titled = titleBefore(tokens, s);
        PhraseTrie.Match<String> portfolio = lexicon.portfoliosLatin.match(tokens, s);
        if (portfolio != null && portfolio.end() < to && portfolioOfTitle(tokens, s)) {
            // "ministre des Armées Thierry Lemoine": the portfolio ends the title, the name follows it.
            s = portfolio.end();
            titled = true;
        }
        int titleEnd = titleInto(tokens, s, to);
        if (titleEnd > s) {
            // "le procureur de la République de Nanterre": a title that opens in lower case and ends in the run.
            s = titleEnd;
            titled = !(s < to && CONNECTORS.contains(tokens.get(s).key) && !tokens.get(s).capitalised);
        }
        while (s < to) {
            Token t = tokens.get(s);
            PhraseTrie.Match<String> title = lexicon.titles.match(tokens, s);
            Span place = claims.at(s);
            if (title != null && title.end() <= to && title.end() > s && !possessiveAt(tokens, title.end())
                    && !(title.end() < to && CONJUNCTIONS.contains(tokens.get(title.end()).key))
                    && !(title.end() == to - 1 && (lexicon.placeHeadsLatin.contains(tokens.get(to - 1).key)
                    || lexicon.orgWordsLatin.contains(tokens.get(to - 1).key))
                    && !ArabicNameRomaniser.LATIN_NAMES.listed(tokens.get(to - 1).key))
                    && !bodyAfterTitleWord(tokens, title.end(), to)
                    && !canadianDepartment(tokens, s, to)) {
                // "Justice Ann Wekesa" is a judge; "Justice and Development Party" no title, nor "King Island" (a
                // place head after it) or "General Hospital" (a body's word after it). "le PDG de Vextal": after a title and "de", the body it heads, not its holder.
                s = title.end();
                titled = !(s < to && CONNECTORS.contains(tokens.get(s).key) && !tokens.get(s).capitalised);
            } else if (place != null && place.start == s && place.end > s + 1 && place.end < to && place.linked()
                    && place.type == EntityType.LOC && lexicon.titles.match(tokens, place.end) != null) {
                // "Antigua and Barbuda Prime Minister Gaston Browne": the country qualifies the title.
                s = place.end;
            } else if (place != null && place.start == s && place.end < to && place.linked()
                    && place.type == EntityType.LOC && tokens.get(place.end).capitalised
                    && !orgWordIn(tokens, place.end, to) && officeOfPlaceBefore(tokens, s)) {
                // "le maire de Dakar Barthélémy Dias", "le député de la Somme François Ruffin": the place the officer
                // serves ends the title, the name follows it.
                s = place.end;
                titled = true;
            } else if (s + 2 < to && lexicon.demonyms.containsKey(t.key + " " + tokens.get(s + 1).key)
                    && !orgWordIn(tokens, s + 2, to)) {
                // "South Korean President Lee Jae-myung": a nationality of two words before the title.
                s += 2;
            } else if (isStop(doc, t) && !stateBody(tokens, s, to) && !initialAt(tokens, s)
                    && !(title != null && title.end() == s + 1 && bodyAfterTitleWord(tokens, s + 1, to))
                    && !canadianDepartment(tokens, s, to) && !newInName(tokens, s, to)
                    && !articleOfNamedBody(tokens, s, to)
                    || lexicon.demonyms.containsKey(t.key) && s + 1 < to && !orgWordIn(tokens, s + 1, to)
                    || s + 1 < to && lexicon.titles.match(tokens, s + 1) != null) {
                // "Commerce Minister ...": a capitalised word before a title qualifies the title.
                s++;
            } else {
                break;
            }
        }
        while (s < to && CONNECTORS.contains(tokens.get(s).key) && !articleOfNamedBody(tokens, s, to)) {
            s++;
        }
        int e = to;
        while (e > s && (CONNECTORS.contains(tokens.get(e - 1).key)
                || !tokens.get(e - 1).isWord() && !unionLocal(tokens, e - 1) && !branchNumber(tokens, e - 1))) {
            e--;
        }
        if (s >= e || e - s == 1 && lexicon.demonyms.containsKey(tokens.get(s).key) && !tokens.get(s).allCaps
                && claims.at(s) == null || e - s == 2 && lexicon.demonyms.containsKey(tokens.get(s).key + " "
                + tokens.get(s + 1).key)) {
            // "Danish", "South African power cuts": nationality adjectives, not names.
            return;
        }
        int hyphen = tokens.get(s).key.indexOf('-');
        if (e - s == 1 && hyphen > 0 && lexicon.demonyms.containsKey(tokens.get(s).key.substring(0, hyphen))) {
            // "Portuguese-flagged", "Russian-made": an adjective built on a nationality.
            return;
        }
        Span whole = claims.at(s);
        if (whole != null && whole.start == s && whole.end == e) {
            return;
        }
        if (EVENT_HEADS.contains(tokens.get(e - 1).key) || (stormAt(tokens, s, e)
                || OPERATIONS.contains(tokens.get(s).key)) && e - s >= 2) {
            // "Paris Air Show", "Doha Forum", "Independence Day": events and holidays are not annotated, nor storms
            // ("Typhoon Kalani", "Super Typhoon Kalani") nor military
            // operations ("Operation Tessaly").
            return;
        }
        for (int k = s + 1; k < e - 1; k++) {
            PhraseTrie.Match<String> title = lexicon.titles.match(tokens, k);
            if (title == null || title.end() >= e || !tokens.get(title.end()).capitalised) {
                continue;
            }
            if (placeHeadIn(tokens, s, k) && !orgWordIn(tokens, s, k)) {
                // "Tarawe State Governor Abdu Kiriwa": the place qualifies the title, the person follows it.
                claims.override(placeSpan(doc, claims, s, k));
                s = title.end();
                titled = true;
                break;
            }
            if (claims.free(s, k) && (!orgWordIn(tokens, s, k) || portfoliosOnly(tokens, s, k))) {
                // "Civil Aviation Minister Ram Mohan Naidu": a portfolio the title list does not hold.
                s = title.end();
                titled = true;
                break;
            }
            if (personNameOnly(tokens, claims, title.end(), e)) {
                if (!tokens.get(title.end() - 1).key.equals("minister")) {
                    // "Vextra Airways Chief Executive Allan Kilavuka": the body whose title it is counts too.
                    classify(doc, claims, s, k, singles);
                }
                // "Union Shipping Minister Sarbananda Sonowal": the words before "Minister" qualify it (a level of
                // government, a portfolio named by a body word), they name no body.
                s = title.end();
                titled = true;
                break;
            }
        }
        int words = e - s;
        boolean org = false;
        boolean place = false;
        for (int k = s; k < e; k++) {
            String key = tokens.get(k).key;
            org |= lexicon.orgWordsLatin.contains(key);
            place |= lexicon.placeHeadsLatin.contains(key);
        }
        // "Kestrel Air": an airline named by its brand and "Air" ("Air and Sea Ports Authority" is no airline).
        org |= tokens.get(e - 1).key.equals("air") && tokens.get(e - 1).capitalised;
        if ((org || canadianDepartment(tokens, s, e)) && words >= 2 && !lastIsDemonymOnly(tokens, s, e)) {
            // "la société d'État Hydro Vextra": "d'État" says who owns the company, it is no part of its name.
            claims.override(newSpan(doc, stateOwned(tokens, s) ? s + 1 : s, e, EntityType.ORG, Span.Source.CAPITALS));
            return;
        }
        if (words >= 2 && (place || SAINTS_OF_PLACES.contains(tokens.get(s).key) && !titled
                && placesAndNewWordsInside(claims, s, e))) {
            claims.override(placeSpan(doc, claims, s, e));
            return;
        }
        // "le maire de Dakar Barthélémy Dias": a cue before the place the title holder serves names no person.
        if (placeCueBefore(tokens, s) || placeCueBefore(tokens, from) && !(titled && s > from)
                || placeCueAfter(tokens, e)) {
            if (s == from + 1 && PLACE_ARTICLES.contains(tokens.get(from).text) && !opensSentence(tokens, from)
                    && claims.free(from, e)) {
                // "au nord de La Tuque", "près du Havre": a capitalised article inside a place's name.
                s = from;
            }
            if (claims.free(s, e)) {
                claims.claim(newSpan(doc, s, e, EntityType.LOC, Span.Source.CAPITALS));
            } else if (e - s >= 2 && onlyTownsInside(claims, s, e)) {
                // "the town of Mocímboa da Praia", "port de Tanger Med": a longer place than the town inside.
                claims.override(newSpan(doc, s, e, EntityType.LOC, Span.Source.CAPITALS));
            } else {
                // "la région de l'Extrême-Nord du Cameroun": the cue names the words before the known place.
                int k = s;
                while (k < e && claims.at(k) == null) {
                    k++;
                }
                while (k > s && CONNECTORS.contains(tokens.get(k - 1).key)) {
                    k--;
                }
                if (k > s) {
                    claims.claim(newSpan(doc, s, k, EntityType.LOC, Span.Source.CAPITALS));
                }
            }
            return;
        }
        int brand = stateOwned(tokens, s) ? s + 1 : s;
        if (e - brand >= 2 && (orgCueBefore(tokens, s) || airline(tokens, brand, e) || acronymFirst(tokens, brand)
                || brandAndCountry(doc, claims, brand, e) || leaderAfter(tokens, e)) && !claims.free(brand, e)
                && placesAndNewWordsInside(claims, brand, e)) {
            // "la compagnie maritime Corsica Linea": a company named with a place it serves; "Air Madagascar" an
            // airline; "Walmart Canada", "Orange Mali", "PSK Gdynia" a company's branch in a country or town; "Green
            // Unity leader Tom Vell" a party named with a place.
            claims.override(newSpan(doc, brand, e, EntityType.ORG, Span.Source.CAPITALS));
            return;
        }
        if (!titled && e - s >= 2 && placeRun(tokens, s, e) && placesAndNewWordsInside(claims, s, e)) {
            // "in Big Creek on Tuesday": after a locative preposition, a town inside the run makes no person's name.
            claims.override(newSpan(doc, s, e, EntityType.LOC, Span.Source.CAPITALS));
            return;
        }
        if (e - s == 2 && acronymBeforeTown(tokens, claims, s)) {
            // "KU Leuven", "TU Delft", "HEC Montréal": an acronym before a town names an institution there.
            claims.override(newSpan(doc, s, e, EntityType.ORG, Span.Source.CAPITALS));
            return;
        }
        if (!titled && unlistedPairAfterMotion(doc, claims, s, e)) {
            // "growers on Vanua Levu", "sailings to Viti Levu": two words no list of names holds, after "on" or
            // "to", are an island or a town rather than a person.
            claims.claim(newSpan(doc, s, e, EntityType.LOC, Span.Source.CAPITALS));
            return;
        }
        if (!titled && e - s >= 2 && claims.free(s, e) && armedMembersAfter(tokens, e)) {
            // "Abu Sayyaf gunmen", "Ansar Dine fighters": a name that qualifies armed members is their group's (a
            // person's followers are written with a possessive, "Haftar's fighters").
            claims.claim(newSpan(doc, s, e, EntityType.ORG, Span.Source.CAPITALS));
            return;
        }
        if (personOverTowns(doc, claims, s, e, titled)) {
            Span person = newSpan(doc, s, e, EntityType.PERSON, Span.Source.CAPITALS);
            claims.override(person);
            return;
        }
        // What the knowledge base or patterns did not claim inside the run.
        int k = s;
        while (k < e) {
            if (claims.at(k) != null) {
                k++;
                continue;
            }
            int r = k;
            while (r < e && claims.at(r) == null) {
                r++;
            }
            int a = k;
            int b = r;
            while (a < b && !articleOfNamedBody(tokens, a, b) && (CONNECTORS.contains(tokens.get(a).key)
                    || isStop(doc, tokens.get(a)) && !initialAt(tokens, a)
                    || lexicon.demonyms.containsKey(tokens.get(a).key))) {
                a++;
            }
            while (b > a && (CONNECTORS.contains(tokens.get(b - 1).key)
                    || !tokens.get(b - 1).isWord() && !unionLocal(tokens, b - 1))) {
                b--;
            }
            if (b > a) {
                run(doc, claims, a, b, titled && a == s, singles);
            }
            k = r;
        }
    }

    private void run(Document doc, Claims claims, int a, int b, boolean titled, List<Integer> singles) {
        List<Token> tokens = doc.tokens();
        int words = 0;
        for (int k = a; k < b; k++) {
            if (tokens.get(k).isWord() && !CONNECTORS.contains(tokens.get(k).key)) {
                words++;
            }
        }
        if (words >= 2) {
            if (lexicon.demonyms.containsKey(TextNormaliser.key(
                    doc.text().substring(tokens.get(a).start, tokens.get(b - 1).end)))) {
                // "Sri Lankan", "South Korean": a nationality adjective of two words, not a name.
                return;
            }
            if (tokens.get(a).allCaps && tokens.get(a).text.length() >= 2 && CONNECTORS.contains(tokens.get(a + 1).key)
                    && !NOT_ACRONYMS.contains(tokens.get(a).text)) {
                // "les CPE de la Capitale-Nationale": an acronym is a name of its own, and no person's.
                claims.claim(newSpan(doc, a, a + 1, EntityType.ORG, Span.Source.CAPITALS));
                int rest = a + 1;
                while (rest < b && CONNECTORS.contains(tokens.get(rest).key)) {
                    rest++;
                }
                run(doc, claims, rest, b, false, singles);
                return;
            }
            int of = lastOf(tokens, a, b);
            if (of > a) {
                // "Shares of Vietjet": a person's name has no "of"; what follows it is read on its own.
                run(doc, claims, of + 1, b, false, singles);
                return;
            }
            if (LIQUEFIED_GAS.contains(tokens.get(b - 1).text)) {
                // "the Tarvik LNG plant": a gas venture's site or company, never a person.
                boolean site = b < tokens.size() && !tokens.get(b).capitalised
                        && LIQUEFIED_GAS_SITES.contains(tokens.get(b).key);
                claims.claim(newSpan(doc, a, b, site ? EntityType.LOC : EntityType.ORG, Span.Source.CAPITALS));
            } else if (orgCue(tokens, a, b) || acronymLast(tokens, a, b) || acronymFirst(tokens, a)
                    || brandWordInside(tokens, a, b)) {
                claims.claim(newSpan(doc, a, b, EntityType.ORG, Span.Source.CAPITALS));
            } else if (!titled && (placeRun(tokens, a, b) || homeTown(tokens, a) || besideTown(tokens, claims, a, b)
                    || ownSiteAfterPossessive(tokens, a, b))) {
                claims.claim(newSpan(doc, a, b, EntityType.LOC, Span.Source.CAPITALS));
            } else if (!titled && everydayPhrase(tokens, a, b)) {
                // "Special Economic Zone", "First Nations": capitalised words that end with an everyday English word and
                // hold no listed personal name name no person.
                return;
            } else {
                int first = initialsStart(tokens, claims, a);
                claims.claim(newSpan(doc, first, generationSuffixEnd(tokens, b), EntityType.PERSON,
                        Span.Source.CAPITALS));
            }
            return;
        }
        Token t = tokens.get(a);
        if (lexicon.demonyms.containsKey(t.key) && !t.allCaps || a > 0 && tokens.get(a - 1).kind == Token.Kind.NUMBER) {
            // "the Chilean region", "737 MAX": an adjective or a model, not a name.
            return;
        }
        if (t.allCaps && "fr".equals(doc.language()) && FRENCH_COMMON_ACRONYMS.contains(t.text)) {
            // "la TVA", "les TER", "un VTT": French writes some common nouns as acronyms; they name no body.
            return;
        }
        if (titled && !t.allCaps) {
            claims.claim(newSpan(doc, a, b, EntityType.PERSON, Span.Source.TITLE));
        } else if (orgCue(tokens, a, b) && !everydayKindOfBody(tokens, a, b)
                || LEGISLATURES.contains(t.key) || unionNamed(tokens, b) || companySite(tokens, a, b)
                || hyphenatedBody(t)) {
            claims.claim(newSpan(doc, a, b, EntityType.ORG, Span.Source.CAPITALS));
        } else if (placeCueBefore(tokens, a) || placeCueAfter(tokens, b) || roadCode(tokens, a)
                || ownSiteAfterPossessive(tokens, a, b)
                || townShaped(t.text) || !t.allCaps && (routeEnd(tokens, claims, a) || placedInPlace(tokens, claims, b))) {
            claims.claim(newSpan(doc, a, b, EntityType.LOC, Span.Source.CAPITALS));
        } else if (t.allCaps && t.text.length() >= 2 && (t.text.length() <= 6 || pairedAcronym(t.text))
                && !NOT_ACRONYMS.contains(t.text) && !isStop(doc, t)) {
            claims.claim(newSpan(doc, a, b, EntityType.ORG, Span.Source.CAPITALS));
        } else if (!t.allCaps && (innerCapital(t.text) || besideOrganisation(tokens, claims, a)
                || bodyOfACountry(t) || listWith(tokens, claims, a, this::listedBody, false))) {
            // "KazMunayGas", "LockBit": capitals inside a word are a brand's; "Codelco and SQM" pairs like with like.
            claims.claim(newSpan(doc, a, b, EntityType.ORG, Span.Source.CAPITALS));
        } else if (!t.allCaps && (locativeBefore(tokens, a) || homeTown(tokens, a) || besideTown(tokens, claims, a, b))
                && !surnameOfPerson(tokens, claims, a)) {
            // "« Clermont-Ferrand et Michelin »": a word the story already named as a body keeps that reading.
            claims.claim(newSpan(doc, a, b, bodyNamedBefore(tokens, claims, a) ? EntityType.ORG : EntityType.LOC,
                    Span.Source.CAPITALS));
        } else if (!t.allCaps && lexicon.towns.contains(t.key) && (townCueBefore(tokens, a) || townDescribedAfter(tokens, b))
                && !surnameOfPerson(tokens, claims, a)) {
            // "arrived from Mysuru", "l'hôpital de Thiers", "Matsapha, a town": a word the base does not hold that is
            // a town's name somewhere, after a weaker place cue than "in" or "near".
            claims.claim(newSpan(doc, a, b, EntityType.LOC, Span.Source.CAPITALS));
        } else {
            singles.add(a);
        }
    }

    /**
     * "Lucia Moreno": an unknown capitalised word next to a town's name is a person's name (there is a Moreno in
     * Argentina). Countries, capitals and curated places keep their reading. After a title ("Prime Minister Rowena
     * Dawson") any place but a country gives way, also one the gazetteer holds without coordinates (a time-zone city).
     */
    private boolean personOverTowns(Document doc, Claims claims, int s, int e, boolean titled) {
        List<Token> tokens = doc.tokens();
        boolean town = false;
        boolean unknown = false;
        int words = 0;
        for (int k = s; k < e; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.key.equals("of") || t.key.equals("for")) {
                // "Residents of Rancagua": a person's name has no "of".
                return false;
            }
            words++;
            Span c = claims.at(k);
            if (c == null) {
                if (!CONNECTORS.contains(t.key) && !isStop(doc, t)) {
                    unknown = true;
                }
            } else if (c.town(kb) && !(k == e - 1 && placeElsewhere(tokens, k))
                    || (titled || c.length() == 1 && k < e - 1 && c.entity().lat() == null)
                    && c.type == EntityType.LOC && c.linked() && !c.country(kb)) {
                // "Ibrahim Paul Bekono": a given name that is also a one-word district (Paul, Cape Verde) gives way;
                // a district ending the run is the place ("État Rakhine").
                town = true;
            } else {
                return false;
            }
        }
        return town && unknown && words >= 2 && words <= 4;
    }

    /**
     * Whether the town's name ending a run is written elsewhere in the story after a locative preposition or in the
     * dateline ("MOMBASA, … at State House Mombasa"): the story's place, no surname.
     */
    private static boolean placeElsewhere(List<Token> tokens, int k) {
        String key = tokens.get(k).key;
        for (int i = 0; i < tokens.size(); i++) {
            if (i != k && tokens.get(i).key.equals(key) && (locativeBefore(tokens, i)
                    || tokens.get(i).afterLineBreak && tokens.get(i).allCaps)) {
                return true;
            }
        }
        return false;
    }

    private Span placeSpan(Document doc, Claims claims, int s, int e) {
        List<Token> tokens = doc.tokens();
        // "Van Province" is the province of Van: link it when the rest is one known place.
        Span inner = null;
        boolean adminOnly = true;
        for (int k = s; k < e; k++) {
            Span c = claims.at(k);
            if (c != null && c.linked() && c.type == EntityType.LOC) {
                if (inner != null && inner != c) {
                    adminOnly = false;
                }
                inner = c;
            } else if (!ADMIN_HEADS.contains(tokens.get(k).key)) {
                adminOnly = false;
            }
        }
        Span span = newSpan(doc, s, e, EntityType.LOC, Span.Source.CAPITALS);
        if (inner != null && adminOnly && inner.entity().lat() == null) {
            // "Zamfara State" is the state the base holds as Zamfara; "Kano State" is not the city of Kano, whose
            // name it takes, so it stays a place of its own.
            span.candidates = inner.candidates;
        }
        return span;
    }

    /**
     * "l'usine Arkema de Pierre-Bénite", "la raffinerie Vexxol de Port-Jérôme": after the noun of an industrial site,
     * the company that runs it, then "de" and the place where it stands. Claims both and returns true.
     */
    private boolean siteOfCompany(Document doc, Claims claims, int from, int to) {
        List<Token> tokens = doc.tokens();
        if (from == 0 || !SITE_NOUNS.contains(tokens.get(from - 1).key) || tokens.get(from - 1).capitalised) {
            return false;
        }
        int k = from + 1;
        while (k < to && k - from <= 3 && !OF_LINKS.contains(tokens.get(k).key)) {
            k++;
        }
        int place = k + 1 < to && tokens.get(k).key.equals("d") ? k + 2 : k + 1;
        if (k >= to || k - from > 3 || place >= to || tokens.get(k).capitalised || !tokens.get(place).capitalised
                || to - place > 4) {
            return false;
        }
        if (claims.free(from, k)) {
            claims.claim(newSpan(doc, from, k, EntityType.ORG, Span.Source.CAPITALS));
        }
        if (claims.free(place, to)) {
            claims.claim(newSpan(doc, place, to, EntityType.LOC, Span.Source.CAPITALS));
        }
        return true;
    }

    /** "Mines and Energy", "Fisheries, Oceans": portfolios joined by "and" or commas, all of [from, to). */
    private boolean portfoliosOnly(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to) {
            PhraseTrie.Match<String> portfolio = lexicon.portfoliosLatin.match(tokens, k);
            if (portfolio == null || portfolio.end() > to) {
                return false;
            }
            k = portfolio.end();
            if (k < to && (CONJUNCTIONS.contains(tokens.get(k).key) || tokens.get(k).text.equals(","))) {
                k++;
            }
        }
        return true;
    }

    private boolean placeHeadIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.placeHeadsLatin.contains(tokens.get(k).key)) {
                return true;
            }
        }
        return false;
    }

    private boolean orgWordIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.orgWordsLatin.contains(tokens.get(k).key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessiveInside(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (possessiveAt(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last "'s" inside the run, or -1. */
    private static int lastPossessive(List<Token> tokens, int from, int to) {
        for (int k = to - 2; k > from; k--) {
            if (possessiveAt(tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean possessiveAt(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && (tokens.get(k).text.equals("'") || tokens.get(k).text.equals("’"))
                && tokens.get(k + 1).key.equals("s");
    }

    private static boolean onlyTownsInside(Claims claims, int s, int e) {
        for (int k = s; k < e; k++) {
            Span c = claims.at(k);
            if (c != null && (c.source != Span.Source.KNOWLEDGE || c.type != EntityType.LOC || c.start < s
                    || c.end > e || c.entity() == null || c.entity().lat() == null)) {
                return false;
            }
        }
        return true;
    }

    /** "la société d'État Ontario Power Generation": "d'État" (state-owned) qualifies the kind of body. */
    private static boolean stateOwned(List<Token> tokens, int s) {
        return s >= 2 && tokens.get(s).key.equals("etat") && tokens.get(s - 2).key.equals("d")
                && (tokens.get(s - 1).text.equals("'") || tokens.get(s - 1).text.equals("’"));
    }

    /** "Air Moldova", "Royal Air Maroc": the word "Air" in a name with a place is an airline's. */
    private static boolean airline(List<Token> tokens, int s, int e) {
        for (int k = s; k < e; k++) {
            if (tokens.get(k).key.equals("air") && tokens.get(k).capitalised) {
                return true;
            }
        }
        return false;
    }

    /**
     * Unknown capitalised words, none opening the sentence, right before a country: "Walmart Canada", "Airtel
     * Nigeria" ("le Sud du Sénégal" is no company).
     */
    private boolean brandAndCountry(Document doc, Claims claims, int s, int e) {
        List<Token> tokens = doc.tokens();
        Span last = claims.at(e - 1);
        if (last == null || last.start <= s || last.end != e || !last.country(kb) || !claims.free(s, last.start)
                || opensSentence(tokens, s)) {
            return false;
        }
        for (int k = s; k < last.start; k++) {
            if (!tokens.get(k).capitalised || CONNECTORS.contains(tokens.get(k).key)) {
                return false;
            }
        }
        return true;
    }

    /** Places the base knows inside [s, e) and at least one word it does not know. */
    private static boolean placesAndNewWordsInside(Claims claims, int s, int e) {
        boolean unknown = false;
        for (int k = s; k < e; k++) {
            Span c = claims.at(k);
            unknown |= c == null;
            if (c != null && (c.source != Span.Source.KNOWLEDGE || c.type != EntityType.LOC || c.start < s
                    || c.end > e)) {
                return false;
            }
        }
        return unknown;
    }

    private static int lastOf(List<Token> tokens, int a, int b) {
        for (int k = b - 1; k > a; k--) {
            String key = tokens.get(k).key;
            if (!tokens.get(k).capitalised && (key.equals("of") || key.equals("for"))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Météo-France", "Radio-Canada": a word joined by a hyphen to a country's name is a national body's or a brand's;
     * "Nord-Kivu", "Franco-Italian" and other place or adjective prefixes are not.
     */
    private boolean bodyOfACountry(Token t) {
        int hyphen = t.text.lastIndexOf('-');
        if (hyphen < 3 || hyphen + 2 >= t.text.length() || !Character.isUpperCase(t.text.charAt(hyphen + 1))
                || NOT_BODY_PREFIXES.contains(TextNormaliser.key(t.text.substring(0, t.text.indexOf('-'))))) {
            return false;
        }
        // "Bourg-Saint-Maurice": after "Saint-" the country's name is a saint's, in a town's name.
        String before = TextNormaliser.key(t.text.substring(t.text.lastIndexOf('-', hyphen - 1) + 1, hyphen));
        return !SAINT_WORDS.contains(before) && countryName(t.text.substring(hyphen + 1))
                && !countryName(t.text.substring(0, hyphen));
    }

    /** Whether the knowledge base reads {@code text} as a country ("Rwanda-RDC" joins two countries, no body). */
    private boolean countryName(String text) {
        NameIndex.Node node = kb.index().start(TextNormaliser.key(text));
        if (node == null) {
            return false;
        }
        for (NameIndex.Entry e : node.entries()) {
            if (!e.arabic() && e.entity().type() == EntityType.LOC && e.entity().lat() == null
                    && kb.country(e.entity().country()).map(c -> c == e.entity()).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean innerCapital(String text) {
        if (text.startsWith("Mc") || text.startsWith("Mac") || text.length() < 4) {
            return false;
        }
        for (int c = 1; c + 1 < text.length(); c++) {
            if (Character.isLowerCase(text.charAt(c)) && Character.isUpperCase(text.charAt(c + 1))
                    && text.charAt(0) != 'D' && text.charAt(0) != 'L') {
                return true;
            }
        }
        return false;
    }

    /**
     * "Codelco and SQM", "SQM and Codelco", "de Codelco et de SQM": a word joined by "and" to an organisation's name.
     */
    private static boolean besideOrganisation(List<Token> tokens, Claims claims, int a) {
        if (a + 2 < tokens.size() && CONJUNCTIONS.contains(tokens.get(a + 1).key)) {
            Span next = claims.at(a + 2);
            Token word = tokens.get(a + 2);
            if (next != null && next.type == EntityType.ORG || next == null && word.allCaps
                    && word.text.length() >= 2 && word.text.length() <= 6 && !NOT_ACRONYMS.contains(word.text)) {
                return true;
            }
        }
        int c = a - 1;
        if (c >= 2 && (tokens.get(c).text.equals("'") || tokens.get(c).text.equals("’"))) {
            c--;
        }
        String of = tokens.get(Math.max(c, 0)).key;
        if (c >= 2 && (of.equals("de") || of.equals("d") || of.equals("of"))) {
            // "les dirigeants de Quorvex et de Faltrane"
            c--;
        }
        if (c >= 1 && CONJUNCTIONS.contains(tokens.get(c).key)) {
            Span prev = claims.at(c - 1);
            return prev != null && prev.type == EntityType.ORG;
        }
        return false;
    }

    /** "the Unite union", "the Unifor union": a one-word name before a lower-case "union" is the union's. */
    private static boolean unionNamed(List<Token> tokens, int b) {
        return b < tokens.size() && tokens.get(b).key.equals("union") && !tokens.get(b).capitalised
                && b >= 2 && tokens.get(b - 2).key.equals("the");
    }

    /** "from Mysuru", "parts of Matsapha", "on Barra", "de Thiers", "depuis Wallis": cues enough for a known town. */
    private static boolean townCueBefore(List<Token> tokens, int a) {
        if (prepositionBefore(tokens, a, TOWN_CUES_BEFORE)) {
            return true;
        }
        // "l'usine d'Ambatovy": the elided "d'" is its own token.
        return a >= 2 && !tokens.get(a - 1).isWord() && tokens.get(a - 1).text.length() == 1 && tokens.get(a - 2).key.equals("d")
                && !tokens.get(a - 2).capitalised && tokens.get(a - 2).sentence == tokens.get(a).sentence;
    }

    /** "Matsapha, a town …", "Thiers, une commune …": an apposition that says what the name is. */
    private static boolean townDescribedAfter(List<Token> tokens, int b) {
        if (b + 2 >= tokens.size() || !tokens.get(b).text.equals(",")) {
            return false;
        }
        return ARTICLES_A.contains(tokens.get(b + 1).key) && !tokens.get(b + 1).capitalised
                && TOWN_NOUNS.contains(tokens.get(b + 2).key)
                || b + 3 < tokens.size() && ARTICLES_A.contains(tokens.get(b + 1).key)
                && TOWN_NOUNS.contains(tokens.get(b + 3).key);
    }

    private static boolean locativeBefore(List<Token> tokens, int a) {
        return prepositionBefore(tokens, a, LOCATIVE_BEFORE);
    }

    /**
     * Whether one of {@code prepositions} comes just before {@code a}, in lower case or opening the sentence ("In
     * Varnhem, …", "À Belcourt, …"); "près de" counts as "près".
     */
    private static boolean prepositionBefore(List<Token> tokens, int a, Set<String> prepositions) {
        if (a == 0) {
            return false;
        }
        Token prev = tokens.get(a - 1);
        if (prev.sentence != tokens.get(a).sentence || prev.capitalised && !opensSentence(tokens, a - 1)) {
            return false;
        }
        if (prev.key.equals("de") && a >= 2 && tokens.get(a - 2).key.equals("pres")) {
            return prepositions.contains("pres");
        }
        return prepositions.contains(prev.key);
    }

    /**
     * "said Ana Ruiz, a fisherman from Tollumby", ", a retired nurse from Port Alva": where the person an apposition
     * describes comes from is a place ("a letter from Brandt" is no apposition).
     */
    private static boolean homeTown(List<Token> tokens, int a) {
        if (a < 4 || !tokens.get(a - 1).key.equals("from") || tokens.get(a - 1).capitalised) {
            return false;
        }
        for (int k = a - 3; k >= a - 4 && k >= 1; k--) {
            Token t = tokens.get(k);
            if ((t.key.equals("a") || t.key.equals("an")) && !t.capitalised && tokens.get(k - 1).text.equals(",")) {
                return lowerWords(tokens, k + 1, a - 1);
            }
        }
        return false;
    }

    private static boolean lowerWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() || tokens.get(k).capitalised) {
                return false;
            }
        }
        return true;
    }

    /** "CFE-CGC": two acronyms joined by a hyphen name one body. */
    private static boolean pairedAcronym(String text) {
        int hyphen = text.indexOf('-');
        return hyphen >= 2 && text.length() - hyphen > 2 && text.length() <= 11 && text.indexOf('-', hyphen + 1) < 0;
    }

    /**
     * "Entergy said", "Arianespace a annoncé", "Foxconn, which assembles iPhones": a capitalised word left over once
     * surnames are resolved, that is no English word, personal name or town, and speaks or is described as a body
     * does, is a company's name.
     */
    void claimSpeakingBodies(Document doc, Claims claims, List<Integer> singles) {
        List<Token> tokens = doc.tokens();
        for (int i : singles) {
            Token t = tokens.get(i);
            if (claims.at(i) == null && !t.allCaps && t.text.length() >= 3 && !isStop(doc, t)
                    && !lexicon.everydayWords.contains(t.key) && !ArabicNameRomaniser.LATIN_NAMES.listed(t.key)
                    && !lexicon.towns.contains(t.key) && !lexicon.demonyms.containsKey(t.key)
                    && speaksAsBody(tokens, i)) {
                claims.claim(newSpan(doc, i, i + 1, EntityType.ORG, Span.Source.CAPITALS));
            }
        }
    }

    private static boolean speaksAsBody(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || tokens.get(i + 2).sentence != tokens.get(i).sentence) {
            return false;
        }
        Token next = tokens.get(i + 1);
        Token after = tokens.get(i + 2);
        return BODY_SPEECH.contains(next.key) || next.text.equals(",") && after.key.equals("which")
                || next.text.equals("a") && BODY_SPEECH.contains(after.key) || runsSiteAfter(tokens, i + 1);
    }

    /** "Vextra, qui exploite la mine", "Tarvik Gold, which runs the Olen mine": a relative clause of running a site. */
    private static boolean runsSiteAfter(List<Token> tokens, int b) {
        return b + 2 < tokens.size() && tokens.get(b).text.equals(",") && tokens.get(b + 2).sentence == tokens.get(b).sentence
                && (tokens.get(b + 1).key.equals("which") || tokens.get(b + 1).key.equals("qui"))
                && RUNS_SITE.contains(tokens.get(b + 2).key);
    }

    /**
     * "its Tarvik mine", "their Olen gas field": after a possessive, the name before a site (with at most one
     * lower-case word between, "gas", "gold") is the site's own, a place; the company is the possessive's owner.
     */
    private static boolean ownSiteAfterPossessive(List<Token> tokens, int a, int b) {
        if (a == 0 || b >= tokens.size() || !SITE_POSSESSIVES.contains(tokens.get(a - 1).key)
                || tokens.get(a - 1).capitalised) {
            return false;
        }
        int k = b;
        if (k + 1 < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).capitalised
                && !OWN_SITES.contains(tokens.get(k).key)) {
            k++;
        }
        return tokens.get(k).sentence == tokens.get(a).sentence && !tokens.get(k).capitalised
                && OWN_SITES.contains(tokens.get(k).key);
    }

    private static boolean opensSentence(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).sentence != tokens.get(i).sentence;
    }

    /** An acronym of two to five capitals at {@code s}, and a known town's one-word name after it. */
    private boolean acronymBeforeTown(List<Token> tokens, Claims claims, int s) {
        Token first = tokens.get(s);
        Span town = claims.at(s + 1);
        return first.allCaps && first.text.length() >= 2 && first.text.length() <= 5 && first.isWord()
                && !NOT_ACRONYMS.contains(first.text) && first.text.indexOf('-') < 0 && claims.at(s) == null
                && town != null && town.start == s + 1 && town.end == s + 2 && town.town(kb)
                && tokens.get(s + 1).capitalised && !tokens.get(s + 1).allCaps;
    }

    /** Two free English words after "on" or "to", neither of them a listed given name or surname. */
    private static boolean unlistedPairAfterMotion(Document doc, Claims claims, int a, int b) {
        List<Token> tokens = doc.tokens();
        if (b - a != 2 || a == 0 || !"en".equals(doc.language()) || !claims.free(a, b) || possessiveAt(tokens, b)) {
            return false;
        }
        Token before = tokens.get(a - 1);
        if (before.capitalised || !(before.key.equals("on") || before.key.equals("to"))
                || before.key.equals("to") && a >= 2 && ADDRESSED.contains(tokens.get(a - 2).key)) {
            return false;
        }
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (!t.capitalised || t.allCaps || t.key.indexOf('-') >= 0
                    || ArabicNameRomaniser.LATIN_NAMES.listed(t.key)) {
                return false;
            }
        }
        return true;
    }

    /** "at the Casa Nueva", "near Silver Creek": a run of unknown words after a locative, not a possessor. */
    private static boolean placeRun(List<Token> tokens, int a, int b) {
        if (possessiveAt(tokens, b)) {
            return false;
        }
        int p = a;
        if (p > 1 && tokens.get(p - 1).key.equals("the") && !tokens.get(p - 1).capitalised) {
            p--;
        }
        return prepositionBefore(tokens, p, PLACE_RUN_BEFORE) || p > 0 && tokens.get(p - 1).key.equals("a")
                && opensSentence(tokens, p - 1) && tokens.get(p - 1).capitalised;
    }

    /**
     * "between Namur and Varnhem", "à Mbour et Joal", "de Niamey et de Gothèye", "à Mamoudzou, Koungou et Bandraboua":
     * an unknown word joined by a conjunction to a town's name, or to a place found before it in the same list.
     */
    private boolean besideTown(List<Token> tokens, Claims claims, int a, int b) {
        if (b + 1 < tokens.size() && CONJUNCTIONS.contains(tokens.get(b).key)) {
            Span next = claims.at(b + 1);
            if (next != null && next.start == b + 1 && next.town(kb)) {
                return true;
            }
        }
        int c = a - 1;
        if (c >= 3 && (tokens.get(c).text.equals("'") || tokens.get(c).text.equals("’"))
                && tokens.get(c - 1).key.equals("d")) {
            c -= 2;
        } else if (c >= 2 && OF_LINKS.contains(tokens.get(c).key) && !tokens.get(c).capitalised) {
            c--;
        }
        // A comma opens a list only before one word and a conjunction: "Le maire de Saguenay, Julie Dufour," names
        // a person.
        boolean listed = c >= 1 && b == a + 1 && tokens.get(c).text.equals(",") && b < tokens.size()
                && CONJUNCTIONS.contains(tokens.get(b).key);
        if (c >= 1 && (CONJUNCTIONS.contains(tokens.get(c).key) || listed)) {
            Span prev = claims.at(c - 1);
            if (prev != null && prev.end == c && (prev.town(kb) || placeInList(prev))) {
                return true;
            }
        }
        return b == a + 1 && listWith(tokens, claims, a, this::listedPlace, true);
    }

    private boolean listedPlace(Span s) {
        return s.type == EntityType.LOC && (s.town(kb) || placeInList(s));
    }

    private boolean listedBody(Span s) {
        return s.type == EntityType.ORG;
    }

    /**
     * "les gares de Namur, Ottignies, Gembloux et Jemeppe", "de Yopougon, d'Abobo, de Koumassi et de Port-Bouët",
     * "Tarvel, Olmira and Quentor": a word in a list of single words closed by "et"/"and", where a member is a place (a
     * body) already found, or (for places) the list follows a place cue. Two-word members ("Le maire de Saguenay,
     * Julie Dufour, et …") make no list: they may be people.
     */
    private boolean listWith(List<Token> tokens, Claims claims, int a, Predicate<Span> kind, boolean places) {
        int first = a;
        boolean place = false;
        boolean closed = false;
        while (true) {
            int separator = linkStart(tokens, first) - 1;
            boolean conjunction = separator >= 1 && first == a && CONJUNCTIONS.contains(tokens.get(separator).key);
            if (separator < 1 || !conjunction && !tokens.get(separator).text.equals(",")) {
                break;
            }
            if (conjunction && tokens.get(separator - 1).text.equals(",")) {
                separator--;
            }
            int member = listMember(tokens, claims, separator - 1, kind);
            if (member < 0) {
                break;
            }
            place |= claims.at(member) != null;
            first = member;
            closed |= conjunction;
        }
        int last = a;
        while (!closed) {
            int separator = last + 1;
            Span s = claims.at(last);
            if (s != null && s.start == last) {
                separator = s.end;
            }
            if (separator >= tokens.size()) {
                return false;
            }
            if (tokens.get(separator).text.equals(",") && separator + 1 < tokens.size()
                    && CONJUNCTIONS.contains(tokens.get(separator + 1).key)) {
                // "A, B, and C"
                separator++;
            }
            closed = CONJUNCTIONS.contains(tokens.get(separator).key);
            if (!closed && !tokens.get(separator).text.equals(",")) {
                return false;
            }
            int next = linkEnd(tokens, separator + 1);
            int end = next < tokens.size() ? memberEnd(tokens, claims, next, kind) : -1;
            if (end < 0) {
                return false;
            }
            place |= claims.at(next) != null;
            last = next;
        }
        return place || places && placeCueBefore(tokens, first);
    }

    /** The list member ending at {@code k} (a name of the kind, or one unknown capitalised word), or -1. */
    private int listMember(List<Token> tokens, Claims claims, int k, Predicate<Span> kind) {
        Span s = claims.at(k);
        if (s != null) {
            return s.end == k + 1 && kind.test(s) ? s.start : -1;
        }
        return singleWord(tokens, k) ? k : -1;
    }

    /** The end of the list member opening at {@code k}, or -1. */
    private int memberEnd(List<Token> tokens, Claims claims, int k, Predicate<Span> kind) {
        Span s = claims.at(k);
        if (s != null) {
            return s.start == k && kind.test(s) ? s.end : -1;
        }
        return singleWord(tokens, k) ? k + 1 : -1;
    }

    /** One unknown capitalised word, standing alone between marks or links ("Ottignies,"). */
    private boolean singleWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isWord() && t.capitalised && !t.allCaps && !isStopword(t.key) && !lexicon.demonyms.containsKey(t.key)
                && (k + 1 >= tokens.size() || !tokens.get(k + 1).capitalised || !tokens.get(k + 1).isWord())
                && (k == 0 || !tokens.get(k - 1).capitalised || !tokens.get(k - 1).isWord());
    }

    /** Back over "de", "du" or "d'" before a list member. */
    private static int linkStart(List<Token> tokens, int k) {
        if (k >= 2 && (tokens.get(k - 1).text.equals("'") || tokens.get(k - 1).text.equals("’"))
                && tokens.get(k - 2).key.equals("d")) {
            return k - 2;
        }
        return k >= 1 && OF_LINKS.contains(tokens.get(k - 1).key) && !tokens.get(k - 1).capitalised ? k - 1 : k;
    }

    /** Past "de", "du" or "d'" before a list member. */
    private static int linkEnd(List<Token> tokens, int k) {
        if (k + 2 < tokens.size() && tokens.get(k).key.equals("d")
                && (tokens.get(k + 1).text.equals("'") || tokens.get(k + 1).text.equals("’"))) {
            return k + 2;
        }
        return k + 1 < tokens.size() && OF_LINKS.contains(tokens.get(k).key) && !tokens.get(k).capitalised ? k + 1 : k;
    }

    /** A place the base does not know, or a region: a town list goes on from it ("Kusile and Tutuka"), not a country. */
    private boolean placeInList(Span place) {
        return place.type == EntityType.LOC && (!place.linked() || !place.country(kb));
    }

    /** Whether an earlier person's name ends with this word ("Boric" after "Gabriel Boric"). */
    private static boolean surnameOfPerson(List<Token> tokens, Claims claims, int a) {
        String key = tokens.get(a).key;
        for (int k = 0; k < a; k++) {
            Span c = claims.at(k);
            if (c != null && c.type == EntityType.PERSON && c.end - 1 == k && tokens.get(k).key.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "J.R. Tolkvin Marsh": initials written tight with full stops before a person's name are part of it; a title's
     * abbreviation is not ("M. Kouassi Brou").
     */
    private int initialsStart(List<Token> tokens, Claims claims, int a) {
        int first = a;
        while (first >= 2 && tokens.get(first - 1).text.equals(".") && claims.at(first - 1) == null
                && claims.at(first - 2) == null && tokens.get(first - 2).text.length() == 1
                && Character.isUpperCase(tokens.get(first - 2).text.charAt(0))
                && tokens.get(first - 2).end == tokens.get(first - 1).start
                && (lexicon.titles.match(tokens, first - 2) == null
                || tokens.get(first - 1).end == tokens.get(first).start)) {
            // "M.K. Stalin": a stop written tight against the next initial ends no title ("M. Diallo").
            first -= 2;
        }
        return first;
    }

    /** A full stop written tight after a one-letter capital that follows another capitalised word ("Tore O."). */
    private boolean middleInitialStop(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        Token initial = tokens.get(j - 1);
        if (!t.text.equals(".") || initial.end != t.start || initial.text.length() != 1 || !initial.capitalised
                || j < 2 || j + 1 >= tokens.size() || tokens.get(j + 1).start == t.end) {
            return false;
        }
        Token given = tokens.get(j - 2);
        // "Selon M. Ramgoolam": "M." is a title, not an initial.
        return given.capitalised && given.isWord() && given.text.length() > 1 && !isStopword(given.key)
                && lexicon.titles.match(tokens, j - 1) == null;
    }

    /**
     * A full stop written tight after a one-letter capital that opens the run or follows another initial ("R. K.
     * Menon"); a title's abbreviation is no initial ("M. Diallo").
     */
    private boolean initialsStop(List<Token> tokens, int i, int j) {
        Token t = tokens.get(j);
        Token initial = tokens.get(j - 1);
        if (!t.text.equals(".") || initial.end != t.start || initial.text.length() != 1 || !initial.capitalised
                || j + 1 >= tokens.size() || tokens.get(j + 1).start == t.end
                || lexicon.titles.match(tokens, j - 1) != null) {
            return false;
        }
        return j - 1 == i || j - 2 > i && tokens.get(j - 2).text.equals(".");
    }

    /** "Marcus Whitlow Jr.": the full stop of "Jr." or "Sr." is part of the name. */
    private static int generationSuffixEnd(List<Token> tokens, int b) {
        Token last = tokens.get(b - 1);
        boolean suffix = last.key.equals("jr") || last.key.equals("sr");
        boolean stop = b < tokens.size() && tokens.get(b).text.equals(".") && tokens.get(b).start == last.end;
        return suffix && stop ? b + 1 : b;
    }

    private boolean lastIsDemonymOnly(List<Token> tokens, int s, int e) {
        return e - s == 2 && lexicon.demonyms.containsKey(tokens.get(s).key)
                && lexicon.titles.match(tokens, s + 1) != null;
    }

    private boolean orgCue(List<Token> tokens, int a, int b) {
        if (orgCueBefore(tokens, a) || orgApposition(tokens, b) || orgAppositionBefore(tokens, a, b)
                || acronymAfter(tokens, b) || cueWithComplement(tokens, a) || firmAfterChez(tokens, a, b)
                || runsSiteAfter(tokens, b)) {
            return true;
        }
        for (int k = b; k < Math.min(tokens.size(), b + 2); k++) {
            if (ORG_CUES_AFTER.contains(tokens.get(k).key) && (k == b || !PEOPLE_OF_BODIES.contains(tokens.get(k).key))) {
                // "the Wagner mercenary group"; but "Brennan met executives of …" names no body.
                return true;
            }
            if (tokens.get(k).capitalised || !tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "le parti Les Radicaux", "l'association La Main tendue": a capitalised article inside a sentence, right after a
     * kind of body and before another capitalised word, opens the body's name.
     */
    private static boolean articleOfNamedBody(List<Token> tokens, int a, int b) {
        Token article = tokens.get(a);
        return a > 0 && a + 1 < b && article.capitalised && !article.allCaps && FRENCH_ARTICLES.contains(article.key)
                && !opensSentence(tokens, a) && tokens.get(a + 1).capitalised && tokens.get(a + 1).isWord()
                && !tokens.get(a - 1).capitalised && ORG_CUES_BEFORE.contains(tokens.get(a - 1).key);
    }

    /**
     * "l'opérateur du réseau Voltrenix", "le syndicat des cheminots Railunion": a kind of body whose remit is a
     * complement of one lower-case noun before the name. A title there ("le parti du président X") names a person.
     */
    private boolean cueWithComplement(List<Token> tokens, int a) {
        if (a < 3) {
            return false;
        }
        Token noun = tokens.get(a - 1);
        return noun.isWord() && !noun.capitalised && noun.text.length() > 2 && lexicon.titles.match(tokens, a - 1) == null
                && COMPLEMENT_LINKS.contains(tokens.get(a - 2).key) && !tokens.get(a - 2).capitalised
                && ORG_CUES_BEFORE.contains(tokens.get(a - 3).key) && !tokens.get(a - 3).capitalised;
    }

    /**
     * "grève chez Pavlotex": after "chez", a name with no listed given name or surname is the firm where people work;
     * "chez Marie Lenoir" stays a person's.
     */
    private static boolean firmAfterChez(List<Token> tokens, int a, int b) {
        if (a == 0 || !tokens.get(a - 1).key.equals("chez") || tokens.get(a - 1).capitalised) {
            return false;
        }
        return noListedName(tokens, a, b);
    }

    /** Whether none of the words of [a, b) is a listed given name or surname. */
    /**
     * "Abilio Kiluange of the Angolan Dockworkers Association": two or three words that are neither everyday words
     * nor known towns before "of the" read as a person whose given name is not listed, not as a body's first words.
     */
    private boolean unknownWords(List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.text.length() < 3 || lexicon.everydayWords.contains(t.key) || lexicon.towns.contains(t.key)
                    || lexicon.demonyms.containsKey(t.key)) {
                return false;
            }
        }
        return true;
    }

    private static boolean noListedName(List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !CONNECTORS.contains(t.key) && ArabicNameRomaniser.LATIN_NAMES.listed(t.key)) {
                return false;
            }
        }
        return true;
    }

    /** A kind of body just before the name, or before the modifiers of its business ("la compagnie maritime"). */
    /** "Shares in Voltrex fell", "a 20% stake in Pavlotex": "in" after a holding names the firm, not a place. */
    private static boolean holdingIn(List<Token> tokens, int a) {
        return a >= 2 && tokens.get(a - 1).key.equals("in") && !tokens.get(a - 1).capitalised
                && HOLDINGS.contains(tokens.get(a - 2).key);
    }

    private boolean orgCueBefore(List<Token> tokens, int name) {
        // "la société d'État Vextra Generation": the cue comes before "d'État".
        int a = name >= 3 && stateOwned(tokens, name - 1) ? name - 3 : name;
        if (a > 0 && ORG_CUES_BEFORE.contains(tokens.get(a - 1).key) || sourceWithArticle(tokens, a)
                || managementOf(tokens, a) || holdingIn(tokens, a)) {
            return true;
        }
        for (int back = 2; back <= 4 && a - back >= 0; back++) {
            // "la compagnie publique Jirama", "coalition de gangs Viv Ansanm", "shares of Vietjet", "la société
            // d'électricité …", "state power trader …"
            Token between = tokens.get(a - back + 1);
            // "le fabricant de batteries Vextor": what the firm makes, a lower-case noun after "de".
            boolean filler = CUE_FILLERS.contains(between.key) || between.isWord() && (between.key.endsWith("ique")
                    || between.key.endsWith("ile") || between.key.endsWith("ier") || between.key.endsWith("iere")
                    || back == 2 && PRODUCT_LINKS.contains(tokens.get(a - back).key))
                    // "la société espagnole Vextra", "le groupe minier canadien Vextra": a nationality after the cue.
                    || between.isWord() && lexicon.demonyms.containsKey(between.key);
            if (between.capitalised || !filler) {
                break;
            }
            if (ORG_CUES_BEFORE.contains(tokens.get(a - back).key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Tajikistan's state power company, Barki Tojik, said": the name is an apposition to a kind of body before it,
     * closed by a comma on both sides.
     */
    private static boolean orgAppositionBefore(List<Token> tokens, int a, int b) {
        return a >= 2 && b < tokens.size() && tokens.get(a - 1).text.equals(",") && tokens.get(b).text.equals(",")
                && !tokens.get(a - 2).capitalised && ORG_APPOSITION_HEADS.contains(tokens.get(a - 2).key)
                && !complementOfNoun(tokens, a - 2);
    }

    /**
     * "le PDG du groupe, Mostafa Lamrani,", "the head of the company, Ann Berg,": the kind of body is the complement
     * of another noun (an office), so the apposition names its holder, not the body.
     */
    private static boolean complementOfNoun(List<Token> tokens, int head) {
        int p = head - 1;
        while (p >= 1 && ARTICLES.contains(tokens.get(p).key)) {
            p--;
        }
        return p >= 0 && COMPLEMENT_LINKS.contains(tokens.get(p).key);
    }

    /**
     * "Obrelo InfraNova", "Consolidated Kelvish Ports", "Morvan & Castel": a brand's inner capital, a nationality
     * inside the name or an ampersand make a body's name, never a person's.
     */
    private boolean brandWordInside(List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (!t.allCaps && innerCapital(t.text) || k > a && k < b - 1 && lexicon.demonyms.containsKey(t.key)
                    || t.text.equals("&")) {
                return true;
            }
        }
        return false;
    }

    /** "Esso SAF", "Vinci SA": a short acronym ends a company's name, never a person's. */
    private static boolean acronymLast(List<Token> tokens, int a, int b) {
        Token last = tokens.get(b - 1);
        return b - a >= 2 && last.allCaps && last.text.length() >= 2 && last.text.length() <= 3
                && !NOT_ACRONYMS.contains(last.text) && !tokens.get(a).allCaps;
    }

    /**
     * "CGTV Cheminots", "PSK Gdynia": a name opened by an acronym of three letters or more is a body's (a union's
     * branch, a company's subsidiary); two letters may be a person's initials ("JD Vance").
     */
    private static boolean acronymFirst(List<Token> tokens, int a) {
        Token first = tokens.get(a);
        return first.allCaps && first.text.length() >= 3 && first.text.length() <= 6
                && !NOT_ACRONYMS.contains(first.text) && first.text.indexOf('-') < 0;
    }

    /**
     * "Saint-Pardoux-la-Croisille", "Newport-on-Tay": a hyphenated word whose first and last parts are capitalised
     * and which holds a lower-case link of town names between them is a town's name; so is one opened by "Haut-",
     * "Basse-" or "Val-".
     */
    private boolean townShaped(String text) {
        String[] parts = text.split("-");
        if (parts.length < 2 || !capitalisedPart(parts[0]) || !capitalisedPart(parts[parts.length - 1])) {
            return false;
        }
        if (UPLAND_PREFIXES.contains(parts[0]) && !lexicon.orgWordsLatin.contains(TextNormaliser.key(text))
                && !lexicon.orgWordsLatin.contains(TextNormaliser.key(parts[1]))
                && lexicon.glossaryFrench.single(TextNormaliser.key(parts[1])) == null) {
            // "le Haut-Doubs", "le Val-Morin": an upper, lower or valley land; "Haut-Commissariat" is a body.
            return true;
        }
        for (int k = 1; k < parts.length - 1; k++) {
            if (TOWN_NAME_LINKS.contains(parts[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the ferry from Port Alvar to Kessane", "from Kessane to Lagos": a word no list holds at one end of a route whose
     * other end is a place is a place too; a listed personal name there keeps its reading ("from Anna to …").
     */
    /**
     * "Dapchi, in northeastern Nigeria", "Chimay, dans le Hainaut", "Goudoubo, a camp near Dori": an apposition that
     * places the name inside or beside a place found before; one that opens with an article must say what kind of
     * place it is ("Ruiz, a farmer in Peru" is a person). A listed personal name keeps its reading. The apposition
     * may follow the second of two names joined by a conjunction.
     */
    private static boolean placedInPlace(List<Token> tokens, Claims claims, int b) {
        if (b + 3 < tokens.size() && CONJUNCTIONS.contains(tokens.get(b).key) && !tokens.get(b).capitalised
                && tokens.get(b + 1).capitalised && !tokens.get(b + 1).allCaps && claims.at(b + 1) == null
                && !ArabicNameRomaniser.LATIN_NAMES.listed(tokens.get(b - 1).key)) {
            // "Durbuy et Hotton, dans la province de Luxembourg": the apposition places both names of the pair.
            b += 2;
        }
        if (b + 2 >= tokens.size() || !tokens.get(b).text.equals(",")
                || ArabicNameRomaniser.LATIN_NAMES.listed(tokens.get(b - 1).key)) {
            return false;
        }
        Token first = tokens.get(b + 1);
        boolean described = ARTICLES_A.contains(first.key);
        if (first.capitalised || !described && !APPOSITION_PLACE_LINKS.contains(first.key)) {
            return false;
        }
        boolean kind = !described;
        for (int k = b + 2; k < tokens.size() && k <= b + 7; k++) {
            Token t = tokens.get(k);
            if (t.sentence != first.sentence) {
                return false;
            }
            Span c = claims.at(k);
            if (c != null && c.start == k) {
                return kind && c.type == EntityType.LOC;
            }
            if (t.capitalised || t.kind == Token.Kind.NUMBER && described && !kind) {
                return false;
            }
            if (!t.isWord() && !t.text.equals("-") && !t.text.equals("'") && !t.text.equals("’")
                    && t.kind != Token.Kind.NUMBER) {
                return false;
            }
            kind |= TOWN_NOUNS.contains(t.key) || DESCRIBED_PLACE_NOUNS.contains(t.key);
        }
        return false;
    }

    private static boolean routeEnd(List<Token> tokens, Claims claims, int a) {
        if (a < 2 || ArabicNameRomaniser.LATIN_NAMES.listed(tokens.get(a).key)) {
            return false;
        }
        Token before = tokens.get(a - 1);
        if (before.capitalised || before.sentence != tokens.get(a).sentence) {
            return false;
        }
        if (before.key.equals("to")) {
            Span other = claims.at(a - 2);
            return other != null && other.type == EntityType.LOC && other.end == a - 1 && other.start > 0
                    && tokens.get(other.start - 1).key.equals("from") && !tokens.get(other.start - 1).capitalised;
        }
        if (before.key.equals("from") && a + 2 < tokens.size() && tokens.get(a + 1).key.equals("to")
                && !tokens.get(a + 1).capitalised) {
            Span other = claims.at(a + 2);
            return other != null && other.type == EntityType.LOC && other.start == a + 2;
        }
        return false;
    }

    private static boolean capitalisedPart(String part) {
        return part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && Character.isLowerCase(part.charAt(1));
    }

    /** "l'autoroute A47", "the N2 highway": a road's code of capitals and digits. */
    private static boolean roadCode(List<Token> tokens, int a) {
        Token t = tokens.get(a);
        boolean digits = false;
        for (int c = 1; c < t.text.length(); c++) {
            digits |= Character.isDigit(t.text.charAt(c));
        }
        return digits && Character.isUpperCase(t.text.charAt(0)) && (a > 0 && ROADS.contains(tokens.get(a - 1).key)
                && !tokens.get(a - 1).capitalised || a + 1 < tokens.size() && ROADS.contains(tokens.get(a + 1).key));
    }

    /** "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a person's name is not shortened to an acronym, a body's is. */
    private static boolean acronymAfter(List<Token> tokens, int b) {
        return b + 2 < tokens.size() && tokens.get(b).text.equals("(") && tokens.get(b + 2).text.equals(")")
                && tokens.get(b + 1).allCaps && tokens.get(b + 1).text.length() >= 3;
    }

    /** "selon l'Insee", "selon la Fepaci": French cites a person after "selon" bare, a body with its article. */
    /** Two to four capitalised words with no body or place word, none a name the base links: a person's name. */
    private boolean personNameOnly(List<Token> tokens, Claims claims, int from, int to) {
        if (to - from < 2 || to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            Span c = claims.at(k);
            if (!t.isWord() || !t.capitalised || t.allCaps || lexicon.orgWordsLatin.contains(t.key)
                    || lexicon.placeHeadsLatin.contains(t.key) || c != null && c.linked() && !c.town(kb)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "John Kamau of the Kenya Revenue Authority", "President Ana Vela of the Andean Bank": two to four capitalised
     * words after any title, one of them a listed given name or surname or a particle of filiation ("Sidi Ould
     * Tah") and none a body or place word, are a person,
     * and "of the" after them opens the body the person serves, not a longer name.
     */
    private boolean personBeforeOf(List<Token> tokens, int from, int of) {
        int s = from;
        PhraseTrie.Match<String> title = lexicon.titles.match(tokens, s);
        if (title != null && title.end() < of) {
            s = title.end();
        }
        if (of - s < 2 || of - s > 4) {
            return false;
        }
        boolean particle = false;
        for (int k = s; k < of; k++) {
            particle |= FILIATION_PARTICLES.contains(tokens.get(k).key);
        }
        if (!particle && noListedName(tokens, s, of) && !(of - s <= 3 && unknownWords(tokens, s, of))) {
            return false;
        }
        for (int k = s; k < of; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.capitalised || t.allCaps || lexicon.orgWordsLatin.contains(t.key)
                    || lexicon.placeHeadsLatin.contains(t.key) || lexicon.titles.match(tokens, k) != null) {
                // "The Secretary General of the X Union": a title left inside names the office, not a person.
                return false;
            }
        }
        return true;
    }

    /**
     * A storm's name opens with its kind, which may carry a strength before it ("Typhoon Kalani", "Super Typhoon
     * Kalani", "Tropical Storm Odile", "Severe Tropical Cyclone Vana"): storms are not annotated.
     */
    private static boolean stormAt(List<Token> tokens, int s, int e) {
        int k = s;
        while (k < e - 1 && k < s + 2 && STORM_GRADES.contains(tokens.get(k).key)) {
            k++;
        }
        return k < e - 1 && STORMS.contains(tokens.get(k).key);
    }

    /** Whether [a, b) ends with an everyday English word and none of its words is a listed given name or surname. */
    private boolean everydayPhrase(List<Token> tokens, int a, int b) {
        if (!lexicon.everydayWords.contains(tokens.get(b - 1).key)) {
            return false;
        }
        return noListedName(tokens, a, b);
    }

    /** "Hydro-Québec", "Télé-Québec": one hyphenated word whose first part is a kind of body. */
    private boolean hyphenatedBody(Token t) {
        int hyphen = t.key.indexOf('-');
        return hyphen > 0 && !t.allCaps && lexicon.orgWordsLatin.contains(t.key.substring(0, hyphen))
                && !COMPASS_PARTS.contains(t.key.substring(hyphen + 1));
    }

    /** Whether the word at {@code a} was claimed alone as an organisation earlier in the story. */
    private static boolean bodyNamedBefore(List<Token> tokens, Claims claims, int a) {
        String key = tokens.get(a).key;
        for (int k = 0; k < a; k++) {
            Span c = claims.at(k);
            if (c != null && c.start == k && c.end == k + 1 && c.type == EntityType.ORG && tokens.get(k).key.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "la direction de Michelin", "sa direction d'Alcoa", "the management of Valero": the managers of a firm; "en
     * direction de Thiers" is a way, so a determiner must come before the noun.
     */
    private static boolean managementOf(List<Token> tokens, int a) {
        int p = a - 1;
        if (p >= 1 && (tokens.get(p).text.equals("'") || tokens.get(p).text.equals("’"))) {
            p--;
        }
        if (p < 2 || !OF_LINKS.contains(tokens.get(p).key) && !tokens.get(p).key.equals("of")
                || !MANAGEMENT_NOUNS.contains(tokens.get(p - 1).key) || tokens.get(p - 1).capitalised) {
            return false;
        }
        return DETERMINERS.contains(tokens.get(p - 2).key);
    }

    private static boolean sourceWithArticle(List<Token> tokens, int a) {
        int p = a - 1;
        if (p >= 1 && (tokens.get(p).text.equals("'") || tokens.get(p).text.equals("’"))
                && tokens.get(p - 1).key.equals("l")) {
            p--;
        } else if (p < 0 || !tokens.get(p).key.equals("la") && !tokens.get(p).key.equals("le")) {
            return false;
        }
        return p >= 1 && !tokens.get(p).capitalised && tokens.get(p - 1).key.equals("selon");
    }

    /**
     * "Elering, Estonia's grid operator, said", "Norvik, the Dutch public works agency,": an apposition after the
     * name whose head noun is a kind of body. Only an article, a possessor and modifiers may come before the head, so
     * "…, head of the company," (a person's office) does not count.
     */
    private boolean orgApposition(List<Token> tokens, int b) {
        if (b + 2 >= tokens.size() || !tokens.get(b).text.equals(",")) {
            return false;
        }
        int k = b + 1;
        int sentence = tokens.get(b).sentence;
        String first = tokens.get(k).key;
        if (first.equals("the") || first.equals("a") || first.equals("an") || first.equals("la") || first.equals("le")
                || first.equals("l") || first.equals("une") || first.equals("un")) {
            k++;
        }
        while (k < tokens.size() && tokens.get(k).capitalised && tokens.get(k).isWord()) {
            k++;
        }
        if (k + 1 < tokens.size() && possessiveAt(tokens, k)) {
            k += 2;
        } else if (tokens.get(k).text.equals("'") || tokens.get(k).text.equals("’")) {
            k++;
        }
        String head = null;
        for (int n = 0; n < 4 && k < tokens.size() && tokens.get(k).sentence == sentence; n++, k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.capitalised) {
                break;
            }
            if (isStopword(t.key)) {
                return false;
            }
            head = t.key;
        }
        boolean closed = k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).sentence != sentence;
        return closed && head != null && ORG_APPOSITION_HEADS.contains(head);
    }

    private boolean placeCueBefore(List<Token> tokens, int name) {
        int s = name;
        while (s > 0 && ARTICLES.contains(tokens.get(s - 1).key) && !tokens.get(s - 1).capitalised) {
            s--;
        }
        for (int back = 1; back <= 3 && s - back >= 0; back++) {
            PhraseTrie.Match<String> m = lexicon.placeCuesBefore.match(tokens, s - back);
            // The cue may end before the article or take its elision with it ("port d'").
            if (m != null && (m.end() == s || m.end() == name)) {
                return true;
            }
        }
        return false;
    }

    private boolean placeCueAfter(List<Token> tokens, int e) {
        if (e >= tokens.size()) {
            return false;
        }
        PhraseTrie.Match<String> m = lexicon.placeCuesAfter.match(tokens, e);
        // "the Baltic port of Gdansk": a cue ending in "of" opens the next name.
        return m != null && !tokens.get(e).capitalised && !tokens.get(e).text.equals("of")
                && !tokens.get(m.end() - 1).text.equals("of");
    }

    /** The end of a title that starts before {@code s} and ends inside [s, to), or -1. */
    private int titleInto(List<Token> tokens, int s, int to) {
        for (int back = 1; back <= 3 && s - back >= 0; back++) {
            PhraseTrie.Match<String> m = lexicon.titles.match(tokens, s - back);
            if (m != null && m.end() > s && m.end() <= to) {
                return m.end();
            }
        }
        return -1;
    }

    /**
     * "le maire de", "le député de la", "le sénateur de l'", "la présidente de la région": a title and the links to
     * its place (and the kind of place), just before s.
     */
    private boolean officeOfPlaceBefore(List<Token> tokens, int s) {
        int p = s > 0 && !tokens.get(s - 1).capitalised && lexicon.placeHeadsLatin.contains(tokens.get(s - 1).key)
                ? s - 1 : s;
        int links = p;
        while (p > 0 && p > links - 4 && PORTFOLIO_LINKS.contains(tokens.get(p - 1).key)
                && !tokens.get(p - 1).capitalised) {
            p--;
        }
        return p < links && titleBefore(tokens, p);
    }

    private boolean titleBefore(List<Token> tokens, int s) {
        int p = s - 1;
        if (p >= 0 && (tokens.get(p).text.equals(",") || tokens.get(p).text.equals("."))) {
            p--;
        }
        for (int back = 0; back <= 3 && p - back >= 0; back++) {
            PhraseTrie.Match<String> m = lexicon.titles.match(tokens, p - back);
            if (m != null && m.end() == p + 1) {
                return true;
            }
        }
        return false;
    }

    private boolean isStopword(String key) {
        return lexicon.isStopword("en", key) || lexicon.isStopword("fr", key);
    }

    private boolean isStop(Document doc, Token t) {
        return isStopword(t.key)
                || isCalendar(t) && !givenNameLikeMonth(doc.tokens(), t.index);
    }

    /** "New Unity Party", "New Brantley": a capitalised "New" before another capitalised word opens the name. */
    private static boolean newInName(List<Token> tokens, int s, int to) {
        return tokens.get(s).key.equals("new") && tokens.get(s).capitalised && s + 1 < to
                && tokens.get(s + 1).capitalised;
    }

    /**
     * "State Audit Office", "Police Service of Vestland": a capitalised "State" or kind of body opens the name of a
     * body.
     */
    private boolean stateBody(List<Token> tokens, int s, int to) {
        Token t = tokens.get(s);
        return (t.key.equals("state") || lexicon.orgWordsLatin.contains(t.key)) && t.capitalised && s + 1 < to && tokens.get(s + 1).capitalised
                && orgWordIn(tokens, s + 1, to);
    }

    /** "Jan Kowalczyk": a short month name before a capitalised word and away from numbers is a given name. */
    private static boolean givenNameLikeMonth(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.text.length() == 3 && i + 1 < tokens.size() && tokens.get(i + 1).capitalised
                && tokens.get(i + 1).isWord() && tokens.get(i + 1).sentence == t.sentence
                && (i == 0 || tokens.get(i - 1).kind != Token.Kind.NUMBER)
                && (i + 2 >= tokens.size() || tokens.get(i + 2).kind != Token.Kind.NUMBER);
    }

    private boolean isCalendar(Token t) {
        return lexicon.months.word(t) != null || lexicon.weekdays.word(t) != null;
    }

    /** "BHP's Escondida mine": a known body's possession is named apart from it. */
    private static boolean isKnownBody(Claims claims, int i) {
        Span s = claims.at(i);
        return s != null && s.type == EntityType.ORG && s.linked();
    }

    private boolean isKnownPlace(Claims claims, int i) {
        Span s = claims.at(i);
        return s != null && s.type == EntityType.LOC;
    }

    private boolean capWord(List<Token> tokens, Claims claims, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        if (!t.isWord() || t.arabic || !(t.capitalised || t.allCaps || particleName(t.text))
                || hasDigit(t.text) || isCompoundAdjective(t.key) || currencyPrefix(tokens, i)) {
            return false;
        }
        Span s = claims.at(i);
        if (s != null && s.source == Span.Source.PATTERN) {
            return false;
        }
        return !isCalendar(t) || givenNameLikeMonth(tokens, i);
    }

    /**
     * "D. K. Menon": a capital letter and its full stop are an initial, though "d" is also a French stopword; the
     * last letter of "U.S." is not.
     */
    private static boolean initialAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.text.length() == 1 && t.capitalised && k + 1 < tokens.size() && tokens.get(k + 1).text.equals(".")
                && tokens.get(k + 1).start == t.end && (k == 0 || tokens.get(k - 1).end < t.start);
    }

    /** Whether the token at {@code k} is the number of a union's branch: "Local 832". */
    private static boolean unionLocal(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        Token local = k > 0 ? tokens.get(k - 1) : null;
        return t.kind == Token.Kind.NUMBER && local != null && local.capitalised && local.key.equals("local")
                && local.sentence == t.sentence && t.start == local.end + 1;
    }

    /** "A350", "M23": a model or a code, not a word of a name. Digits at the start are numbers. */
    private static boolean hasDigit(String text) {
        for (int c = 0; c < text.length(); c++) {
            if (Character.isDigit(text.charAt(c))) {
                return c == 0 || text.length() > 3 && !text.startsWith("M") && !text.startsWith("G");
            }
        }
        return false;
    }

    /** "NZ$10 million", "US$": letters written against a dollar sign name a currency. */
    private static boolean currencyPrefix(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.allCaps && i + 1 < tokens.size() && tokens.get(i + 1).text.equals("$") && tokens.get(i + 1).start == t.end;
    }

    /**
     * "al-Chaibani", "el-Sisi": an Arabic family name written with its lower-case article; "wal-Muslimin" (and the)
     * inside a body's name.
     */
    private static boolean particleName(String text) {
        int article = text.startsWith("al-") || text.startsWith("el-") ? 3 : text.startsWith("wal-") ? 4 : 0;
        return article > 0 && text.length() > article + 1 && Character.isUpperCase(text.charAt(article));
    }

    /** "Tehran-based", "Saudi-led", "state-run": adjectives, not names. */
    private static boolean isCompoundAdjective(String key) {
        int dash = key.lastIndexOf('-');
        if (dash < 0) {
            return false;
        }
        String tail = key.substring(dash + 1);
        return tail.equals("based") || tail.equals("led") || tail.equals("backed") || tail.equals("owned")
                || tail.equals("run") || tail.equals("born") || tail.equals("made") || tail.equals("bound")
                || tail.equals("style") || tail.equals("linked") || tail.equals("allied");
    }

    /**
     * Sentences written in title case (headlines): capitals there say nothing about names. A lead sentence dense with
     * names ("LILONGWE, June 25 - Malawi's President Lazarus Chakwera received Lesotho Prime Minister ...") has as
     * many capitals, but its verbs and common nouns are in lower case; a headline's are not.
     */
    private boolean[] titleCaseSentences(Document doc, List<Token> tokens) {
        int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence + 1;
        int[] words = new int[sentences];
        int[] caps = new int[sentences];
        for (Token t : tokens) {
            if (t.isWord() && !t.arabic && t.text.length() > 3) {
                words[t.sentence]++;
                if (t.capitalised) {
                    caps[t.sentence]++;
                }
            }
        }
        boolean[] out = new boolean[sentences];
        boolean any = false;
        for (int s = 0; s < sentences; s++) {
            out[s] = words[s] >= 4 && caps[s] * 10 >= words[s] * 7;
            any |= out[s];
        }
        if (!any) {
            return out;
        }
        // Only the few sentences that look like headlines are read again for lower-case content words. Short ones
        // count too: in "Tore Lindqvist met John Smith in Kirkenes." the verb "met" ("Paul Mercier a vu Anne Girard",
        // "vu") is the only word in lower case that title case would have capitalised. Title case keeps only function
        // words in lower case, and the stopword lists hold them but "via" and "vs".
        int[] lowerContent = new int[sentences];
        for (Token t : tokens) {
            if (out[t.sentence] && t.isWord() && !t.arabic && t.text.length() >= 2 && !t.capitalised
                    && !t.key.equals("via") && !t.key.equals("vs") && !isStop(doc, t)) {
                lowerContent[t.sentence]++;
            }
        }
        for (int s = 0; s < sentences; s++) {
            out[s] &= lowerContent[s] * 10 < words[s];
        }
        return out;
    }

    static Span newSpan(Document doc, int s, int e, EntityType type, Span.Source source) {
        List<Token> tokens = doc.tokens();
        return new Span(s, e, tokens.get(s).start, tokens.get(e - 1).end, type, source, List.of(), null);
    }
}
