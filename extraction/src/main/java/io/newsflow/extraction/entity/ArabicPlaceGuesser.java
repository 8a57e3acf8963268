package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.BundledKnowledge;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.knowledge.NameIndex;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.TextNormaliser;
import io.newsflow.extraction.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places written in Arabic that the gazetteer has only in Latin letters ("الفاشر" is GeoNames' "Al-Fashir",
 * "بورتسودان" is "Port Sudan"). After a place word ("مدينة", "جزيرة", "ميناء" ...) an unknown word is taken as a place,
 * and linked when its consonant skeleton equals the skeleton of a known place's English name (b/p, s/z and the
 * emphatic and plain consonants are not told apart; vowels are dropped).
 */
final class ArabicPlaceGuesser {

    /** Words that end a place name and belong to it: "شبيلي السفلى" is Lower Shabelle. */
    private static final Set<String> NAME_FINAL = WordSet.of("السفلي", "العليا", "الوسطي", "الكبري",
            "الصغري", "الكبير", "الصغير");

    /** Prepositions that follow a verb, not a place name ("بوسو أسفر عن"). */
    private static final Set<String> VERB_OBJECTS = WordSet.of("عن", "علي");

    /** Skeletons of this many consonants or fewer match too many places to be taken without their country. */
    private static final int SHORT_SKELETON = 3;
    /** Natural features named after a place: the English pattern of the name. */
    private static final Map<String, String> NATURAL_FEATURES = Map.of("بحيرة", "Lake %s", "نهر", "%s River",
            "جبل", "Mount %s", "دلتا", "%s Delta");

    /**
     * Words that open the names of Arab places and are places elsewhere when alone ("بني" is Beni, Bolivia; "غور" Ghor,
     * Afghanistan): with the word after them they name one place, which English writes with the word.
     */
    /** The words English puts after the name of a division ("Damad Governorate"), taken off a valley's town. */
    private static final List<String> DIVISION_WORDS = List.of("Governorate", "District", "Province", "Municipality",
            "Department", "Region");
    /** The countries whose wire copy writes "بني" as "Bani" ({@link #opener}). */
    private static final Set<String> BANI_COUNTRIES = Set.of("JO", "PS", "LB", "SY", "IQ", "SA",
            "KW", "BH", "QA", "AE", "OM", "YE", "LY");
    private static final Map<String, String> OPENERS = Map.of("بني", "Beni", "غور", "Ghor");
    /** Places named with their kind, which English writes after the name. */
    private static final Map<String, String> FACILITIES = Map.of("قصر", "%s Palace", "ميناء", "%s Port", "مخيم",
            "%s camp", "معبر", "%s crossing", "منفذ", "%s crossing", "مرفأ", "%s Port", "قلعة", "%s Fort",
            "مديرية", "%s District", "مطار", "%s Airport", "حقل", "%s oil field");
    /**
     * Words for a country's first- and second-level divisions: "محافظة البدائع", "ولاية عبري" name the division, and
     * the word is part of the mention of one the gazetteer does not know. Not "قضاء", an everyday word too (the
     * judiciary), which the story often names the district without. Normalised keys: {@link
     * Lexicon#ARABIC_DIVISION_WORDS} but "منطقة" (also any area), and the district "مديرية".
     */
    private static final Set<String> DIVISIONS = divisionWords();
    /** Port words ("ميناء", and "مرفأ" in the Levant): a port named after its town is the town. */
    private static final Set<String> PORTS = Set.of("ميناء", "مرفأ");
    /** Place words for towns and regions, which are not named after people. */
    private static final Set<String> REGIONS = Set.of("مدينة", "بلدة", "قرية", "محافظة", "ولاية",
            "منطقة", "إقليم", "معتمدية");
    /**
     * "جهة فاس مكناس": the Moroccan region word, which names a region by its two cities (Fez-Meknes). Not a place word:
     * "جهة" alone is also a side or a party.
     */
    static final Set<String> REGION_PAIR = WordSet.of("جهه", "لجهه", "بجهه", "وجهه");
    /**
     * Plural place words, which list places ("محليات سودري وأم دم", "جماعات أنفكو وإملشيل وتونفيت") and never name one
     * themselves ("في قرى" is no place). The same words are {@code ar cue} rows of {@code place-words.tsv}, which make
     * them place words; the lexicon keeps no kind for plurals, so which cues are plural is said here only.
     */
    private static final Set<String> PLACE_PLURALS = WordSet.of("قري", "بلدات", "محليات", "جماعات",
            "دواوير", "مديريات");
    /**
     * Words that describe or count the places after a plural place word ("قرى كثيرة", "بلدات مجاورة", "قرى أخرى"),
     * which name none; with the participles of the derived forms in مت-/مست- ("قرى متضررة", "بلدات مستهدفة").
     */
    private static final Set<String> PLURAL_DESCRIBERS = WordSet.of("كثيره", "عديده", "اخري", "مجاوره",
            "صغيره", "كبيره", "نائيه", "قريبه", "بعيده", "محاذيه", "حدوديه", "جبليه", "ريفيه", "صحراويه", "معزوله",
            "منكوبه", "مدمره", "مهجوره", "محاصره", "عده", "جديده", "قديمه", "فقيره", "مختلفه", "بأكملها", "باكملها",
            "بكاملها", "كامله", "عربيه", "شيعيه", "سنيه", "مسيحيه", "درزيه", "كرديه", "امازيغيه", "زراعيه", "سياحيه",
            "ساحليه", "شرقيه", "غربيه", "شماليه", "جنوبيه", "واسعه", "معينه", "محدده", "مماثله", "اخرى");
    /** Cardinal numbers and quantities that count the plural after them ("ثلاث قرى", "بضع بلدات"). */
    private static final Set<String> COUNTING_WORDS = WordSet.of("ثلاث", "اربع", "خمس", "ست", "سبع",
            "ثماني", "ثمان", "تسع", "عشر", "عده", "بضع", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
            "عشره");
    /** The most places read from one list after a plural place word. */
    private static final int MAX_LISTED_PLACES = 5;
    /**
     * Place words that are also everyday words: "حي" (alive), "قضاء" (judiciary, spending), "ناحية" (side), "مقاطعة"
     * (boycott), "لواء" (a brigade, Jordan's district). They name a district or province only after a preposition of
     * place ("في حي", "على حي", "بقضاء", "وفي لواء").
     */
    private static final Set<String> EVERYDAY_CUES = WordSet.of("حي", "قضاء", "ناحيه", "مقاطعه", "لواء");
    /** "مركز دشنا": Egypt's district (markaz), named after its town; also any centre ("مركز صحي"). */
    private static final String MARKAZ = "مركز";
    /** What "قضاء" spends or settles ("قضاء العطلة", "قضاء الحوائج"), which names no district. */
    private static final Set<String> SPENT = WordSet.of("وقت", "اوقات", "ساعه", "ساعات", "يوم", "ايام",
            "ليله", "ليالي", "عطله", "اجازه", "فتره", "اسبوع", "اسابيع", "شهر", "اشهر", "سنه", "سنوات", "عقوبه",
            "حاجه", "حاجات", "حوائج", "دين", "ديون", "بقيه", "معظم", "امسيه", "صلاه", "فريضه");
    /** "في حي", "على حي", "إلى قضاء", "قرب ناحية": the prepositions before a district. */
    private static final Set<String> DISTRICT_PREPOSITIONS = WordSet.of("في", "وفي", "الي", "والي", "من",
            "ومن", "علي", "وعلي", "داخل", "قرب", "ضد", "بين", "وسط", "نحو", "باتجاه");
    /**
     * "يزور الوزير الخميس المقبل قضاء X", "زار أمس ناحية X": the day of a visit just before a district, which the
     * visit's verb governs.
     */
    private static final Set<String> VISIT_DAYS = WordSet.of("المقبل", "القادم", "الماضي", "امس", "اليوم",
            "غدا");
    /** "صيادي ناحية X", "سكان قضاء X": people named by where they live, in construct with a district. */
    private static final Set<String> RESIDENTS = WordSet.of("سكان", "اهالي", "ابناء", "صيادي", "مزارعي",
            "فلاحي", "مواطني", "قري", "بلدات");
    /** Governors' titles in construct: the word after them is the place they govern. */
    private static final Set<String> GOVERNORS = WordSet.of("محافظ", "والي", "حاكم");
    /** "محافظ سابق", "حاكم مدني": words that describe a governor rather than name his place. */
    private static final Set<String> OFFICE_WORDS = WordSet.of("سابق", "اسبق", "حالي", "جديد", "مقبل",
            "مساعد", "منتخب", "معين", "مكلف", "مؤقت", "عام", "مدني", "عسكري", "بالنيابه", "بالانابه");
    /** "ou" after a consonant, the spelling of people's names for a long u. */
    private static final Pattern LONG_U = Pattern.compile("(?<=[b-df-hj-np-tv-z])ou",
            Pattern.CASE_INSENSITIVE);
    /**
     * "باب العسة", "سوق الثلاثاء", "عين الشقف": nouns that open a town's name in construct with a word that has the
     * article (gate, market, spring, mother, inlet, yard, channel, cape, well, valley, mount, hill, tower, house,
     * palace, village, monastery, saint, and the children of a tribe, the Maghreb's Ouled). Normalised keys.
     */
    private static final Set<String> CONSTRUCT_HEADS = WordSet.of("باب", "سوق", "عين", "ام", "خور", "حوش",
            "فلج", "راس", "بئر", "بير", "وادي", "جبل", "تل", "برج", "دار", "بيت", "قصر", "كفر", "دير", "سيدي", "اولاد");
    /**
     * "قرى الشوال وأم جر وود الزاكي", "قريتي الزوية وأبو طيبان", "قرى البو فهد والبو ذياب": besides the construct
     * heads, the nouns that open a place's name with a word without the article (father, mother, son of, sons of,
     * Iraq's "البو", the house of) name nothing alone when a place joined by و begins with them. Normalised keys.
     */
    private static final Set<String> JOINED_HEADS = WordSet.of("ابو", "ام", "ود", "بني", "البو", "تل");
    /**
     * The English word for a noun that opens a place's name, as wire copy writes it in the Mashriq and the Nile valley
     * ("Kafr Nabudah", "Deir Hafer", "Beit Jala", Iraq's "Albu Nimr"), where letter-by-letter spelling gives "Kafar",
     * "Dayr", "Bayt", "al-Bo". Normalised keys.
     */
    private static final Map<String, String> HEAD_SPELLING = Map.of("كفر", "Kafr", "دير", "Deir",
            "بيت", "Beit", "البو", "Albu");
    /** "ميناء خليفة بن سلمان": places named after a person carry the lineage word. */
    private static final Set<String> LINEAGE = WordSet.of("بن", "ابن");

    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final ArabicNameRomaniser romaniser;
    private final Set<String> givenNames;
    /** The capitals and major cities, which the gazetteer ranks first. */
    private final Set<CanonicalEntity> majorPlaces = Collections.newSetFromMap(
            new IdentityHashMap<>());
    /** The national capitals, which lead the major cities. */
    private final Set<CanonicalEntity> capitals = Collections.newSetFromMap(
            new IdentityHashMap<>());
    /** Each country's capital, whose position stands for the country's when a place is weighed by distance. */
    private final Map<String, CanonicalEntity> capitalOf = new HashMap<>();
    /** Places by the skeleton of their English names, the first-ranked first. */
    private final Map<String, List<CanonicalEntity>> bySkeleton = new HashMap<>();
    /**
     * Towns of 1,000 people or more in the Arab states, their neighbours and the northern Mediterranean (Italy, Malta,
     * Greece, Cyprus, Spain) that the gazetteer does not hold (knowledge/towns-ar.tsv, GeoNames cities1000), by the
     * skeleton of their English names, the largest first.
     */
    private static final Map<String, List<CanonicalEntity>> SMALL_TOWNS = smallTowns();

    ArabicPlaceGuesser(KnowledgeBase kb, Lexicon lexicon, ArabicNameRomaniser romaniser) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.romaniser = romaniser;
        this.givenNames = romaniser.givenNames();
        int curated = 0;
        while (curated < kb.size() && kb.entities().get(curated).lat() == null) {
            curated++;
        }
        int majorRank = curated + KnowledgeMatcher.MAJOR_CITY_RANK;
        int capitalRank = curated + KnowledgeMatcher.CAPITALS;
        int rank = 0;
        for (CanonicalEntity e : kb.entities()) {
            if (rank > majorRank) {
                break;
            }
            if (kb.byId(e.id()).orElse(null) == e) {
                if (e.type() == EntityType.LOC && e.lat() != null) {
                    majorPlaces.add(e);
                    if (rank < capitalRank) {
                        capitals.add(e);
                        if (e.country() != null) {
                            capitalOf.putIfAbsent(e.country(), e);
                        }
                    }
                }
                rank++;
            }
        }
        for (CanonicalEntity e : kb.entities()) {
            if (e.type() != EntityType.LOC || kb.country(e.country()).map(c -> c == e).orElse(false)) {
                // Every country has its Arabic names in the base: a word that sounds like one ("ذيبان", Spain) is not it.
                continue;
            }
            List<String> english = e.namesByLanguage().getOrDefault("en", List.of());
            addSounding(latinSkeleton(e.preferredName()), e);
            for (String name : english) {
                addSounding(latinSkeleton(name), e);
            }
        }
        bySkeleton.remove("");
    }

    private void addSounding(String skeleton, CanonicalEntity e) {
        List<CanonicalEntity> places = bySkeleton.get(skeleton);
        if (places == null) {
            // Most skeletons name one place: a one-element list keeps the heap as it was with one entity per key.
            bySkeleton.put(skeleton, List.of(e));
        } else if (places.get(places.size() - 1) != e) {
            // An entity's names are added one after another: a repeat is the last one.
            if (!(places instanceof ArrayList)) {
                places = new ArrayList<>(places);
                bySkeleton.put(skeleton, places);
            }
            places.add(e);
        }
    }

    private static Set<String> divisionWords() {
        Set<String> words = new HashSet<>(Lexicon.ARABIC_DIVISION_WORDS);
        words.remove(TextNormaliser.key("منطقة"));
        words.add(TextNormaliser.key("مديرية"));
        return WordSet.copyOf(words);
    }

    private static Map<String, List<CanonicalEntity>> smallTowns() {
        Map<String, List<CanonicalEntity>> out = new HashMap<>();
        Lexicon.read("knowledge/towns-ar.tsv", cols -> {
            String skeleton = latinSkeleton(cols[0]);
            if (!skeleton.isEmpty()) {
                CanonicalEntity town = new CanonicalEntity(BundledKnowledge.townId(cols[0], cols[1]), EntityType.LOC,
                        cols[0], Map.of(), cols[1],
                        Double.valueOf(cols[3]), Double.valueOf(cols[4]));
                out.computeIfAbsent(skeleton, k -> new ArrayList<>(1)).add(town);
            }
        });
        return out;
    }

    void find(Document doc, Claims claims) {
        foreignNamesakes(doc, claims);
        guess(doc, claims);
        repeatedPlaces(doc, claims);
    }

    private void guess(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.arabic || !t.isWord()) {
                continue;
            }
            Span region = regionOfTwoCities(doc, claims, i);
            if (region != null) {
                claims.override(region);
                i = region.end - 1;
                continue;
            }
            if (governedPlace(tokens, claims, i)) {
                Token name = tokens.get(i + 1);
                claims.claim(guessed(doc, claims, i + 1, i + 2, name.start));
                i++;
                continue;
            }
            if (countryside(tokens, claims, i)) {
                Token name = tokens.get(i + 1);
                Span town = guessed(doc, claims, i + 1, i + 2, name.start);
                if (town.linked()) {
                    claims.claim(town);
                }
                i++;
                continue;
            }
            if (openingPlace(tokens, claims, i)) {
                Token name = tokens.get(i + 1);
                claims.claim(guessed(doc, claims, i + 1, i + 2, name.start));
                i++;
                continue;
            }
            Span commune = commune(doc, claims, i);
            if (commune != null) {
                claims.override(commune);
                i = commune.end - 1;
                continue;
            }
            Span markaz = markaz(doc, claims, i);
            if (markaz != null) {
                claims.override(markaz);
                i = markaz.end - 1;
                continue;
            }
            Span quarter = quarter(doc, claims, i);
            if (quarter != null) {
                claims.override(quarter);
                i = quarter.end - 1;
                continue;
            }
            PhraseTrie.Match<String> cue = lexicon.arabicPlaceCues.match(tokens, i);
            if (cue == null || cue.end() >= tokens.size()) {
                continue;
            }
            int k = cue.end();
            Token name = tokens.get(k);
            // The cue may be written joined to a clitic ("بمطار"): the place's span starts at the cue itself.
            int cueStart = t.text.endsWith(cue.value()) ? t.end - cue.value().length() : t.start;
            String feature = NATURAL_FEATURES.get(cue.value());
            Span known = claims.at(k);
            boolean plural = PLACE_PLURALS.contains(TextNormaliser.key(cue.value()));
            if (plural && (describesPlural(name) || i > 0 && counts(tokens.get(i - 1)))) {
                // "قرى كثيرة", "بلدات متضررة": the places are described, not named; "عشر قرى لساعات": counted.
                continue;
            }
            if (TOWN_WORDS.contains(cue.value()) && known != null && known.start == k && known.linked()) {
                // "مدينة السمارة" is the town Smara, not the province Es Semara named after it.
                preferTown(known);
            }
            if (feature != null && known != null && known.start == k && known.linked() && known.type == EntityType.LOC
                    && name.sentence == t.sentence) {
                // "بحيرة فيكتوريا" is Lake Victoria, not the city; "نهر الأردن" the Jordan River, "جبل لبنان" Mount
                // Lebanon: the feature takes the place's English name.
                claims.override(new Span(i, known.end, cueStart, tokens.get(known.end - 1).end, EntityType.LOC,
                        Span.Source.PATTERN, List.of(), String.format(feature, known.entity().preferredName())));
                i = known.end - 1;
                continue;
            }
            if (OPENERS.containsKey(cue.value()) && (name.stems[0].article() && cue.value().equals("بني")
                    || known != null && known.start == k && known.linked() && isCountry(known.entity()))) {
                // "بني المسجد" (the mosque was built), "غور الأردن": no place of the opener's.
                continue;
            }
            if (OPENERS.containsKey(cue.value()) && known != null && known.start == k && known.linked()
                    && known.type == EntityType.LOC && name.sentence == t.sentence) {
                // "بني أنصار", "غور الصافي": a word that opens a place's name, with a town's name after it, is a place
                // of its own, not the town.
                String town = known.entity().preferredName();
                String bare = town.startsWith("al-") ? "al-" + ArabicNameRomaniser.capitalise(town.substring(3)) : town;
                claims.override(new Span(i, known.end, cueStart, known.endChar, EntityType.LOC, Span.Source.PATTERN,
                        List.of(), opener(cue.value(), claims) + " " + bare));
                i = known.end - 1;
                continue;
            }
            if (cue.value().equals("وادي") && known != null && known.start == k && known.end == k + 1
                    && known.linked() && known.type == EntityType.LOC && !isCountry(known.entity())
                    && name.sentence == t.sentence) {
                // "وادي ضمد", "وادي بيش": a valley named after its town is a place of its own, "Wadi" (the Maghreb's
                // "Oued") and the town's name without the word of its division.
                claims.override(new Span(i, known.end, cueStart, known.endChar, EntityType.LOC, Span.Source.PATTERN,
                        List.of(), valleyWord(doc, claims) + " " + townWithoutDivision(known.entity())));
                i = known.end - 1;
                continue;
            }
            if ((cue.value().equals("قلعة") || cue.value().equals("حقل")) && known != null && known.start == k
                    && known.linked() && known.type == EntityType.LOC && name.sentence == t.sentence) {
                // "قلعة نزوى" is Nizwa Fort, "حقل الشرارة" the Sharara oil field: a place of its own named after its
                // town, whose word is part of the mention.
                String town = known.entity().preferredName();
                claims.override(new Span(i, known.end, cueStart, known.endChar, EntityType.LOC, Span.Source.PATTERN,
                        List.of(), String.format(FACILITIES.get(cue.value()), cue.value().equals("حقل") ? withoutArticle(town) : town)));
                i = known.end - 1;
                continue;
            }
            if (cue.value().equals("مطار") && known != null && known.start == k && known.linked()
                    && known.type == EntityType.LOC && name.sentence == t.sentence) {
                // "مطار بوخارست الدولي" is Bucharest International Airport: an airport is named after its city in English.
                int end = known.end;
                boolean international = end < tokens.size() && tokens.get(end).key.equals("الدولي");
                if (international) {
                    end++;
                }
                claims.override(new Span(i, end, cueStart, tokens.get(end - 1).end, EntityType.LOC,
                        Span.Source.PATTERN, List.of(), known.entity().preferredName()
                        + (international ? " International Airport" : " Airport")));
                i = end - 1;
                continue;
            }
            if (PORTS.contains(cue.value()) && known != null && known.start == k && known.linked()
                    && known.type == EntityType.LOC && name.sentence == t.sentence) {
                // "ميناء روتردام" is the Port of Rotterdam, a place of its own named after its town.
                claims.override(new Span(i, known.end, cueStart, known.endChar, EntityType.LOC, Span.Source.PATTERN,
                        List.of(), "Port of " + known.entity().preferredName()));
                i = known.end - 1;
                continue;
            }
            if (EVERYDAY_CUES.contains(TextNormaliser.key(cue.value())) && !namesDistrict(tokens, i, cueStart, name)) {
                continue;
            }
            if (known != null && known.start == k && known.linked() && known.type == EntityType.LOC
                    && name.sentence == t.sentence && known.end < tokens.size() && claims.at(known.end) == null
                    && coordinated(tokens.get(known.end), name.sentence)) {
                // "بلدتي كفرنجة وعنجرة": after a known place, a second one joined by و, when the places know it.
                Token second = tokens.get(known.end);
                int secondEnd = secondEnd(tokens, claims, known.end);
                Span town = secondEnd == known.end ? null : guessed(doc, claims, known.end, secondEnd,
                        second.start + second.stems[1].prefixChars());
                if (town != null && town.linked()) {
                    claims.claim(town);
                    i = known.end;
                    continue;
                }
            }
            // "في لواء الرمثا": the district, which the institution finder read as a brigade.
            boolean liwa = cue.value().equals("لواء");
            boolean district = liwa && known != null && known.type == EntityType.ORG && known.start == i;
            if (!name.arabic || !name.isWord() || !replaceable(claims, k) && !district || name.sentence != t.sentence
                    || common(name) || name.core().length() < 3 || lexicon.glossary.containsKey(name.core())) {
                // A word the glossary knows describes the place word ("منفذ البحري الرئيسي"): it names no place.
                continue;
            }
            int end = district ? known.end : nameEnd(tokens, claims, k, cue.value());
            if (claims.at(k) != null && end == k + 1 && !district || knownTownBefore(known, k, end)
                    || end == k + 1 && CONSTRUCT_HEADS.contains(name.key)) {
                // "قريتي بيت جن": a noun that opens a town's name in construct names nothing alone.
                continue;
            }
            // A valley's name is not taken for a town it only sounds like ("وادي زوزفانة" is no Azeffoun).
            Span span = guessed(doc, claims, k, end, name.start, !cue.value().equals("وادي"));
            if (liwa) {
                if (district && !span.linked() && !namedCountry(doc, claims, "JO", true, -1)) {
                    // A brigade ("في لواء المشاة"), unless the place is known or the story is Jordan's.
                    continue;
                }
                // Named with its word ("لواء فقوع") and without it, it is one district.
                span = new Span(i, end, cueStart, span.endChar, EntityType.LOC, Span.Source.PATTERN, span.candidates,
                        span.name);
                span.groupKey = EntityType.LOC + ":" + InstitutionFinder.coreKey(tokens, k, end);
            }
            if (cue.value().equals("وادي") && !span.linked()) {
                // "وادي الضباب" is Wadi al-Dabab: the English name of a valley no list holds keeps the word "Wadi".
                span = new Span(i, end, cueStart, span.endChar, EntityType.LOC, Span.Source.PATTERN, List.of(),
                        valleyWord(doc, claims) + " " + span.name);
            } else if (OPENERS.containsKey(cue.value()) && !span.linked()) {
                span = new Span(i, end, cueStart, span.endChar, EntityType.LOC, Span.Source.PATTERN, List.of(),
                        opener(cue.value(), claims) + " " + span.name);
            } else if (feature != null && !cue.value().equals("جبل") && (!span.linked() || cue.value().equals("دلتا"))) {
                // "بحيرة تيتيكاكا", "نهر أوكافانغو": a lake or river no list holds is named with its word (Lake
                // Titicaca, Okavango River), and named again without it, it is the same place. (A mountain is Jebel or
                // Mount as the region writes it.) A delta is one even when its town is known ("دلتا طوكر").
                String named = span.linked() ? span.entity().preferredName() : span.name;
                span = new Span(i, end, cueStart, span.endChar, EntityType.LOC, Span.Source.PATTERN, List.of(),
                        String.format(feature, withoutArticle(named)));
                span.groupKey = EntityType.LOC + ":" + InstitutionFinder.coreKey(tokens, k, end);
            } else if (FACILITIES.containsKey(cue.value()) && !span.linked()) {
                // "قصر الصخير" is Sakhir Palace, "مخيم عين الحلوة" Ain al-Hilweh camp: the word is part of the name,
                // which English writes after it and without the article.
                String bare = withoutArticle(span.name);
                String pattern = FACILITIES.get(cue.value());
                int spanEnd = span.endChar;
                if (cue.value().equals("مطار") && end < tokens.size() && tokens.get(end).key.equals("الدولي")) {
                    // "مطار آدم عدي الدولي": an international airport.
                    pattern = "%s International Airport";
                    spanEnd = tokens.get(end).end;
                    end++;
                }
                span = new Span(i, end, cueStart, spanEnd, EntityType.LOC, Span.Source.PATTERN, List.of(),
                        String.format(pattern, bare));
            } else if (DIVISIONS.contains(TextNormaliser.key(cue.value())) && !span.linked()) {
                // "محافظة الأسياح": a division the gazetteer does not know is written with its word.
                span = new Span(i, end, cueStart, span.endChar, EntityType.LOC, Span.Source.PATTERN, List.of(),
                        span.name);
                // Named again without its word ("الأسياح"), it is the same place.
                span.groupKey = EntityType.LOC + ":" + InstitutionFinder.coreKey(tokens, k, end);
            }
            claims.override(span);
            i = end - 1;
            // "ولايتي جوبالاند وهيرشبيلي": a second place joined by و; after a plural ("قرى العديسات والبغدادي
            // والكلاحين") every place of the list, a known one stepped over.
            int at = end;
            for (int item = 0; item < (plural ? MAX_LISTED_PLACES : 1); item++) {
                if (at >= tokens.size() || ArabicPersonFinder.pluralVerbFollows(tokens, at)) {
                    break;
                }
                Span owner = claims.at(at);
                if (owner != null) {
                    if (!plural || owner.start != at || owner.type != EntityType.LOC || !owner.linked()
                            || !tokens.get(at).text.startsWith("و")) {
                        break;
                    }
                    at = owner.end;
                    i = at - 1;
                    continue;
                }
                Token second = tokens.get(at);
                if (!coordinated(second, name.sentence)
                        && !((plural || dual(cue.value())) && listedWithArticle(second, name.sentence))
                        || plural && describesPlural(second)) {
                    break;
                }
                int secondEnd = secondEnd(tokens, claims, at);
                if (secondEnd == at) {
                    break;
                }
                claims.claim(guessed(doc, claims, at, secondEnd, second.start + second.stems[1].prefixChars()));
                i = secondEnd - 1;
                at = secondEnd;
            }
        }
    }

    /**
     * The English word of an opener ({@link #OPENERS}) in the story's country: "بني" is "Bani" in the Levant, Iraq,
     * Arabia and Libya ("Bani Walid", "Bani Yas"), "Beni" in the Maghreb, Egypt and Sudan and when no country is
     * named ("Beni Mellal", "Beni Suef").
     */
    private static String opener(String cue, Claims claims) {
        String english = OPENERS.get(cue);
        return english.equals("Beni") && BANI_COUNTRIES.contains(EntityRecogniser.mostNamedCountry(claims.spans()))
                ? "Bani" : english;
    }

    /** "Wadi", or "Oued" in a story about the Maghreb, as its wire copy writes a valley. */
    private static String valleyWord(Document doc, Claims claims) {
        return ArabicNameRomaniser.maghreb(EntityRecogniser.mostNamedCountry(claims.spans())) ? "Oued" : "Wadi";
    }

    /** A town's English name without the word of the division named after it ("Damad Governorate" is Damad). */
    private static String townWithoutDivision(CanonicalEntity town) {
        String name = town.preferredName();
        for (String word : DIVISION_WORDS) {
            if (name.endsWith(" " + word)) {
                name = name.substring(0, name.length() - word.length() - 1);
            }
        }
        return name.startsWith("Al ") ? "al-" + name.substring(3) : name;
    }

    /**
     * "قريتي الحصينية والعطيفة", "مخيمي نهر البارد والبداوي": a place word in the dual names two places, so the word
     * joined by و after the first is the second place, with the article too ({@link #listedWithArticle}).
     */
    private static boolean dual(String cue) {
        String key = TextNormaliser.key(cue);
        return key.endsWith("تي") || key.equals("مخيمي");
    }

    /** A number before a plural place word ("عشر قرى", "3 بلدات", "عدة قرى"): the places are counted, not named. */
    private static boolean counts(Token t) {
        return t.text.chars().allMatch(Character::isDigit) || COUNTING_WORDS.contains(t.key);
    }

    /** A word that describes or counts the places of a plural place word ({@link #PLURAL_DESCRIBERS}). */
    private static boolean describesPlural(Token t) {
        ArabicStem last = t.stems[t.stems.length - 1];
        String core = last.core();
        return PLURAL_DESCRIBERS.contains(core) || PLURAL_DESCRIBERS.contains(t.key)
                || !last.article() && core.length() >= 5 && (core.startsWith("مت") || core.startsWith("مست"));
    }

    /**
     * "والبغدادي" in "قرى العديسات والبغدادي": after a plural place word a listed place may carry the article; not a
     * word of the lexicon's, the glossary's or a verbal noun ("والمناطق", "والتنمية").
     */
    private boolean listedWithArticle(Token t, int sentence) {
        return t.arabic && t.isWord() && t.sentence == sentence && t.stems.length > 1 && t.text.startsWith("و")
                && t.stems[1].prefixChars() == 1 && t.stems[1].article() && t.stems[1].core().length() >= 3
                && !common(t) && !lexicon.glossary.containsKey(t.stems[1].core())
                && !lexicon.glossary.containsKey(t.stems[1].withArticle())
                && !ArabicPersonFinder.verbalNoun(t.stems[1].core());
    }

    /**
     * "مركز فرشوط", "مركز سيدي سالم": "مركز" and one or two name words that end the phrase (a comma, a full stop, a
     * preposition) are a district named after its town, the word part of the mention; a centre is described by a
     * noun or an adjective in ي ("مركز بيانات جديد", "مركز إرشاد زراعي"). Null when no such district starts at {@code i}.
     */
    private Span markaz(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        int k = i + 1;
        if (!t.key.equals(MARKAZ) && !(t.stems.length > 1 && t.stems[1].core().equals(MARKAZ)
                && !t.stems[1].article()) || k >= tokens.size()) {
            return null;
        }
        int end = k;
        while (end < k + 2 && end < tokens.size()) {
            // A second word only when the two name a known place ("مركز سيدي سالم"), checked below.
            Token w = tokens.get(end);
            Span owner = claims.at(end);
            if (!w.arabic || !w.isWord() || w.sentence != t.sentence || common(w) || w.core().length() < 3
                    || lexicon.glossary.containsKey(w.core()) || lexicon.orgHeadsArabic.word(w) != null
                    || owner != null && !replaceable(claims, end) && !(owner.type == EntityType.ORG && owner.start == i)
                    || end > k && w.stems.length > 1 && "بلك".indexOf(w.text.charAt(0)) >= 0) {
                break;
            }
            end++;
        }
        if (end == k || !endsPhrase(tokens, end, t.sentence)) {
            return null;
        }
        Span town = guessed(doc, claims, k, end, tokens.get(k).start);
        if (!town.linked() && end == k + 2) {
            end = k + 1;
            if (!endsPhrase(tokens, end, t.sentence)) {
                return null;
            }
            town = guessed(doc, claims, k, end, tokens.get(k).start);
        }
        Token last = tokens.get(end - 1);
        if (!town.linked() && (last.key.endsWith("ي") || last.key.endsWith("ات") || last.text.indexOf('\u064B') >= 0)) {
            // "مركز صحي", "مركز بيانات": an adjective or a plural noun describes a centre.
            return null;
        }
        return new Span(i, end, t.end - MARKAZ.length(), last.end, EntityType.LOC, Span.Source.PATTERN,
                town.candidates, town.name);
    }

    /** A comma, a full stop, the end of the sentence, a weekday or a preposition, written alone or joined (بـ، لـ). */
    private boolean endsPhrase(List<Token> tokens, int end, int sentence) {
        if (end >= tokens.size() || tokens.get(end).sentence != sentence || !tokens.get(end).isWord()) {
            return true;
        }
        Token next = tokens.get(end);
        return lexicon.isStopword("ar", next.key) || lexicon.weekdays.word(next) != null
                || next.stems.length > 1 && "بل".indexOf(next.text.charAt(0)) >= 0 && !next.stems[1].article();
    }

    /**
     * "البقاع الشمالي" (Northern Bekaa): a known region or town and a compass adjective agreeing with it name the part
     * of it, a place of its own; not a country ("السودان الجنوبي" is written "جنوب السودان" for the country). Null when
     * no such pair starts at {@code i}.
     */
    private Span quarter(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        Span known = claims.at(i);
        if (known == null || known.start != i || !known.linked() || known.type != EntityType.LOC
                || known.end >= tokens.size() || kb.country(known.entity().country() == null ? "" : known.entity()
                .country()).map(c -> c == known.entity()).orElse(false)) {
            return null;
        }
        Token first = tokens.get(i);
        if (i > 0 && known.startChar == first.start && !QUARTER_OPENERS.contains(tokens.get(i - 1).key)
                && lexicon.arabicPlaceCues.match(tokens, i - 1) == null) {
            // "ريف دير الزور الشرقي" is the eastern countryside of Deir ez-Zor: after a noun the adjective may be its.
            return null;
        }
        Token adjective = tokens.get(known.end);
        String part = adjective.arabic && adjective.sentence == tokens.get(i).sentence && claims.at(known.end) == null
                ? COMPASS_ADJECTIVES.get(adjective.key) : null;
        if (part == null) {
            return null;
        }
        Span s = new Span(i, known.end + 1, known.startChar, adjective.end, EntityType.LOC, Span.Source.PATTERN,
                List.of(), part + " " + known.entity().preferredName());
        s.groupKey = EntityType.LOC + ":" + InstitutionFinder.coreKey(tokens, i, known.end + 1);
        return s;
    }

    /**
     * "ببلدية X", "لفلاحي بلدية X", "في دائرة X", "النائب عن دائرة X": the Maghreb's commune (baladiya) and district
     * (daïra), and Egypt's electoral district, named after their town, which is the place the story means. The same
     * words head a municipality ("رئيس بلدية X", "في بلدية X الكبرى") and a department ("دائرة السياحة"), so the place is
     * read only where a body cannot be: "بلدية" joined to ب, after the people who live there or a visit's day; "دائرة"
     * also after a preposition of place or "عن". The span is the town's name, which the story also writes alone. Null
     * when no such place starts at {@code i}.
     */
    private Span commune(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        Token cue = tokens.get(i);
        if (!cue.arabic || i + 1 >= tokens.size()) {
            return null;
        }
        ArabicStem word = null;
        for (ArabicStem s : cue.stems) {
            if (!s.article() && COMMUNE_WORDS.contains(s.core())) {
                word = s;
            }
        }
        Token name = tokens.get(i + 1);
        if (word == null || !name.arabic || !name.isWord() || name.sentence != cue.sentence || common(name)
                || name.core().length() < 3 || lexicon.glossary.containsKey(name.core())) {
            return null;
        }
        String clitics = cue.text.substring(0, word.prefixChars());
        Token before = i > 0 && tokens.get(i - 1).sentence == cue.sentence ? tokens.get(i - 1) : null;
        boolean place = clitics.endsWith("ب") || before != null && (VISIT_DAYS.contains(before.key)
                || residents(before) || word.core().equals("دائره") && clitics.isEmpty()
                && (DISTRICT_PREPOSITIONS.contains(before.key) || before.key.equals("عن")));
        Span body = claims.at(i);
        if (!place || body != null && (body.start != i || body.linked() || body.type == EntityType.LOC)) {
            return null;
        }
        if (body != null) {
            claims.release(body);
        }
        int end = nameEnd(tokens, claims, i + 1, word.core());
        if (!replaceable(claims, i + 1)) {
            if (body != null) {
                claims.claim(body);
            }
            return null;
        }
        return guessed(doc, claims, i + 1, end, name.start);
    }

    /** "سكان", "لفلاحي": people named by where they live, in any reading of the word's clitics. */
    private static boolean residents(Token t) {
        for (ArabicStem s : t.stems) {
            if (RESIDENTS.contains(s.withArticle())) {
                return true;
            }
        }
        return false;
    }

    /** The commune and district words, normalised keys. */
    private static final Set<String> COMMUNE_WORDS = WordSet.of("بلديه", "دائره");

    /** Prepositions after which a place and a compass adjective are one name ("في البقاع الشمالي"). */
    private static final Set<String> QUARTER_OPENERS = WordSet.of("في", "من", "الي", "عن", "علي", "حتي",
            "بين", "داخل", "نحو");
    /** Compass adjectives after a place, and the English word before its name. */
    private static final Map<String, String> COMPASS_ADJECTIVES = Map.of("الشمالي", "Northern", "الشماليه",
            "Northern", "الجنوبي", "Southern", "الجنوبيه", "Southern", "الشرقي", "Eastern", "الشرقيه", "Eastern",
            "الغربي", "Western", "الغربيه", "Western");

    /**
     * "قادما", "عائدا" (coming, returning): a participle CāCiC in the indefinite accusative, its mark unwritten, says
     * how someone arrives and is no word of a place's name ("ماريا" is no such word: its third consonant is a vowel).
     */
    private static boolean accusativeParticiple(String key) {
        return key.length() == 5 && key.charAt(1) == 'ا' && key.charAt(4) == 'ا' && "اوي".indexOf(key.charAt(3)) < 0;
    }

    /**
     * "تجاوز", "تراجع", "تضاعف" (exceeded, fell, doubled): a verb of the form tafā'ala, which follows a place's name as
     * the verb of its sentence ("عدد زوار قلعة نزوى تجاوز ...") and is no word of the name.
     */
    private static boolean reciprocalVerb(String key) {
        return key.length() == 5 && key.charAt(0) == 'ت' && key.charAt(2) == 'ا';
    }

    /**
     * "مدينة طنجة قادما من الرباط": a town the gazetteer knows, written after the place word, is the place; the
     * unknown word after it ("قادما", coming) does not make a longer name of it.
     */
    private static boolean knownTownBefore(Span known, int k, int end) {
        return known != null && known.start == k && known.linked() && known.type == EntityType.LOC
                && known.entity().lat() != null && known.end < end;
    }

    /**
     * Whether an everyday place word at {@code i} names a district here: after a preposition of place, or joined to
     * ب ("بحي"); "مقاطعة" (a foreign province, "مقاطعة ألبرتا") is written before a name without the article, which
     * tells it from a boycott ("مقاطعة الانتخابات"); "حي سكني" is a residential quarter, an adjective, not a name;
     * "من ناحية" is "on the one hand".
     */
    private boolean namesDistrict(List<Token> tokens, int i, int cueStart, Token name) {
        Token cue = tokens.get(i);
        String word = cue.stems[cue.stems.length - 1].core();
        boolean bare = !name.stems[0].article();
        if (word.equals("مقاطعه") && (!bare || name.text.endsWith("ة"))
                || word.equals("حي") && bare && (name.key.endsWith("ي") || name.key.startsWith("ي"))
                || word.equals("قضاء") && SPENT.contains(name.core())) {
            // "مقاطعة شاملة" (a boycott), "حي يعج" (a verb), "قضاء ساعات" (spending hours).
            return false;
        }
        if (cueStart > cue.start) {
            return cue.text.charAt(0) == 'ب' && !word.equals("مقاطعه");
        }
        if (i == 0 || tokens.get(i - 1).sentence != cue.sentence) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (word.equals("ناحيه") && (before.key.equals("من") || before.key.equals("ومن"))) {
            return false;
        }
        return DISTRICT_PREPOSITIONS.contains(before.key) || VISIT_DAYS.contains(before.key)
                || RESIDENTS.contains(before.stems[before.stems.length - 1].withArticle());
    }

    /**
     * "محافظ إربد ... مدير صحة إربد": a one-word place the story has named where a word announced it is that place
     * wherever the story writes it again, with or without a clitic; everyday words are left alone.
     */
    private void repeatedPlaces(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        Map<String, Span> named = new HashMap<>();
        for (Span s : claims.spans()) {
            int last = s.end - 1;
            if (s.type == EntityType.LOC && tokens.get(last).arabic && (s.length() == 1 || s.length() == 2
                    && s.candidates.isEmpty() && divisionWord(tokens.get(s.start)))) {
                Token t = tokens.get(last);
                int start = s.length() == 1 ? s.startChar : t.start;
                for (ArabicStem stem : t.stems) {
                    if (t.start + stem.prefixChars() == start
                            && !lexicon.commonArabic.contains(stem.withArticle())) {
                        named.putIfAbsent(stem.withArticle(), s);
                    }
                }
            }
        }
        if (named.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.arabic || !t.isWord() || claims.at(i) != null) {
                continue;
            }
            for (ArabicStem stem : t.stems) {
                Span place = named.get(stem.withArticle());
                if (place != null && !common(t)) {
                    claims.claim(new Span(i, i + 1, t.start + stem.prefixChars(), t.end, EntityType.LOC, place.source,
                            place.candidates, place.name));
                    break;
                }
            }
        }
    }

    /** Whether a word is a division's word, bare or with a clitic ("بمحافظة"). */
    private static boolean divisionWord(Token t) {
        for (String word : DIVISIONS) {
            if (t.key.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** "جهة فاس مكناس" is the region Fez-Meknes: the region word and two known cities in a row, not yet claimed. */
    private Span regionOfTwoCities(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        if (!REGION_PAIR.contains(tokens.get(i).key) || claims.at(i) != null || i + 2 >= tokens.size()) {
            return null;
        }
        Span first = claims.at(i + 1);
        Span second = first == null || first.end >= tokens.size() ? null : claims.at(first.end);
        if (!isKnownPlace(first, i + 1) || !isKnownPlace(second, first.end)
                || tokens.get(second.end - 1).sentence != tokens.get(i).sentence) {
            return null;
        }
        Token t = tokens.get(i);
        int start = t.start + t.stems[t.stems.length - 1].prefixChars();
        return new Span(i, second.end, start, tokens.get(second.end - 1).end, EntityType.LOC, Span.Source.PATTERN,
                List.of(), first.entity().preferredName() + "-" + second.entity().preferredName());
    }

    private static boolean isKnownPlace(Span s, int at) {
        return s != null && s.start == at && s.linked() && s.type == EntityType.LOC;
    }

    /**
     * "محافظ مادبا إن", "والي سنار، ", "محافظ مادبا علي …": a governor's title without the article is in construct with
     * the place he governs; one word no list knows between it and the end of the phrase (a mark, a function word, or
     * the governor's given name) is that place.
     */
    private boolean governedPlace(List<Token> tokens, Claims claims, int i) {
        Token t = tokens.get(i);
        if (!GOVERNORS.contains(t.key) || i + 2 >= tokens.size() || claims.at(i + 1) != null) {
            return false;
        }
        Token name = tokens.get(i + 1);
        Token after = tokens.get(i + 2);
        if (!name.arabic || !name.isWord() || name.sentence != t.sentence || name.stems.length > 1 && !name.stems[0]
                .article() || common(name) || name.core().length() < 3 || lexicon.glossary.containsKey(name.core())
                || givenNames.contains(name.key) || OFFICE_WORDS.contains(name.core())
                || !name.stems[0].article() && (name.key.endsWith("ي") || name.key.endsWith("يه"))) {
            return false;
        }
        return after.sentence != t.sentence || after.isPunct() || after.arabic && (givenNames.contains(after.key)
                || ArabicNameRomaniser.NAME_LINKS.contains(after.key) || lexicon.isStopword("ar", after.key));
    }

    /**
     * "وفي فريتاون، أضرب ...": a sentence that opens with "في" (in) and one bare word set off by a comma moves the
     * story to a place; "وفي المقابل،" (a word with the article) and "وفي سياق منفصل،" (two words) do not.
     */
    private boolean openingPlace(List<Token> tokens, Claims claims, int i) {
        Token t = tokens.get(i);
        if (!(t.key.equals("في") || t.key.equals("وفي")) || i + 2 >= tokens.size()
                || i > 0 && tokens.get(i - 1).sentence == t.sentence) {
            return false;
        }
        Token name = tokens.get(i + 1);
        String comma = tokens.get(i + 2).text;
        return (comma.equals("،") || comma.equals(",")) && name.arabic && name.isWord() && claims.at(i + 1) == null
                && name.sentence == t.sentence && !name.stems[0].article() && !prepositionalPhrase(name)
                && name.core().length() >= 3 && !common(name);
    }

    /** Place words for a town, after which a town is meant rather than a division of the same name. */
    private static final Set<String> TOWN_WORDS = Set.of("مدينة", "بلدة", "قرية");

    /** Puts the first town among a span's candidates before a division of the same country that leads them. */
    private void preferTown(Span known) {
        CanonicalEntity top = known.candidates.get(0);
        if (top.type() != EntityType.LOC || top.lat() != null || top.country() == null
                || kb.country(top.country()).map(c -> c == top).orElse(false)) {
            return;
        }
        for (CanonicalEntity c : known.candidates) {
            if (c.lat() != null && top.country().equals(c.country())) {
                List<CanonicalEntity> reordered = new ArrayList<>(known.candidates);
                reordered.remove(c);
                reordered.add(0, c);
                known.candidates = reordered;
                return;
            }
        }
    }

    /**
     * "في ريف إدلب", "بريف حماة الشمالي": the countryside of a town, which the word after "ريف" names; taken only when
     * the gazetteer knows it, since a town this small needs a cue before it. "ريف المدينة", "ريف البلاد": an everyday
     * word after it points back to a place already named (the city's countryside), and is no place of its own.
     */
    private boolean countryside(List<Token> tokens, Claims claims, int i) {
        Token t = tokens.get(i);
        if (claims.at(i) != null || claims.at(i + 1) != null || !t.stems[t.stems.length - 1].core().equals("ريف")
                || t.stems[t.stems.length - 1].article()) {
            return false;
        }
        Token name = tokens.get(i + 1);
        return name.arabic && name.isWord() && name.sentence == t.sentence && !lexicon.commonArabic.contains(name.key);
    }

    /**
     * "شاحنتين", "محملتين": the feminine dual (-atayn after a consonant), a count or its adjective after a place ("قرب
     * مدينة X شاحنتين محملتين"), not a word of the place's name ("زاواتين" has a long vowel before it).
     */
    private static boolean feminineDual(String key) {
        return key.length() >= 6 && key.endsWith("تين") && "اوي".indexOf(key.charAt(key.length() - 4)) < 0;
    }

    /**
     * "انخفض", "انهار": a past verb of the seventh form (in- and three root letters, no long vowel), which follows a
     * place as the clause's verb ("منسوب نهر X انخفض"); a name so written ends in a vowel or ta marbuta ("انقرة").
     */
    private static boolean formSevenPast(String key) {
        if (key.length() != 5 || !key.startsWith("ان")) {
            return false;
        }
        for (int c = 2; c < 5; c++) {
            if ("اويىهء".indexOf(key.charAt(c)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Up to three words of one place name: bare words ("بنت جبيل", "فوس سور مير"), or a final "السفلى". */
    private int nameEnd(List<Token> tokens, Claims claims, int k, String cue) {
        int end = k + 1;
        while (end < tokens.size() && end - k < 3) {
            Token w = tokens.get(end);
            if (!w.arabic || !w.isWord() || w.sentence != tokens.get(k).sentence || !replaceable(claims, end)) {
                break;
            }
            if (NAME_FINAL.contains(w.key)) {
                end++;
                break;
            }
            if (tokens.get(k).stems[0].article()) {
                // A word with the article is no first part of a longer name ("منفذ الوديعة شحنة").
                break;
            }
            if (LINEAGE.contains(w.key) && end == k + 1 && end + 1 < tokens.size() && replaceable(claims, end + 1)
                    && tokens.get(end + 1).sentence == w.sentence && tokens.get(end + 1).arabic
                    && !tokens.get(end + 1).stems[0].article() && !common(tokens.get(end + 1))) {
                end += 2;
                break;
            }
            if (opensPerson(tokens, end, cue) || personAfterName(tokens, end) || oneWordValley(tokens, k, end, cue)) {
                break;
            }
            if (end == k + 1 && CONSTRUCT_HEADS.contains(tokens.get(k).key) && w.stems[0].article()
                    && w.text.startsWith("ال") && w.core().length() >= 3) {
                // "ببلدية باب العسة": the head's name is the word with the article it governs.
                end++;
                break;
            }
            // "بمدينة خورفكان بخط": a three-letter word of ب, ل or ك and two consonants is a preposition and a
            // noun ("والفيس باي" goes on).
            boolean shortPhrase = w.key.length() == 3 && "اوي".indexOf(w.key.charAt(1)) < 0;
            // After a name link ("أبو كمال") the word is a name, whatever it starts with.
            boolean verbLike = end + 1 < tokens.size() && VERB_OBJECTS.contains(tokens.get(end + 1).key)
                    || (w.stems.length > 1 || shortPhrase) && "بلك".indexOf(w.text.charAt(0)) >= 0
                    && !ArabicNameRomaniser.NAME_LINKS.contains(tokens.get(end - 1).key)
                    // "منطقة أولاد برحيل": after a construct head the word is the name, whatever it starts with.
                    && !(end == k + 1 && CONSTRUCT_HEADS.contains(tokens.get(k).key));
            if (verbLike || common(w) || w.stems[0].article() || w.text.startsWith("و") || prepositionalPhrase(w)
                    || w.text.indexOf('\u064B') >= 0 || accusativeParticiple(w.key) || reciprocalVerb(w.key)
                    || w.core().length() < 3 || ArabicPersonFinder.pluralPresentVerb(w.key)
                    || feminineDual(w.key) || formSevenPast(w.key)) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * "والي ولاية كسلا خالد عبد الرحمن": after the first word of a town or region, a given name followed by a name
     * link or a family name with the article opens a person's name. Airports, ports, palaces and crossings are named
     * after people ("مطار آدم عدي الدولي"), and "أبو" opens place names too ("معبر كرم أبو سالم").
     */
    /**
     * "وادي خلب غمرت", "وادي عتود أجزاء": a valley's name is one word ("وادي بيش") unless the word opens a name in
     * construct or by a name link ("وادي أبو X", "وادي بني X", "وادي عين X"); the word after it is the sentence's.
     */
    private static boolean oneWordValley(List<Token> tokens, int k, int end, String cue) {
        String first = tokens.get(k).key;
        return cue.equals("وادي") && end == k + 1 && !JOINED_HEADS.contains(first) && !CONSTRUCT_HEADS.contains(first)
                && !ArabicNameRomaniser.NAME_LINKS.contains(first) && !LINEAGE.contains(first);
    }

    /**
     * "قراوة بني حسان إبراهيم عاصي": after a place's first name word, a given name with a word after it opens a person
     * (a village head named after his village), not a longer place; after a name link ("أبو محمد") it is the name.
     */
    private boolean personAfterName(List<Token> tokens, int end) {
        Token w = tokens.get(end);
        if (!givenNames.contains(w.key) || ArabicNameRomaniser.NAME_LINKS.contains(tokens.get(end - 1).key)
                || end + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end + 1);
        return next.arabic && next.isWord() && next.sentence == w.sentence && !next.text.startsWith("و")
                && !common(next);
    }

    private boolean opensPerson(List<Token> tokens, int k, String cue) {
        if (!REGIONS.contains(cue) || !givenNames.contains(tokens.get(k).key)
                || ArabicNameRomaniser.NAME_LINKS.contains(tokens.get(k).key) || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.arabic && next.isWord() && next.sentence == tokens.get(k).sentence
                && (ArabicNameRomaniser.NAME_LINKS.contains(next.key) || next.stems[0].article() && !common(next));
    }

    /**
     * The word's key with the final ى the text writes kept: a place's name ending in it ends in a long a ("نوى" Nawa,
     * "بصرى" Busra), where the key folds it into ي, the ending -i. Not the feminine adjective fuʿlā with the article
     * ("الكبرى", "السفلى"), whose vowels the rule would not give either.
     */
    private static String finalAlefMaqsura(Token tok, String core) {
        boolean adjective = core.startsWith("ال") && core.length() == 6;
        return tok.text.endsWith("ى") && core.endsWith("ي") && !adjective
                ? core.substring(0, core.length() - 1) + "ى" : core;
    }

    /**
     * A place's word, or the English word of a noun that opens the name ({@link #HEAD_SPELLING}) outside the Maghreb;
     * "أم" is the Maghreb's "Oum" (Oum Azza), Sudan's "Um" (Um Ruwaba) and elsewhere "Umm" (Umm Qasr), never "Am";
     * "بني" is "Bani" where {@link #opener} says so, "وادي" the Maghreb's "Oued".
     */
    private String headOrPlaceWord(String core, boolean opens, String country) {
        boolean maghreb = ArabicNameRomaniser.maghreb(country);
        String head = !opens ? null : core.equals("ام") ? (maghreb ? "Oum" : "SD".equals(country) ? "Um" : "Umm")
                : core.equals("بني") && BANI_COUNTRIES.contains(country) ? "Bani"
                : core.equals("وادي") && maghreb ? "Oued"
                : maghreb ? null : HEAD_SPELLING.get(core);
        return head != null ? head : placeWord(core, country);
    }

    /**
     * A place's word spelled by rule; a final و after a consonant is o, as the names of places Arabic transcribes end
     * ("سوكوتو" Sokoto), where a person's Arabic name ends in u, and so does "أبو" in a place's name ("Abu Kamal").
     */
    private String placeWord(String core, String country) {
        if (core.length() >= 6 && core.endsWith("لاند")) {
            // "جوبالاند", "بونتلاند": the English ending -land, which Arabic writes with a long a.
            return placeWord(core.substring(0, core.length() - 4), country) + "land";
        }
        // Gazetteers write the long u of Arabic place names "u" ("Bubiyan", "Juba"), where names of people take "ou";
        // the Maghreb's places are spelled the French way, with "ou" ("Sidi Makhlouf").
        String word = ArabicNameRomaniser.maghreb(country) ? romaniser.romanisePlaceWord(core, country)
                : LONG_U.matcher(romaniser.romaniseWord(core)).replaceAll("u");
        return core.length() > 2 && core.endsWith("و") && !core.endsWith("وو") && word.endsWith("u") && !word.endsWith("ou")
                && !ArabicNameRomaniser.NAME_LINKS.contains(core) ? word.substring(0, word.length() - 1) + "o" : word;
    }

    /**
     * "محافظة الغربية" in a story about Egypt is Gharbia, not Rwanda's Western Province ("المحافظة الغربية"); "بيلا" in
     * a story about Egypt is not the prefecture of Beyla in Guinea, nor "سالم" in "سالم علي ..." Salem in India. A place
     * the gazetteer knows by a division's word and a compass adjective, by one word that is a given name next to
     * another, or by one word as a division of a country outside the Arab states, is taken in a story set in another
     * country only when the story names its country ({@link #namedCountry}); else it is the division of the story's
     * own country the adjective names, or a place of its own spelt by rule (a given name is left to the finders of
     * people). Arab places are left alone: Arabic news names them without their country.
     */
    private void foreignNamesakes(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        String home = null;
        for (Span s : claims.spans()) {
            if (s.source != Span.Source.KNOWLEDGE || s.type != EntityType.LOC || !s.linked()
                    || !tokens.get(s.start).arabic || s.entity().country() == null || isCountry(s.entity())) {
                continue;
            }
            boolean division = s.length() == 2 && InstitutionFinder.reading(tokens.get(s.start), Lexicon.ARABIC_DIVISION_WORDS) != null
                    && COMPASS_ADJECTIVES.containsKey(tokens.get(s.start + 1).key);
            Token word = tokens.get(s.start);
            boolean given = s.length() == 1 && givenNames.contains(word.key) && inPersonName(tokens, s.start);
            boolean foreign = s.length() == 1 && !ArabicNameRomaniser.ARAB.contains(s.entity().country());
            boolean town = foreign && s.entity().lat() != null;
            if (!division && !given && !(foreign && s.entity().lat() == null) && !town) {
                continue;
            }
            if (town) {
                // The town's own mentions name neither the story's country nor its own (Seoul is a capital).
                List<Span> mentions = new ArrayList<>(2);
                for (Span other : claims.spans()) {
                    if (other.linked() && other.entity() == s.entity()) {
                        mentions.add(other);
                        claims.release(other);
                    }
                }
                if (!farTownUnexplained(doc, claims, s.entity(), EntityRecogniser.mostNamedCountry(claims.spans()))) {
                    mentions.forEach(claims::override);
                }
                continue;
            }
            home = home != null ? home : EntityRecogniser.mostNamedCountry(claims.spans());
            if (home.isEmpty() || anyNamedCountry(doc, claims, s.candidates)) {
                continue;
            }
            if (given) {
                claims.release(s);
                continue;
            }
            List<CanonicalEntity> own = division ? homePlaces(tokens.get(s.start + 1), home) : List.of();
            Span replaced = new Span(s.start, s.end, s.startChar, s.endChar, EntityType.LOC, Span.Source.PATTERN, own,
                    own.isEmpty() ? spelt(tokens, division ? s.start + 1 : s.start, s.end, division ? tokens.get(
                            s.start + 1).start : s.startChar, home) : null);
            if (own.isEmpty()) {
                replaced.groupKey = EntityType.LOC + ":" + InstitutionFinder.coreKey(tokens, s.start, s.end);
            }
            claims.override(replaced);
        }
    }

    /**
     * "سيول" (floods) in a story set in Jordan is not Seoul, "بورين" in the West Bank not Burien in the United States,
     * "سهيل" at Aswan not Fuengirola: a town of another continent (farther than {@link #NEAR_KM}) read from one Arabic
     * word in a story set in an Arab state is taken only when the story names its country, its capital or its people;
     * else the word is left to the rules for unknown places (a village after "قرى" is one).
     */
    private boolean farTownUnexplained(Document doc, Claims claims, CanonicalEntity town, String home) {
        if (town.lat() == null || town.country() == null || ArabicNameRomaniser.ARAB.contains(town.country())
                || !ArabicNameRomaniser.ARAB.contains(home) || isCountry(town)
                || namedCountry(doc, claims, town.country(), true, -1)) {
            return false;
        }
        CanonicalEntity from = capitalOf.get(home);
        for (Span s : claims.spans()) {
            // A state whose capital the gazetteer does not place (Palestine): the story's first place in it.
            if (from != null && from.lat() != null) {
                break;
            }
            if (s.type == EntityType.LOC && s.linked() && home.equals(s.entity().country()) && s.entity().lat() != null) {
                from = s.entity();
            }
        }
        return far(town, from);
    }

    /** Whether a reading of the span is in a country the story names ("ديفا" is Deva, and Diffa in Niger). */
    private boolean anyNamedCountry(Document doc, Claims claims, List<CanonicalEntity> readings) {
        for (CanonicalEntity c : readings) {
            if (namedCountry(doc, claims, c.country(), true, -1)) {
                return true;
            }
        }
        return false;
    }

    /** "أحمد سالم الشامسي", "سالم علي الكثيري": a given name next to another is a word of a person's name. */
    private boolean inPersonName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        for (int k : new int[] {i - 1, i + 1}) {
            if (k >= 0 && k < tokens.size() && tokens.get(k).sentence == t.sentence && tokens.get(k).arabic
                    && givenNames.contains(tokens.get(k).key)) {
                return true;
            }
        }
        return false;
    }

    /** The places of {@code country} the gazetteer names by this one word in Arabic. */
    private List<CanonicalEntity> homePlaces(Token word, String country) {
        NameIndex.Node node = kb.index().start(word.core());
        List<CanonicalEntity> out = new ArrayList<>(1);
        for (NameIndex.Entry e : node == null ? List.<NameIndex.Entry>of() : node.entries()) {
            if (e.arabic() && e.tokens() == 1 && e.entity().type() == EntityType.LOC
                    && country.equals(e.entity().country())) {
                out.add(e.entity());
            }
        }
        return out;
    }

    private boolean isCountry(CanonicalEntity e) {
        return e.country() != null && kb.country(e.country()).map(c -> c == e).orElse(false);
    }

    /** The words of a place spelt by rule, as its country spells its places. */
    private String spelt(List<Token> tokens, int from, int to, int startChar, String country) {
        StringBuilder english = new StringBuilder();
        for (int w = from; w < to; w++) {
            Token tok = tokens.get(w);
            boolean clitic = w == from && startChar > tok.start;
            String core = clitic ? tok.stems[1].withArticle() : tok.key;
            english.append(english.length() == 0 ? "" : " ").append(headOrPlaceWord(core, w < to - 1, country));
        }
        return english.toString();
    }

    private Span guessed(Document doc, Claims claims, int from, int to, int startChar) {
        return guessed(doc, claims, from, to, startChar, true);
    }

    /** As above; {@code bySound} false takes only a place of the exact name, not one that sounds like it. */
    private Span guessed(Document doc, Claims claims, int from, int to, int startChar, boolean bySound) {
        List<Token> tokens = doc.tokens();
        StringBuilder key = new StringBuilder();
        StringBuilder english = new StringBuilder();
        NameIndex.Node node = null;
        NameIndex.Node beforeLast = null;
        String lastKey = "";
        boolean article = false;
        // The country the story is about, whose spelling conventions its unknown places take.
        String country = EntityRecogniser.mostNamedCountry(claims.spans());
        for (int w = from; w < to; w++) {
            Token tok = tokens.get(w);
            boolean clitic = w == from && startChar > tok.start;
            if (w == from) {
                article = (clitic ? tok.stems[1] : tok.stems[0]).article();
            }
            String core = clitic ? tok.stems[1].withArticle() : tok.key;
            key.append(core);
            english.append(english.length() == 0 ? "" : " ")
                    .append(headOrPlaceWord(finalAlefMaqsura(tok, core), w < to - 1, country));
            String indexKey = clitic ? tok.stems[1].core() : tok.core();
            beforeLast = node;
            lastKey = indexKey;
            node = w == from ? kb.index().start(indexKey) : node == null ? null : node.child(indexKey);
        }
        List<CanonicalEntity> known = gazetteerPlaces(node, article);
        boolean farNamesake = false;
        if (from == to - 1 && !known.isEmpty()) {
            String home = EntityRecogniser.mostNamedCountry(claims.spans());
            List<CanonicalEntity> near = known.stream().filter(k -> !farTownUnexplained(doc, claims, k, home)).toList();
            // The word is the exact name of a town abroad: a place of its own, not another place it sounds like.
            farNamesake = near.isEmpty();
            known = near;
        }
        if (known.isEmpty() && !farNamesake) {
            known = finalVowelVariant(doc, claims, from == to - 1, beforeLast, lastKey, article, to);
        }
        if (known.isEmpty() && !farNamesake && bySound) {
            String skeleton = arabicSkeleton(key.toString());
            CanonicalEntity sounding = soundingPlace(doc, claims, skeleton, to);
            if (sounding == null && key.indexOf("تس") > 0) {
                // Arabic writes the German and Italian z as "تس" ("لينتس" Linz, "غراتس" Graz).
                sounding = soundingPlace(doc, claims, arabicSkeleton(key.toString().replace("تس", "ز")), to);
            }
            String home = EntityRecogniser.mostNamedCountry(claims.spans());
            if (sounding != null && !home.isEmpty() && !home.equals(sounding.country())
                    && !majorPlaces.contains(sounding) && sounding.lat() != null) {
                // A town of the story's own country that sounds the same is the likelier reading than a foreign town
                // or district whose country the story also names (a Syrian town, not a Turkish district).
                CanonicalEntity homeTown = smallTown(doc, claims, skeleton, english.toString(), to, home);
                sounding = homeTown != null ? homeTown : sounding;
            }
            if (sounding == null) {
                // A town too small for the gazetteer ("بلدة صلخد" in a story about Syria is Salkhad): taken only in a
                // story that names its country, like any place taken on sound alone.
                sounding = smallTown(doc, claims, skeleton, english.toString(), to, null);
            }
            known = sounding == null ? List.of() : List.of(sounding);
        }
        return new Span(from, to, startChar, tokens.get(to - 1).end, EntityType.LOC, Span.Source.PATTERN,
                known, known.isEmpty() ? english.toString() : null);
    }

    /**
     * The gazetteer place whose Arabic name differs only in how the final a of a foreign name is written: Arabic
     * writes it with alef or with ta marbuta/ha ("كويتا" and "كويته" are both Quetta, "أوسا" and "أوسه"), and the
     * gazetteer holds one of them. Taken, as a place taken on sound, only in a story that names its country.
     */
    private List<CanonicalEntity> finalVowelVariant(Document doc, Claims claims, boolean single,
            NameIndex.Node beforeLast, String lastKey, boolean article, int after) {
        if (lastKey.length() < 4 || !(lastKey.endsWith("ا") || lastKey.endsWith("ه"))) {
            return List.of();
        }
        String variant = lastKey.substring(0, lastKey.length() - 1) + (lastKey.endsWith("ا") ? "ه" : "ا");
        NameIndex.Node node = single ? kb.index().start(variant) : beforeLast == null ? null
                : beforeLast.child(variant);
        for (CanonicalEntity place : gazetteerPlaces(node, article)) {
            if (!isCountry(place) && namedCountry(doc, claims, place, majorPlaces.contains(place), after)) {
                return List.of(place);
            }
        }
        return List.of();
    }

    /** The first-ranked place whose English name has the skeleton, in a country the story names; else null. */
    private CanonicalEntity soundingPlace(Document doc, Claims claims, String skeleton, int after) {
        List<CanonicalEntity> places = bySkeleton.getOrDefault(skeleton, List.of());
        String home = EntityRecogniser.mostNamedCountry(claims.spans());
        for (CanonicalEntity place : places) {
            // A place of the story's own country goes before a higher-ranked namesake abroad.
            if (places.size() > 1 && !home.isEmpty() && home.equals(place.country())) {
                return place;
            }
        }
        for (CanonicalEntity place : places) {
            // Skeletons sound like places all over the world ("ذيبان" and Zapopan, "مرجعيون" and Marowijne in
            // Suriname, "بركين" and Broceni in Latvia): a place is taken on sound alone only in a story that names
            // its country ("باتومي" in a story about Georgia is Batumi, not Batam; "خورفكان" in a story about Fujairah
            // is Khor Fakkan), and in a story set in another country only as namedCountry allows (not Augustów for
            // "الغزوات" in Algeria because a Polish ambassador visits).
            if (namedCountry(doc, claims, place, place.lat() == null || majorPlaces.contains(place), after)
                    && (place.lat() == null || majorPlaces.contains(place) || capitals.contains(place)
                    || !unexplainedForeignTown(doc, claims, place, home, after))) {
                return place;
            }
        }
        return null;
    }

    /**
     * A small town abroad in a story set in another country, whose country the story names only in another sentence:
     * "مخيمي شاريا وخانكي" in a story about Iraq that ends on Turkey is not Çankaya, nor "ناحية القحطانية" Qatana
     * because a Syrian border is mentioned later. The story gives no reason for the town, and the word is better left
     * a provisional place; its country named in the same sentence, the headline or the dateline's sentence, its capital
     * anywhere ("وفي تبليسي ... مدينة باتومي") or its adjective in the same sentence still brings it in.
     */
    private boolean unexplainedForeignTown(Document doc, Claims claims, CanonicalEntity place, String home, int after) {
        if (home.isEmpty() || home.equals(place.country()) || after <= 0) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        int sentence = tokens.get(after - 1).sentence;
        // The headline and the dateline's sentence say where the story is set ("نوى (سوريا) -"), whichever country it
        // names most; the text is the title, a line break, then the body.
        int title = tokens.get(0).sentence;
        int lead = title;
        int bodyStart = doc.text().indexOf('\n');
        for (Token t : tokens) {
            if (t.start > bodyStart) {
                lead = t.sentence;
                break;
            }
        }
        for (Span s : claims.spans()) {
            if (s.type == EntityType.LOC && s.linked() && place.country().equals(s.entity().country())
                    && (capitals.contains(s.entity()) || isCountry(s.entity()) && (tokens.get(s.start).sentence
                            == sentence || tokens.get(s.start).sentence == lead || tokens.get(s.start).sentence == title))) {
                return false;
            }
        }
        for (int k = after - 1; k >= 0 && tokens.get(k).sentence == sentence; k--) {
            if (isDemonymOf(tokens.get(k), place.country())) {
                return false;
            }
        }
        for (int k = after; k < tokens.size() && tokens.get(k).sentence == sentence; k++) {
            if (isDemonymOf(tokens.get(k), place.country())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The small town of a country the story names whose English name has the skeleton; of several, the one whose name
     * is nearest the word's spelling by rule ("صلخد", spelt Salkhad, is Salkhad, not Salakhid nearby), and none when
     * two are equally near.
     */
    private CanonicalEntity smallTown(Document doc, Claims claims, String skeleton, String spelt, int after,
            String only) {
        CanonicalEntity best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        String key = TextNormaliser.key(spelt);
        for (CanonicalEntity town : SMALL_TOWNS.getOrDefault(skeleton, List.of())) {
            if (only != null && !only.equals(town.country()) || !namedCountry(doc, claims, town, false, after)
                    || unexplainedForeignTown(doc, claims, town, EntityRecogniser.mostNamedCountry(claims.spans()), after)) {
                continue;
            }
            int d = distance(TextNormaliser.key(town.preferredName()), key);
            if (d < bestDistance) {
                best = town;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        // A town that divisions.tsv names (a district's seat) is in the knowledge base under the same id, with the
        // news's name.
        return tie || best == null ? null : kb.byId(best.id()).orElse(best);
    }

    /** "al-Sharara" → "Sharara": a place's English name without its article, as English writes it after a word. */
    private static String withoutArticle(String name) {
        return name.startsWith("al-") ? ArabicNameRomaniser.capitalise(name.substring(3)) : name;
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /**
     * After a place word, a gazetteer name is that place whatever its size ("مدينة جنين", "بلدة ديفا"); the largest
     * first, and a place in a country the document names is preferred later.
     */
    private List<CanonicalEntity> gazetteerPlaces(NameIndex.Node node, boolean article) {
        if (node == null || node.entries().isEmpty()) {
            return List.of();
        }
        List<NameIndex.Entry> places = new ArrayList<>(node.entries().size());
        for (NameIndex.Entry e : node.entries()) {
            if (e.arabic() && e.entity().type() == EntityType.LOC && !foreignWithoutArticle(e, article)
                    && !foreignWithOwnAl(e, article)) {
                places.add(e);
            }
        }
        places.sort(Comparator.comparingInt(NameIndex.Entry::rank));
        List<CanonicalEntity> out = new ArrayList<>(places.size());
        for (NameIndex.Entry e : places) {
            out.add(e.entity());
        }
        return out;
    }

    /**
     * "قرية تونا" is not Altoona ("ألتونا"): the al of a town abroad is a syllable of its name, not the article, and a
     * word written without it is another place.
     */
    private boolean foreignWithOwnAl(NameIndex.Entry e, boolean article) {
        String cc = e.entity().country();
        return !article && e.article() && cc != null && !ArabicNameRomaniser.ARAB.contains(cc)
                && !kb.country(cc).map(c -> c == e.entity()).orElse(false);
    }

    /**
     * "محافظة الداير" is not Dyer, Indiana ("داير"): Arabic writes many Arab towns with the article but no town
     * abroad, as {@code KnowledgeMatcher} already holds for bare words.
     */
    private boolean foreignWithoutArticle(NameIndex.Entry e, boolean article) {
        String cc = e.entity().country();
        return article && !e.article() && cc != null && !ArabicNameRomaniser.ARAB.contains(cc)
                && !kb.country(cc).map(c -> c == e.entity()).orElse(false);
    }

    /**
     * Whether the story names the country {@code cc}: it is the country the story is set in, or the story names it. In
     * a story set in another country, only the country's own name ("بولندا") or its adjective right after the place
     * ({@code after}: "جزيرة لامبيدوزا الإيطالية") brings a town of it in; its adjective elsewhere (the Polish ambassador
     * visiting Tlemcen, "السفير البولندي") only a division or major city ({@code major}: Crete in a story on Greek
     * and Egyptian ministers), and of its other places only its capital ("تبليسي" for Batumi; not a given name read
     * as a town of India).
     */
    private boolean namedCountry(Document doc, Claims claims, String cc, boolean major, int after) {
        return namedCountry(doc, claims, cc, null, major, after);
    }

    /**
     * As {@link #namedCountry(Document, Claims, String, boolean, int)} for a place taken on sound alone: a place far
     * from the country the story is set in (farther than {@link #NEAR_KM} from its capital, as a place of another
     * continent is; a US state in a story about Syria) is taken only when the story names its country by its name or
     * its capital, or its adjective follows the place; the adjective elsewhere ("القوات الأمريكية") is no longer
     * enough, even for a division or a major city.
     */
    private boolean namedCountry(Document doc, Claims claims, CanonicalEntity place, boolean major, int after) {
        return namedCountry(doc, claims, place.country(), place, major, after);
    }

    /** How far from the capital of the story's country a place taken on sound alone may lie on its adjective alone. */
    static final double NEAR_KM = 2500;

    private boolean namedCountry(Document doc, Claims claims, String cc, CanonicalEntity place, boolean major,
            int after) {
        if (cc == null) {
            return false;
        }
        String home = EntityRecogniser.mostNamedCountry(claims.spans());
        if (cc.equals(home)) {
            return true;
        }
        boolean elsewhere = !home.isEmpty();
        List<Token> tokens = doc.tokens();
        if (elsewhere && after >= 0 && after < tokens.size() && isDemonymOf(tokens.get(after), cc)) {
            return true;
        }
        if (major && elsewhere && place != null && far(place, home)) {
            major = false;
        }
        if (!elsewhere || major) {
            for (Token t : tokens) {
                // "رئيس الوزراء الجورجي ... مدينة باتومي": a nationality adjective names the country too.
                if (isDemonymOf(t, cc)) {
                    return true;
                }
            }
        }
        for (Span s : claims.spans()) {
            if (s.type == EntityType.LOC && s.linked() && cc.equals(s.entity().country())
                    && (!elsewhere || isCountry(s.entity()) || capitals.contains(s.entity()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place lies farther than {@link #NEAR_KM} from the capital of country {@code home}. */
    private boolean far(CanonicalEntity place, String home) {
        return far(place, capitalOf.get(home));
    }

    /** Whether {@code place} lies farther than {@link #NEAR_KM} from {@code from} (false when either has no position). */
    private boolean far(CanonicalEntity place, CanonicalEntity from) {
        CanonicalEntity at = place.lat() != null ? place : capitalOf.get(place.country());
        if (from == null || at == null || at.lat() == null || from.lat() == null) {
            return false;
        }
        double p1 = Math.toRadians(from.lat());
        double p2 = Math.toRadians(at.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(at.lon() - from.lon());
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a))) > NEAR_KM;
    }

    private boolean isDemonymOf(Token t, String cc) {
        return t.arabic && t.isWord() && t.stems[0].article() && cc.equals(lexicon.demonyms.get(t.stems[0].core()));
    }

    /** Free, or held by a one-word gazetteer town that a longer name after a place word replaces. */
    private static boolean replaceable(Claims claims, int k) {
        Span owner = claims.at(k);
        return owner == null || owner.source == Span.Source.KNOWLEDGE && owner.length() == 1 && owner.start == k
                && owner.type == EntityType.LOC && owner.entity() != null && owner.entity().lat() != null;
    }

    private static boolean prepositionalPhrase(Token t) {
        for (int r = 1; r < t.stems.length; r++) {
            if (t.stems[r].article()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ولايتي جوبالاند وهيرشبيلي": و and an unknown word after a place is a second place, unless the word ends in a
     * possessive pronoun ("جنين ومخيمها", Jenin and its camp; "حوض بركين وخارجه", the basin and outside it) or is a
     * verbal noun ("ميناء بربرة وإنشاء", and building); nor when a plural verb follows it ("ومزارعو القرية يحتجون").
     */
    private boolean coordinated(Token t, int sentence) {
        return t.arabic && t.isWord() && t.sentence == sentence && t.stems.length > 1 && t.text.startsWith("و")
                && t.stems[1].prefixChars() > 0 && !t.stems[1].article()
                && (t.stems[1].core().length() >= 3 || JOINED_HEADS.contains(t.stems[1].core()))
                && !t.text.endsWith("ه") && !t.text.endsWith("ها") && !t.text.endsWith("هم") && !common(t)
                && !ArabicPersonFinder.verbalNoun(t.stems[1].core());
    }

    /**
     * The end of a second place joined by و at {@code at}: one word, or two when the word is a noun that opens a
     * town's name in construct ("بلدتي بريزينة وعين الصفراء"); {@code at} itself (nothing) when such a noun has no name
     * after it.
     */
    private int secondEnd(List<Token> tokens, Claims claims, int at) {
        Token second = tokens.get(at);
        int next = at + 1;
        if (second.stems.length < 2 || !CONSTRUCT_HEADS.contains(second.stems[1].core())
                && !JOINED_HEADS.contains(second.stems[1].core())) {
            return next;
        }
        Token name = next < tokens.size() ? tokens.get(next) : null;
        boolean named = name != null && replaceable(claims, next) && name.arabic && name.isWord()
                && name.sentence == second.sentence && !common(name) && name.core().length() >= 3
                && !name.text.startsWith("و");
        // The head alone ("وبيت" before a short word) names nothing.
        return named ? next + 1 : at;
    }

    private boolean common(Token t) {
        for (ArabicStem s : t.stems) {
            if (!s.article() && PLACE_PLURALS.contains(s.core())) {
                return true;
            }
            if (lexicon.isStopword("ar", s.withArticle()) || lexicon.commonArabic.contains(s.withArticle())
                    || lexicon.demonyms.containsKey(s.core())) {
                return true;
            }
        }
        return lexicon.titles.word(t) != null || lexicon.titleWithPronoun(t) || lexicon.triggers.word(t) != null
                || lexicon.months.word(t) != null
                || lexicon.weekdays.word(t) != null;
    }

    static String arabicSkeleton(String key) {
        String w = key.startsWith("ال") && key.length() > 4 ? key.substring(2) : key;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = switch (w.charAt(i)) {
                case 'ب', 'پ' -> 'B';
                case 'ت', 'ط' -> 'T';
                case 'ث', 'س', 'ص', 'ز', 'ذ', 'ظ' -> 'S';
                case 'ج' -> 'J';
                case 'ح', 'ه', 'ة' -> 0;
                case 'خ', 'ك', 'ق' -> 'K';
                case 'د', 'ض' -> 'D';
                case 'ر' -> 'R';
                case 'ش' -> 'X';
                case 'غ', 'گ' -> 'G';
                case 'ف', 'ڤ' -> 'F';
                case 'ل' -> 'L';
                case 'م' -> 'M';
                case 'ن' -> 'N';
                default -> 0;
            };
            if (c != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c);
            }
        }
        return sb.length() >= 3 ? sb.toString() : "";
    }

    static String latinSkeleton(String name) {
        String w = TextNormaliser.key(name);
        for (String article : new String[] {"al-", "el-", "al ", "el ", "ad-", "ar-", "as-", "ash-", "az-", "at-"}) {
            if (w.startsWith(article)) {
                w = w.substring(article.length());
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            char c;
            if ((ch == 's' || ch == 'c') && next == 'h') {
                c = 'X';
                i++;
            } else if (ch == 'p' && next == 'h') {
                // "Joseph" is written with ف.
                c = 'F';
                i++;
            } else if (ch == 'k' && next == 'h' || ch == 'g' && next == 'h') {
                c = ch == 'k' ? 'K' : 'G';
                i++;
            } else if ((ch == 't' || ch == 'd') && next == 'h') {
                c = ch == 't' ? 'S' : 'S';
                i++;
            } else {
                c = switch (ch) {
                    case 'b', 'p' -> 'B';
                    case 'v' -> 'F';
                    case 't' -> 'T';
                    case 's', 'z' -> 'S';
                    case 'j' -> 'J';
                    case 'k', 'q', 'c' -> 'K';
                    case 'd' -> 'D';
                    case 'r' -> 'R';
                    case 'g' -> 'G';
                    case 'f' -> 'F';
                    case 'l' -> 'L';
                    case 'm' -> 'M';
                    case 'n' -> 'N';
                    default -> 0;
                };
            }
            if (c != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c);
            }
        }
        return sb.length() >= 3 ? sb.toString() : "";
    }
}
