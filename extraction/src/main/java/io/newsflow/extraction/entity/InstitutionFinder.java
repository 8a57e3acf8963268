package io.newsflow.extraction.entity;

import static io.newsflow.extraction.entity.ArabicNationalServices.NATIONAL_BODIES;
import static io.newsflow.extraction.entity.ArabicNationalServices.NATIONAL_SERVICES;
import static io.newsflow.extraction.entity.EnglishBodyNames.COUNTRY_NOUN_COMPANIES;
import static io.newsflow.extraction.entity.EnglishBodyNames.attachPrefixes;
import static io.newsflow.extraction.entity.EnglishBodyNames.attributive;
import static io.newsflow.extraction.entity.EnglishBodyNames.commissionWording;
import static io.newsflow.extraction.entity.EnglishBodyNames.companyName;
import static io.newsflow.extraction.entity.EnglishBodyNames.describesForces;
import static io.newsflow.extraction.entity.EnglishBodyNames.supremeBody;
import static io.newsflow.extraction.entity.EnglishBodyNames.unionOf;
import static io.newsflow.extraction.entity.EnglishBodyNames.withArticle;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.BundledKnowledge;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.knowledge.NameIndex;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds institutions named by composition rather than by a listed name: a country's ministries ("Iran's Foreign
 * Ministry", "ministère de l'Intérieur", "وزارة الداخلية العراقية", "الخارجية المصرية"), governments and armies
 * ("الحكومة العراقية", "Peru's government", "الجيش السوداني"), and Arabic organisation names built on a head noun
 * ("هيئة النزاهة الاتحادية", "قوات الدعم السريع"), which it names in English word by word through the glossary.
 */
final class InstitutionFinder {

    private static final Set<String> ARABIC_MINISTRY = WordSet.of("وزاره", "الوزاره");
    private static final Set<String> ARABIC_GOVERNMENT = WordSet.of("الحكومه", "حكومه");
    private static final Set<String> ARABIC_ARMY = WordSet.of("الجيش", "جيش");
    private static final Set<String> ARABIC_MINISTER = WordSet.of("وزير", "وزيره", "الوزير", "الوزيره");
    static final int MAX_ORG_WORDS = 6;
    static final Set<String> COMPANY_HEADS = WordSet.of("Company", "Group", "Agency");
    /** Councils of a town or division, named after their place ("Ubari Municipal Council"). */
    private static final Set<String> LOCAL_COUNCILS = Set.of("Municipal Council", "Local Council");
    /** Place words between a council and its place, after لـ ("لمحافظة الداخلية", "لمدينة صفاقس"). */
    static final Set<String> LOCAL_PLACE_WORDS = WordSet.of("محافظه", "مدينه", "ولايه", "بلديه", "منطقه",
            "بلده", "قضاء");
    /** Heads that English leaves out before a body's own name: "حزب تواصل" is Tewassoul, "قناة المسيرة" Al Masirah. */
    private static final Set<String> OWN_NAME_ALONE = Set.of("Party", "Channel");
    /** Honorifics that open the name of the person a university is named after, and their English. */
    private static final Map<String, String> PATRON_TITLES = Map.of("سيدي", "Sidi", "الملك", "King", "الامير",
            "Prince", "الشيخ", "Sheikh", "الامام", "Imam", "السلطان", "Sultan", "الشريف", "Sharif", "الملكه", "Queen", "القاضي", "Qadi");
    private static final Set<String> PATRON_LINKS = WordSet.of("بن", "ابن", "عبد", "ابو");
    /** Heads of bodies named after a person ("جامعة الملك سعود", "مؤسسة محمد الخامس للتضامن"). */
    private static final Set<String> PATRON_HEADS = Set.of("University", "Foundation", "Fund", "Center", "Hospital",
            "College", "Institute");
    /**
     * Heads that are a body only when named after a titled person ("مستشفى الملك فهد", "كلية الأمير حسين"); "مستشفى
     * الشفاء" alone stays a building.
     */
    private static final Map<String, String> TITLED_PATRON_HEADS = Map.of("مستشفي", "Hospital", "المستشفي",
            "Hospital", "كليه", "College", "الكليه", "College");
    /** "الجمعية", the head of a parliament named the National Assembly (see nationalAssembly). */
    private static final Set<String> ASSEMBLY = WordSet.of("الجمعيه");
    /**
     * Adjectives that say what kind of body is named after a person, between the person and what the body is for:
     * "مستشفى الملك فهد الجامعي" King Fahd University Hospital, "مؤسسة الأمير سلطان الخيرية".
     */
    private static final Map<String, String> PATRON_BODY_ADJECTIVES = Map.of("الخيريه", "Charitable", "الخيري",
            "Charitable", "الجامعي", "University", "التخصصي", "Specialist", "العسكري", "Military", "الطبيه", "Medical",
            "الطبي", "Medical", "التعليمي", "Teaching", "الدولي", "International");
    /** The word of a Maghreb sports federation ("الجامعة الملكية المغربية لكرة القدم"), see sportsFederation. */
    private static final Set<String> FEDERATION_HEADS = WordSet.of("جامعه", "الجامعه");
    /** Ball games after "لكرة" in a federation's name. */
    private static final Map<String, String> BALL_GAMES = Map.of("القدم", "Football", "السله", "Basketball",
            "اليد", "Handball", "الطائره", "Volleyball");
    /** A king's ordinal ends his name: "جامعة محمد الخامس" is Mohammed V University. */
    private static final Map<String, String> ORDINALS = Map.of("الاول", "I", "الثاني", "II", "الثالث", "III",
            "الرابع", "IV", "الخامس", "V", "السادس", "VI");
    /** "بقيادة السعودية" is "led by Saudi Arabia": the head قيادة (Command) after بـ, without the article. */
    private static final Set<String> LED_BY = WordSet.of("بقياده");
    /** Participles and relative words that follow an organisation's name without belonging to it. */
    private static final Set<String> NAME_ENDERS = WordSet.of("التابعه", "التابع", "المعترف", "الذي", "التي",
            "المدعوم", "المدعومه", "المسلحه", "الموالي", "المواليه", "المكلف", "المكلفه", "المعنيه", "المعني",
            "نفسه", "نفسها", "ذاته", "ذاتها", "المختصه", "المختص");

    /**
     * Heads that English names with "for" before what the body deals with ("الوكالة الوطنية للسدود" is the National
     * Agency for Dams, "صندوق قطر للتنمية" the Qatar Fund for Development); offices, directorates, unions and
     * councils keep "of".
     */
    private static final Set<String> FOR_HEADS = Set.of("Agency", "Fund", "Foundation", "Bank", "Observatory",
            "League", "Institute", "Center", "Organization", "Programme", "Forum");
    private static final Set<String> ARMY_HEADS = Set.of("Army");
    /** Adjectives of peoples and faiths, which English says before "National" as it does a nationality. */
    private static final Set<String> PEOPLES = Set.of("Arab", "Kurdish", "Kurdistan", "Islamic", "Amazigh", "African",
            "Turkmen", "Assyrian", "Druze", "Christian");
    /** Heads of the companies and foundations whose own name is مصر, spelled Misr. */
    private static final Set<String> MISR_HEADS = Set.of("Company", "Group", "Bank", "Foundation");
    /**
     * Heads whose genitive and a feminine adjective after it name one thing in English as they do in Arabic ("صندوق
     * الاستثمارات العامة" Public Investment Fund, "بنك التنمية الصناعية" Industrial Development Bank).
     */
    private static final Set<String> OWNED_GENITIVE_HEADS = Set.of("Bank", "Fund");
    /** Genitives that make a union a federation: its members are bodies or industries ("اتحاد الغرف"). */
    private static final Set<String> FEDERATED = WordSet.of("الغرف", "الصناعات", "النقابات", "الجمعيات",
            "الاتحادات", "الاندية", "التعاونيات");
    /**
     * Heads of public bodies, which are named after what they regulate: "هيئة الاتصالات السعودية" is a commission, not
     * the company the words after its head name.
     */
    private static final Set<String> PUBLIC_BODY_HEADS = Set.of("Commission", "Authority", "Directorate");

    /**
     * Portfolios that are everyday words ("الطرق الليبية" are Libya's roads, "الماء" water): they name a ministry only
     * after وزارة, never elliptically with a nationality.
     */
    private static final Set<String> EVERYDAY_PORTFOLIOS = WordSet.of("الطرق", "الماء");

    /**
     * هيئة, an Authority in most Arab states' English ("هيئة قناة السويس" Suez Canal Authority), is a Commission in
     * Iraq's ("هيئة النزاهة" Commission of Integrity) and after "supreme", "high" or "royal" (High Relief Commission,
     * Royal Commission for Jubail and Yanbu).
     */
    private static final Set<String> HAYA = WordSet.of("هيئه", "الهيئه", "هياه", "الهياه");
    private static final Set<String> COMMISSION_RANKS = Set.of("Supreme", "High", "Royal");

    /** The recogniser's romaniser, which spells the names of the persons universities are named after. */
    private final ArabicNameRomaniser romaniser;
    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    /** The branches of a country's forces and its highest courts, named in Arabic with or without the country. */
    private final ArabicNationalServices services;
    /** The English names of bodies, composed from their glossed words and their country. */
    private final EnglishBodyNames names;
    /** Hospitals and militant groups named by their own name after their head. */
    private final ArabicNamedBodies namedBodies;
    /** A country's ministries, government, armed forces and coast guard. */
    private final CountryBodies countryBodies;
    /** Ministries, governments, armies and local institutions in English and French text. */
    private final LatinInstitutionFinder latin;
    /** Given names, which end a company's own name when a person's name follows ("… سالم الدوسري"). */
    private final Set<String> givenNames;
    /** Words an Arabic institution can start with, to skip the other words with one lookup. */
    private final Set<String> arabicStarts;
    /** First words of the glossary's two-word rows ("ارصاد جويه"), which are glossed as one phrase. */
    private final Set<String> glossaryPhraseStarts;

    InstitutionFinder(KnowledgeBase kb, Lexicon lexicon, ArabicNameRomaniser romaniser) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.romaniser = romaniser;
        this.services = new ArabicNationalServices(lexicon);
        this.names = new EnglishBodyNames(kb, lexicon);
        this.namedBodies = new ArabicNamedBodies(lexicon, romaniser);
        this.countryBodies = new CountryBodies(kb, lexicon, names);
        this.latin = new LatinInstitutionFinder(lexicon, countryBodies);
        this.givenNames = romaniser.givenNames();
        Set<String> starts = new HashSet<>();
        starts.addAll(ARABIC_MINISTRY);
        starts.addAll(ARABIC_GOVERNMENT);
        starts.addAll(ARABIC_ARMY);
        starts.addAll(ArabicNationalServices.SERVICE_STARTS);
        starts.addAll(FEDERATION_HEADS);
        starts.addAll(TITLED_PATRON_HEADS.keySet());
        starts.addAll(ArabicArmyUnits.UNIT_HEADS.keySet());
        starts.add("جماعه");
        starts.addAll(lexicon.portfoliosArabic.firstWords());
        starts.addAll(lexicon.orgHeadsArabic.firstWords());
        starts.addAll(DEPARTMENT_HEADS);
        this.arabicStarts = WordSet.copyOf(starts);
        this.glossaryPhraseStarts = WordSet.copyOf(lexicon.glossary.keySet().stream().filter(k -> k.indexOf(' ') > 0)
                .map(k -> k.substring(0, k.indexOf(' '))).toList());
    }

    void find(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            Span span = t.arabic ? arabic(doc, claims, i) : latin.find(doc, claims, i);
            if (span != null && t.arabic && describedOnly(tokens, span)) {
                i = span.end - 1;
                continue;
            }
            Span known = span == null ? null : namedWhole(claims, span);
            if (known == null && span != null && t.arabic) {
                known = chamberNamedWhole(doc, claims, span);
            }
            Span district = known == null && span != null && t.arabic ? districtNamedWhole(doc, claims, span) : null;
            if (district != null) {
                claims.override(district);
                i = district.end - 1;
                continue;
            }
            if (known != null) {
                i = known.end - 1;
            } else if (span != null) {
                claims.override(span);
                i = span.end - 1;
            }
        }
    }

    /**
     * "جمعية مهنيي الصيد التقليدي بطرفاية", "رابطة تجار المواشي في بوراو": a local body the base does not know, composed
     * from its head, is named with the town it serves when the town follows at once, joined to ب or after "في"; the
     * town is part of the body's mention and still a place of its own. Not a company named by its brand ("شركة مياه
     * X في Y", where "في" says where the company works), nor a place after "في" that a comma closes
     * ({@link #closesAdverbial}), nor a known body ("وزارة الخارجية بالقاهرة"), nor a one-word
     * name, nor a body named after a titled person. Runs after the places are found, on the spans alone.
     */
    static void bodiesWithTheirTown(Document doc, Claims claims) {
        List<Token> tokens = doc.tokens();
        for (Span body : claims.spans()) {
            if (body.type != EntityType.ORG || body.linked() || body.length() < 2 || body.end + 1 >= tokens.size()
                    || !tokens.get(body.start).arabic || brandedCompany(tokens.get(body.start))
                    || PATRON_TITLES.containsKey(tokens.get(body.start + 1).key)
                    || body.length() == 3 && ORDINALS.containsKey(tokens.get(body.start + 2).key)) {
                // "مستشفى الملك فهد الجامعي بالخبر", "جامعة الحسن الثاني": a body named after a titled person or a
                // king is not named with its town.
                continue;
            }
            Token next = tokens.get(body.end);
            int at = next.key.equals("في") ? body.end + 1 : body.end;
            Span place = claims.at(at);
            Token first = tokens.get(at);
            boolean joined = at == body.end ? next.text.charAt(0) == 'ب' && place != null
                    && place.startChar == next.start + 1 : place != null && place.startChar == first.start;
            if (!joined || place.type != EntityType.LOC || place.start != at || place.length() > 3
                    || tokens.get(place.end - 1).sentence != tokens.get(body.start).sentence
                    || at > body.end && closesAdverbial(tokens, place.end)) {
                continue;
            }
            Span whole = new Span(body.start, place.end, body.startChar, place.endChar, EntityType.ORG, body.source,
                    body.candidates, body.name);
            whole.groupKey = body.groupKey;
            whole.composedId = body.composedId;
            whole.portfolio = body.portfolio;
            whole.brand = body.brand;
            claims.override(whole);
            claims.addNested(place);
        }
    }

    /**
     * "أعلن المكتب المركزي ... في المغرب، أمس": a comma after "في" and its place closes an adverbial of the verb (where
     * the body spoke), not the body's name.
     */
    private static boolean closesAdverbial(List<Token> tokens, int after) {
        return after < tokens.size() && (tokens.get(after).text.equals("،") || tokens.get(after).text.equals(","));
    }

    /** "شركة كذا": a company's head without the article, before its brand. */
    private static boolean brandedCompany(Token head) {
        for (ArabicStem s : head.stems) {
            if (!s.article() && s.core().equals("شركه")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words after a body's head that point back to a place or body named elsewhere, or only describe it: "حكومة
     * الولاية" (the state's government), "قوات الحركة" (the movement's forces), "القوات الحكومية", "القوات الأجنبية",
     * "السلطات المحلية". Keys, as {@code Token.key} writes them.
     */
    static final Set<String> DESCRIBING_WORDS = WordSet.of("الولايه", "الحركه", "المحافظه", "المدينه",
            "البلاد", "الاقليم", "الحكوميه", "الاجنبيه", "المحليه");

    /** A body of two words, unknown to the base, whose second word only describes it ("القوات الحكومية"). */
    private static boolean describedOnly(List<Token> tokens, Span span) {
        return span.end - span.start == 2 && !span.linked()
                && DESCRIBING_WORDS.contains(tokens.get(span.start + 1).key);
    }

    /**
     * The body the knowledge base names whole that a composed ministry would cover: "وزارة الخارجية الأمريكية" and
     * "India's Ministry of External Affairs" are the United States Department of State and India's Ministry of
     * External Affairs, not a composed "Ministry of Foreign Affairs (…)", as "الخارجية الأمريكية" already is.
     */
    static Span namedWhole(Claims claims, Span ministry) {
        if (ministry.groupKey == null || !ministry.groupKey.startsWith("ministry:")) {
            return null;
        }
        Span known = claims.at(ministry.end - 1);
        return known != null && known.linked() && known.type == EntityType.ORG && known.start >= ministry.start
                && known.end >= ministry.end ? known : null;
    }

    /** The word that heads a council or a chamber of parliament. */
    private static final Set<String> ARABIC_COUNCIL = WordSet.of("مجلس", "المجلس");

    /**
     * The chamber the knowledge base names whole that a composed council would cover: "مجلس النواب الأردني" and
     * "مجلس الأعيان" are Jordan's House of Representatives and Senate, not a provisional "House of Representatives"
     * read from the head and its noun. Only a name that opens on the same head counts, so a body named inside a
     * council's name ("مجلس إدارة شركة ...") leaves the council composed.
     */
    static Span chamberNamedWhole(Document doc, Claims claims, Span council) {
        if (council.groupKey == null || !council.groupKey.startsWith("org:")
                || reading(doc.tokens().get(council.start), ARABIC_COUNCIL) == null) {
            return null;
        }
        Span known = claims.at(council.start);
        return known != null && known.linked() && known.type == EntityType.ORG && known.start == council.start
                && known.end >= council.end ? known : null;
    }

    /** The word that heads a district (Yemen's mudiriya) and a directorate alike. */
    private static final Set<String> ARABIC_DIRECTORATE = WordSet.of("مديريه");
    /**
     * دائرة and إدارة head a department only before its remit: they are also a constituency ("الدائرة الانتخابية"), a
     * circle, an administration ("الإدارة الأمريكية", so a nationality adjective alone is no remit) and a management
     * ("إدارة الأزمة", "إدارة الكوارث").
     */
    private static final Set<String> DEPARTMENT_HEADS = WordSet.of("دائره", "الدائره", "اداره", "الاداره");
    /**
     * The remits of states' departments and directorates, as Arab governments name them (normalised, without the
     * article): the fields whose دائرة or إدارة wire copy calls a Department or Directorate. Complete for that class:
     * revenue (customs, tax), registers (civil status, passports, residency, immigration, statistics, lands and
     * survey), policing (intelligence, criminal investigation, traffic, fire, civil defence, narcotics, prisons), and
     * the technical and social services (meteorology, irrigation, health, education, environment, antiquities, fatwas,
     * fisheries, affairs of a people).
     */
    private static final Set<String> DEPARTMENT_REMITS = WordSet.of("جمارك", "كمارك", "ضرائب", "ضريبه", "احوال",
            "جوازات", "اقامه", "هجره", "جنسيه", "احصاء", "احصاءات", "اراضي", "مساحه", "مخابرات", "استخبارات",
            "تحقيقات", "بحث", "مباحث", "مرور", "سير", "اطفاء", "دفاع", "مكافحه", "سجون", "ارصاد", "انواء", "ري",
            "صحه", "تربيه", "بيئه", "اثار", "افتاء", "ثروه", "شؤون");
    /**
     * The department heads with their English, kept out of org-words.tsv: there they would also stop persons' and
     * places' names ("دائرة سوق الإثنين" is an Algerian daïra).
     */
    private static final PhraseTrie<String> departments = new PhraseTrie<>();

    static {
        departments.put("دائرة", "Department");
        departments.put("الدائرة", "Department");
        departments.put("إدارة", "Department");
        departments.put("الإدارة", "Department");
        departments.put("الإدارة العامة", "General Directorate");
    }

    /** Nouns that govern إدارة as a verbal noun ("مجلس إدارة", "سوء إدارة"): the management of something. */
    private static final Set<String> MANAGING_NOUNS = WordSet.of("مجلس", "سوء", "حسن", "نظام", "تحسين", "اعاده");

    /**
     * Whether the word after a دائرة or إدارة head is a department's remit: a definite genitive ("دائرة الجمارك",
     * "الإدارة العامة للجمارك" with لـ) or, indefinite, one that a place follows ("دائرة صحة البصرة").
     */
    private static boolean departmentRemit(List<Token> tokens, Claims claims, PhraseTrie.Match<String> head) {
        int h = head.start();
        if (h > 0) {
            for (ArabicStem s : tokens.get(h - 1).stems) {
                if (MANAGING_NOUNS.contains(s.core()) && !s.article()) {
                    return false;
                }
            }
        }
        int j = head.end();
        if (!at(tokens, j)) {
            return false;
        }
        for (ArabicStem s : tokens.get(j).stems) {
            if (!DEPARTMENT_REMITS.contains(s.core())) {
                continue;
            }
            if (s.article()) {
                return true;
            }
            Span next = at(tokens, j + 1) ? claims.at(j + 1) : null;
            if (s.prefixChars() == 0 && next != null && next.start == j + 1 && next.type == EntityType.LOC) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a composed directorate is a district the knowledge base names whole: "مديرية القطن" is Yemen's Al-Qatn
     * District, not a "Cotton Directorate" read from the head and the everyday word. The base must hold the head and
     * the next word as one Arabic place name; what the directorate adds after them may only be the district's own
     * place ("في حضرموت", "بحضرموت"), which the gazetteer claimed.
     */
    private Span districtNamedWhole(Document doc, Claims claims, Span directorate) {
        List<Token> tokens = doc.tokens();
        int start = directorate.start;
        if (reading(tokens.get(start), ARABIC_DIRECTORATE) == null || directorate.end - start < 2
                || directorate.startChar != tokens.get(start).start) {
            return null;
        }
        NameIndex.Node node = kb.index().start(tokens.get(start).core());
        node = node == null ? null : node.child(tokens.get(start + 1).core());
        List<CanonicalEntity> districts = node == null ? List.of() : node.entries().stream()
                .filter(e -> e.arabic() && e.tokens() == 2 && e.entity().type() == EntityType.LOC)
                .map(NameIndex.Entry::entity).toList();
        if (districts.isEmpty()) {
            return null;
        }
        for (int k = start + 2; k < directorate.end; k++) {
            Span place = claims.at(k);
            boolean preposition = k == start + 2 && tokens.get(k).key.equals("في");
            if (!preposition && (place == null || place.type != EntityType.LOC)) {
                return null;
            }
        }
        return new Span(start, start + 2, tokens.get(start).start, tokens.get(start + 1).end, EntityType.LOC,
                Span.Source.KNOWLEDGE, new ArrayList<>(districts), null);
    }

    // ---------------------------------------------------------------- Arabic script

    private Span arabic(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        if (reading(t, arabicStarts) == null) {
            return null;
        }
        String word = reading(t, ARABIC_MINISTRY);
        int[] portfolioEnd = new int[1];
        String portfolios = word != null && at(tokens, i + 1) ? portfolios(tokens, i + 1, portfolioEnd) : null;
        if (portfolios != null) {
            int end = portfolioEnd[0];
            String cc = at(tokens, end) ? arabicDemonym(tokens.get(end)) : null;
            return countryBodies.ministry(doc, i, cc != null ? end + 1 : end, portfolios, cc);
        }
        if (reading(t, ARABIC_GOVERNMENT) != null && at(tokens, i + 1)) {
            String cc = arabicDemonym(tokens.get(i + 1));
            if (cc != null) {
                return countryBodies.government(doc, i, i + 2, cc);
            }
        }
        if (reading(t, ARABIC_ARMY) != null && at(tokens, i + 1)) {
            String cc = arabicDemonym(tokens.get(i + 1));
            if (cc != null) {
                return countryBodies.army(doc, i, i + 2, cc);
            }
        }
        Span armedForces = countryBodies.armedForces(doc, claims, i);
        if (armedForces != null) {
            return armedForces;
        }
        Span service = services.find(doc, i);
        if (service != null) {
            return service;
        }
        Span federation = sportsFederation(doc, i);
        if (federation != null) {
            return federation;
        }
        Span unit = ArabicArmyUnits.numbered(doc, i);
        if (unit != null) {
            return unit;
        }
        Span hospital = namedBodies.hospital(doc, claims, i);
        if (hospital != null) {
            return hospital;
        }
        // Elliptical "الخارجية المصرية": a portfolio with a feminine nationality adjective, not after وزير.
        PhraseTrie.Match<String> portfolio = lexicon.portfoliosArabic.match(tokens, i);
        Span titled = portfolio != null && i > 0 && reading(tokens.get(i - 1), ARABIC_MINISTER) != null
                ? claims.at(i) : null;
        if (titled != null && titled.start == i && titled.linked() && titled.type == EntityType.ORG) {
            // "وزيرة الخارجية الكندية": the minister's title, not the ministry the base names "الخارجية الكندية".
            claims.release(titled);
        }
        if (portfolio != null && at(tokens, portfolio.end()) && (i == 0 || reading(tokens.get(i - 1),
                ARABIC_MINISTER) == null) && reading(t, EVERYDAY_PORTFOLIOS) == null) {
            Token adj = tokens.get(portfolio.end());
            String cc = arabicDemonym(adj);
            Span known = claims.at(i);
            if (cc != null && adj.core().endsWith("يه") && !(known != null && known.linked()
                    && known.type == EntityType.ORG && known.end > portfolio.end())) {
                // "الاتصالات السعودية" that the knowledge base names whole is the company (STC), not a ministry.
                return countryBodies.ministry(doc, i, portfolio.end() + 1, portfolio.value(), cc);
            }
        }
        PhraseTrie.Match<String> head = reading(t, LED_BY) == null ? lexicon.orgHeadsArabic.match(tokens, i) : null;
        if (head == null) {
            head = titledPatronHead(tokens, i);
        }
        if (head == null) {
            Span group = namedBodies.militantGroup(doc, claims, i);
            if (group != null) {
                return group;
            }
        }
        if (head != null && describedOnly(tokens, head)) {
            return null;
        }
        if (head == null && reading(t, DEPARTMENT_HEADS) != null) {
            PhraseTrie.Match<String> department = departments.match(tokens, i);
            if (department == null || !departmentRemit(tokens, claims, department)) {
                return null;
            }
            Span body = arabicOrganisation(doc, claims, department);
            // A department's name holds its remit: "الإدارة العامة" with nothing the namer could read after it is none.
            return body != null && body.end > department.end() ? body : null;
        }
        if (head != null) {
            Span chamber = chamberOfCommerce(doc, claims, head);
            return chamber != null ? chamber : nationalAssembly(tokens, arabicOrganisation(doc, claims, head));
        }
        return null;
    }

    /**
     * "غرفة تجارة وصناعة عمان", "غرفة التجارة الفرنسية": a chamber of commerce is named after its place or nation in
     * English ("Oman Chamber of Commerce and Industry", "French Chamber of Commerce"), not word for word.
     */
    private Span chamberOfCommerce(Document doc, Claims claims, PhraseTrie.Match<String> head) {
        List<Token> tokens = doc.tokens();
        int j = head.end();
        if (!"Chamber".equals(head.value()) || !at(tokens, j) || !coreIs(tokens.get(j), "تجاره", false)) {
            return null;
        }
        j++;
        boolean industry = at(tokens, j) && coreIs(tokens.get(j), "صناعه", true);
        if (industry) {
            j++;
        }
        if (!at(tokens, j)) {
            return null;
        }
        Span place = claims.at(j);
        String owner;
        int end;
        if (place != null && place.start == j && place.linked() && place.type == EntityType.LOC) {
            owner = place.entity().preferredName();
            end = place.end;
        } else {
            String cc = arabicDemonym(tokens.get(j));
            owner = cc == null ? null : lexicon.englishDemonym.get(cc);
            end = j + 1;
            int division = owner == null ? placeAfterConstruct(tokens, claims, j) : -1;
            if (division > j) {
                // "غرفة تجارة الشارقة": a town the finders claim later still names the chamber.
                owner = placeAfterConstructName(tokens, claims, j, division);
                end = division;
            }
        }
        if (owner == null) {
            return null;
        }
        Span s = span(doc, head.start(), end, head.startChar(), EntityType.ORG,
                owner + " Chamber of Commerce" + (industry ? " and Industry" : ""));
        s.groupKey = "org:" + coreKey(tokens, head.start(), end);
        return s;
    }

    /**
     * A Maghreb sports federation is a جامعة: "الجامعة الملكية المغربية لكرة القدم" is the Royal Moroccan Football
     * Federation, its adjectives in English before the sport; null when no ball game follows the adjectives.
     */
    private Span sportsFederation(Document doc, int i) {
        List<Token> tokens = doc.tokens();
        if (reading(tokens.get(i), FEDERATION_HEADS) == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int j = i + 1;
        while (at(tokens, j) && j - i <= 3 && tokens.get(j).arabic && tokens.get(j).isWord()) {
            Token t = tokens.get(j);
            String cc = arabicDemonym(t);
            String word = cc != null ? lexicon.englishDemonym.get(cc)
                    : t.stems[0].article() ? lexicon.glossary.get(t.core()) : null;
            if (word == null) {
                break;
            }
            words.add(word);
            j++;
        }
        String sport = at(tokens, j + 1) && tokens.get(j).key.equals("لكره") ? BALL_GAMES.get(tokens.get(j + 1).key)
                : null;
        if (sport == null || tokens.get(j + 1).sentence != tokens.get(i).sentence) {
            return null;
        }
        words.add(sport);
        words.add("Federation");
        Span s = span(doc, i, j + 2, startChar(doc, i), EntityType.ORG, String.join(" ", words));
        s.groupKey = "org:" + coreKey(tokens, i, j + 2);
        return s;
    }

    /** Whether a word reads as {@code core}, bare or after و when {@code afterAnd}. */
    static boolean coreIs(Token t, String core, boolean afterAnd) {
        if (!t.arabic || !t.isWord()) {
            return false;
        }
        for (ArabicStem stem : t.stems) {
            boolean and = stem.prefixChars() == 1 && t.text.startsWith("و");
            if (stem.core().equals(core) && (afterAnd ? and : stem.prefixChars() == 0)) {
                return true;
            }
        }
        return false;
    }

    /** A head noun and the words that qualify it, named in English when every word is known. */
    private Span arabicOrganisation(Document doc, Claims claims, PhraseTrie.Match<String> head) {
        List<Token> tokens = doc.tokens();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> places = new ArrayList<>();
        int placeEnd = -1;
        boolean iraqiCommission = reading(tokens.get(head.start()), HAYA) != null
                && "IQ".equals(EntityRecogniser.mostNamedCountry(claims.spans()));
        before.add(iraqiCommission ? "Commission" : head.value());
        boolean ofPhrase = false;
        boolean purpose = false;
        boolean unknown = false;
        // The body's own name, in words no glossary knows, right after its head and transliterated ("شركة اللبان
        // للطاقة" Al Luban, "جمعية الإرشاد والإصلاح" Al Irshad wal Islah); ownNameEnd is the token after it.
        List<String> ownName = new ArrayList<>();
        int ownNameEnd = -1;
        // Set when a word no glossary knows stands where no own name can (after a gloss, with لـ): the body keeps its
        // Arabic name.
        boolean untranslatable = false;
        // Set when a word no glossary knows is spelled in Latin letters where it stands in the name.
        boolean spelled = false;
        // "محكمة الاستئناف" is the Court of Appeal: a court's definite genitive noun follows "Court of".
        boolean courtOf = false;
        int j = head.end();
        int words = 0;
        List<String> brand = new ArrayList<>();
        // The country of a body's nationality adjective outside an "of" phrase, and where it stands in {@code before}.
        String nationality = null;
        int nationalityAt = -1;
        // The country of any nationality adjective in the name, in an "of" phrase or not.
        String anyNationality = null;
        boolean definite = headReading(tokens, head).article();
        Conjuncts conjuncts = new Conjuncts();
        // Set when the genitive after an indefinite head carries its own adjective ("بنك الفلاحة والتنمية الريفية",
        // "اتحاد الصناعات المصرية"): English names such a body "Head of ..." (Federation of Egyptian Industries).
        boolean ofGenitive = false;
        // Set when a place stands among the words before the "of" phrase ("هيئة الشارقة").
        boolean placeBefore = false;
        boolean headOfPlace = false;
        if (COMPANY_HEADS.contains(head.value()) && !definite) {
            // "شركة أرامكو", "مجموعة توتال إنرجيز": a company's own name, in words no glossary knows.
            // A common Arab given name after the brand's first word opens a person ("لشركة سونلغاز مراد ...").
            while (j < tokens.size() && brand.size() < 3 && brandWord(tokens, claims, j, head.start())
                    && (brand.isEmpty() || !futureVerb(tokens.get(j)) && !givenNames.contains(tokens.get(j).key))) {
                brand.add(tokens.get(j).key);
                j++;
                words++;
            }
            unknown = !brand.isEmpty();
            for (int b = head.end(); b < j; b++) {
                ownName.add(brandLetters(tokens.get(b)));
            }
            ownNameEnd = j;
        }
        if (brand.isEmpty() && !definite && !COMPANY_HEADS.contains(head.value()) && at(tokens, j + 1)
                && brandWord(tokens, claims, j, head.start()) && !givenNames.contains(tokens.get(j).key)
                && prepositionalGloss(tokens.get(j + 1)) != null && tokens.get(j + 1).sentence == tokens.get(j).sentence) {
            // "مؤسسة صلة للتنمية": a bare word no glossary knows between a body's head and what it is for is the
            // body's own name (the Silah Foundation for Development).
            ownName.add(brandLetters(tokens.get(j)));
            ownNameEnd = j + 1;
            unknown = true;
            j++;
            words++;
        }
        int patron = PATRON_HEADS.contains(head.value()) && !definite ? patronEnd(tokens, j) : j;
        // A body the knowledge base names whole ("مركز الملك سلمان للإغاثة") keeps its name; a known patron
        // ("الملك عبد الله الثاني") is inside this one.
        boolean named = patron > j && IntStream.range(j, patron)
                .allMatch(k -> claims.at(k) == null || claims.at(k).type == EntityType.PERSON);
        if (named) {
            // "جامعة سيدي محمد بن عبد الله", "جامعة الملك سعود": a university named after a person; its name is
            // the person's, not words to gloss: King Saud University.
            before.add(patronName(tokens, j, patron));
            words += patron - j;
            j = patron;
            String kind = at(tokens, j) && tokens.get(j).sentence == tokens.get(head.start()).sentence
                    ? PATRON_BODY_ADJECTIVES.get(tokens.get(j).key) : null;
            if (kind != null) {
                // "مستشفى الملك فهد الجامعي": the kind of body after its patron (King Fahd University Hospital).
                before.add(1, kind);
                j++;
                words++;
            }
            String field = at(tokens, j) && tokens.get(j).sentence == tokens.get(head.start()).sentence
                    ? prepositionalGloss(tokens.get(j)) : null;
            if (field != null) {
                // "جامعة الملك فهد للبترول والمعادن" King Fahd University of Petroleum and Minerals, "صندوق الملك عبد
                // الله الثاني للتنمية" ... Fund for Development: what the body deals with, after its patron.
                purpose = purposeNoun(tokens.get(j));
                j++;
                words++;
                while (at(tokens, j) && tokens.get(j).sentence == tokens.get(head.start()).sentence
                        && andGloss(tokens.get(j)) != null && !isStop(tokens.get(j))) {
                    field += " and " + andGloss(tokens.get(j));
                    j++;
                    words++;
                }
                Token last = tokens.get(j - 1);
                String adjective = at(tokens, j) && tokens.get(j).sentence == last.sentence
                        && tokens.get(j).stems[0].article() && tokens.get(j).text.startsWith("ال")
                        && adjectiveCore(tokens.get(j).core()) ? gloss(tokens.get(j).core()) : null;
                if (adjective != null && field.indexOf(' ') < 0) {
                    // "كلية الأمير حسين للدراسات الدولية": an adjective of the field (College of International Studies).
                    field = adjective + " " + field;
                    j++;
                    words++;
                }
                after.add(field);
            }
        }
        if ("Center".equals(head.value()) && at(tokens, j) && tokens.get(j).arabic
                && reading(tokens.get(j), Lexicon.ARABIC_DIVISION_WORDS) != null) {
            // "مركز محافظة الداخلية" is the seat of the governorate (a town), not a body.
            return null;
        }
        Span regulated = regulatedCompany(tokens, claims, head);
        // The token after the last bare noun of the name's first genitive chain ("هيئة موانئ", "قيادة شرطة"), where a
        // place may end the chain; -1 when there is none.
        // "مركز قوص" is an Egyptian district (markaz), not a centre.
        int constructEnd = !definite && !COMPANY_HEADS.contains(head.value()) && !"Center".equals(head.value()) ? j : -1;
        while (!named && j < tokens.size() && words < MAX_ORG_WORDS) {
            Token t = tokens.get(j);
            if (!t.isWord() || !t.arabic || t.sentence != tokens.get(head.start()).sentence
                    || (words > 0 || head.end() - head.start() > 1 || definite) && opensPersonName(tokens, j)) {
                break;
            }
            if (!brand.isEmpty() && (arabicDemonym(t) != null
                    || !ofPhrase && t.stems[0].article() && nisba(t.core()))) {
                // A company's nationality and other adjectives describe it: "شركة بوسكو الكورية" is POSCO, "شركة
                // تركمان غاز الحكومية" Türkmengaz, "شركة دايو للهندسة والبناء الكورية" Daewoo E&C; a genitive still
                // belongs to it ("شركة قطارات الاتحاد").
                break;
            }
            Span inner = claims.at(j) == regulated ? null : claims.at(j);
            int division = j == constructEnd && !ofPhrase ? placeAfterConstruct(tokens, claims, j) : -1;
            if (division > j) {
                // "شركة نفط ميسان" Maysan Oil Company, "مديرية شرطة محافظة الكرك" Karak Governorate Police
                // Directorate: a place, with or without its division's word, ends a chain of bare nouns.
                conjuncts.end();
                before.add(misr(tokens, head, j, definite) ? "Misr"
                        : attributive(placeAfterConstructName(tokens, claims, j, division), tokens.get(division - 1)));
                placeBefore = true;
                words += division - j;
                j = division;
                placeEnd = j;
                continue;
            }
            // "شركة نفط ميسان": after a bare noun in construct, which needs its genitive, a bare word may be the place too.
            boolean genitive = t.stems[0].article() || words > 0 && bareNoun(tokens.get(j - 1));
            CanonicalEntity elsewhere = inner == null && genitive ? placeNamedElsewhere(doc, claims, t) : null;
            if (definite && inner != null && inner.start == j && inner.type == EntityType.LOC
                    && inner.startChar == t.start && !t.stems[0].article()
                    && IntStream.range(head.end(), j).allMatch(k -> tokens.get(k).stems[0].article())) {
                // "اقتحم الجيش مخيم جنين", "اقتحمت القوات الإسرائيلية مخيم جنين": a definite head and its adjectives
                // take no genitive, so a bare place after them is the verb's object, not the body's owner.
                break;
            }
            if (inner != null && inner.start == j && inner.linked() && inner.type == EntityType.LOC
                    || elsewhere != null) {
                conjuncts.end();
                List<String> side = ofPhrase ? after : before;
                String place = misr(tokens, head, j, definite) ? "Misr"
                        : elsewhere != null ? elsewhere.preferredName() : inner.entity().preferredName();
                if (j == placeEnd) {
                    // "مجلس جهة فاس مكناس": two places in a row name one region (Fez-Meknes).
                    place = side.remove(side.size() - 1) + "-" + place;
                    places.remove(place.substring(0, place.lastIndexOf('-')));
                }
                if (ofPhrase) {
                    places.add(place);
                } else {
                    place = attributive(place, t);
                }
                side.add(place);
                placeBefore |= !ofPhrase;
                j = elsewhere != null ? j + 1 : inner.end;
                placeEnd = j;
                words++;
                continue;
            }
            if (inner != null) {
                break;
            }
            if (!ofPhrase && words > 0 && arabicDemonym(t) == null && !CHAIN_ADJECTIVES.contains(t.core())
                    && !before.contains("Misr")
                    && (placeEnd == j && (bareIndefinite(t) || bareDefinite(t) && !adjectiveCore(t.core()))
                            || bareIndefinite(t) && j - 1 >= head.end() && bareDefinite(tokens.get(j - 1)))) {
                // "مديرية بيئة البصرة الشركات", "قيادة عمليات البصرة نشر", "شركة توزيع الكهرباء إصلاح": a place or a
                // definite genitive closes the chain of nouns; only an adjective may follow it, so a noun after it is
                // the sentence's (the verb's object, a new clause).
                break;
            }
            String phrase = glossaryPhrase(tokens, j, t.core());
            String gloss = phrase != null ? phrase : gloss(t.core());
            // After a definite "of" phrase ("للتصنيف الائتماني") a bare noun starts a new phrase ("تصنيف البلاد").
            if (gloss != null && t.stems[0].prefixChars() == 0 && !(ofPhrase && !t.stems[0].article())) {
                courtOf |= words == 0 && "Court".equals(head.value()) && t.stems[0].article() && !adjectiveForm(t);
                boolean adjective = phrase == null && t.stems[0].article() && adjectiveCore(t.core());
                if (adjective && conjuncts.describeLast(ofPhrase ? after : before, gloss)) {
                    // "بنك الفلاحة والتنمية الريفية": the adjective after the last conjunct is that conjunct's
                    // (Agriculture and Rural Development).
                    ofGenitive |= !ofPhrase && !definite;
                } else {
                    // "صندوق مصر السيادي", "بنك الكويت الوطني": a masculine adjective after the place a bare masculine
                    // head is of describes the head (the Sovereign Fund of Egypt, the National Bank of Kuwait); a
                    // feminine head keeps the place inside ("شرطة عمان السلطانية" Royal Oman Police).
                    headOfPlace |= adjective && !ofPhrase && !definite && placeBefore && placeEnd == j
                            && before.size() == 2 && !t.core().endsWith("ه")
                            && !headReading(tokens, head).core().endsWith("ه");
                    conjuncts.end();
                    (ofPhrase ? after : before).add(gloss);
                }
                j += phrase != null ? 2 : 1;
                words += phrase != null ? 2 : 1;
                if (!t.stems[0].article() && !ofPhrase && !definite) {
                    constructEnd = j;
                }
                continue;
            }
            String bareAnd = j == constructEnd && words > 0 && !ofPhrase ? bareAndGloss(t) : null;
            if (bareAnd != null) {
                // "هيئة كهرباء ومياه", "جهاز حماية وتنمية البحيرات": a second bare noun of the chain joined by و.
                conjuncts.add(before, bareAnd);
                j++;
                words++;
                constructEnd = j;
                continue;
            }
            if (words > 0 && coordinated(tokens, claims, j)) {
                // "جهاز الإسعاف والطوارئ" is the Ambulance and Emergency Service, "الوكالة الوطنية للسدود والتحويلات"
                // the agency of dams and transfers: a second genitive (or adjective) joined by و to the one before.
                List<String> side = ofPhrase ? after : before;
                String joined = andGloss(t);
                if (joined != null && (ofPhrase ? !after.isEmpty() : before.size() > 1)) {
                    conjuncts.add(side, joined);
                } else {
                    unknown = true;
                    if (ownNameEnd == j) {
                        // "الإرشاد والإصلاح": the own name goes on through و ("Al Irshad wal Islah").
                        String word = ownWord(t, andDefinite(t));
                        ownName.add("wal " + (word.startsWith("Al ") ? word.substring(3) : word));
                        ownNameEnd = j + 1;
                    } else {
                        untranslatable = true;
                    }
                }
                j++;
                words++;
                continue;
            }
            if (words > 0 && negatedAdjective(tokens, j)) {
                // "جهاز مكافحة الهجرة غير الشرعية": غير and an adjective (illegal) qualify the genitive before them.
                unknown = true;
                untranslatable = true;
                j += 2;
                words += 2;
                continue;
            }
            String[] lamGenitive = lamGenitive(tokens, j);
            if (lamGenitive != null && !ofPhrase && words > 0) {
                // "الشركة السودانية لتوزيع الكهرباء": لـ, a bare verbal noun and its genitive, what the body does
                // ("المرصد السوري لحقوق الإنسان" is the Syrian Observatory for Human Rights).
                ofPhrase = true;
                purpose = true;
                after.addAll(List.of(lamGenitive));
                j += 2;
                words += 2;
                continue;
            }
            int lamConstructEnd = !ofPhrase && words > 0 ? unknownLamConstructEnd(tokens, claims, j) : -1;
            if (lamConstructEnd > j) {
                // "المديرية العامة لمراقبة التراب الوطني", "المجلس العام لأبناء المهرة": لـ, a bare noun the glossary
                // does not know and its definite genitive (or a place, read next) still name the body.
                ofPhrase = true;
                unknown = true;
                untranslatable = true;
                words += lamConstructEnd - j;
                j = lamConstructEnd;
                continue;
            }
            String linkedGloss = prepositionalGloss(t);
            if (linkedGloss != null && !ofPhrase && words > 0) {
                ofPhrase = true;
                purpose = purposeNoun(t);
                String linkedPhrase = glossaryPhrase(tokens, j, t.stems[t.stems.length - 1].core());
                after.add(linkedPhrase != null ? linkedPhrase : linkedGloss);
                j += linkedPhrase != null ? 2 : 1;
                words += linkedPhrase != null ? 2 : 1;
                continue;
            }
            int defended = ofPhrase && !after.isEmpty() && "Defence".equals(after.get(after.size() - 1))
                    ? defendedEnd(tokens, j) : j;
            if (defended > j) {
                // "الرابطة التونسية للدفاع عن حقوق الإنسان": للدفاع عن and what is defended, the Tunisian League for
                // the Defence of Human Rights.
                String what = (tokens.get(j + 1).stems[0].article() ? "the " : "") + gloss(tokens.get(j + 1).core());
                if (defended == j + 3) {
                    what = gloss(tokens.get(j + 2).stems[0].core()) + " " + what;
                }
                after.set(after.size() - 1, "the Defence of " + what);
                purpose = true;
                // The phrase ends the name: an adjective after it would fall inside "the Defence of".
                j = defended;
                break;
            }
            if (isStop(t)) {
                break;
            }
            String cc = arabicDemonym(t);
            if (cc != null) {
                conjuncts.end();
                anyNationality = anyNationality == null ? cc : anyNationality;
                // "اتحاد الصناعات المصرية": a feminine nationality after a masculine head is its genitive's (Federation
                // of Egyptian Industries); "الاتحاد الوطني للمرأة التونسية" National Union of Tunisian Women.
                boolean genitives = !COMPANY_HEADS.contains(head.value())
                        && (ofPhrase ? !after.isEmpty() && femininePlacedAfterMasculine(tokens, head, j)
                                : describesGenitive(tokens, head, j, definite));
                ofGenitive |= genitives && !ofPhrase;
                String adjective = COUNTRY_NOUN_COMPANIES.contains(cc) && COMPANY_HEADS.contains(head.value())
                        ? countryName(cc) : lexicon.englishDemonym.get(cc);
                // A nationality after the genitive still describes the head: "الهيئة العامة للطيران المدني
                // الكويتية" is the Kuwaiti General Commission of Civil Aviation; a company's stays in its trade.
                (ofPhrase && (COMPANY_HEADS.contains(head.value()) || genitives) ? after : before)
                        .add(adjective == null ? cc : adjective);
                if (!ofPhrase && !COMPANY_HEADS.contains(head.value()) && nationality == null && !genitives) {
                    nationality = cc;
                    nationalityAt = before.size() - 1;
                }
                j++;
                words++;
                continue;
            }
            String linked = prepositionalGloss(t);
            if (linked != null && !ofPhrase && words > 0) {
                ofPhrase = true;
                after.add(linked);
                j++;
                words++;
                continue;
            }
            if (continuesName(doc, claims, j, words)) {
                // "المكتب المركزي للأبحاث القضائية", "هيئة عمليات التجارة البحرية": words the glossary does not
                // know still belong to the name while they agree with it (the article, or لـ with the article).
                unknown = true;
                // A definite head takes adjectives, not a name: "الجبهة الأوروبية" is a description.
                boolean own = t.stems[0].article() && !definite
                        && (ownNameEnd == j || ownNameEnd < 0 && j == head.end());
                if (own) {
                    ownName.add(ownWord(t, t.stems[0]));
                    ownNameEnd = j + 1;
                } else if (definite && !lamWord(t)) {
                    // An adjective no glossary knows after a definite head ("الجبهة الأوروبية") may make it a
                    // description: the body keeps its Arabic name.
                    untranslatable = true;
                } else {
                    // Otherwise the word is spelled where it stands in the English name ("مؤسسة مياه الجنوب" Al Janoub
                    // Water Foundation), a word with لـ opening what the body deals with.
                    ArabicStem lam = lamStem(t);
                    ofPhrase |= lam != null;
                    // The genitive of a bare noun stands before the head as a place does ("قيادة عمليات الجزيرة"
                    // Jazira Operations Command).
                    boolean genitiveName = !ofPhrase && lam == null && words > 0 && bareNoun(tokens.get(j - 1));
                    (ofPhrase ? after : before).add(lam != null ? articleWord(lam.withArticle())
                            : genitiveName ? attributive(ownWord(t, t.stems[0]), t) : ownWord(t, t.stems[0]));
                    spelled = true;
                }
                j++;
                words++;
                continue;
            }
            break;
        }
        // A company's or a named body's town is where it works, not part of its name ("شركة مياه اليرموك في إربد").
        int located = words > 0 && !named && !spelled && ownName.isEmpty() && !COMPANY_HEADS.contains(head.value())
                && at(tokens, j) ? locatedEnd(tokens, claims, j) : -1;
        int[] fieldEnd = new int[1];
        String field = located < 0 && ofPhrase && at(tokens, j + 1) && tokens.get(j).key.equals("في")
                && "Workers".equals(after.isEmpty() ? null : after.get(after.size() - 1))
                ? portfolios(tokens, j + 1, fieldEnd) : null;
        if (field != null) {
            // "النقابة العامة للعاملين في المناجم والتعدين": the trade the workers are in, General Union of Workers in
            // Mines and Mining.
            after.add(0, "in " + field);
            words += fieldEnd[0] - j;
            j = fieldEnd[0];
        }
        // "لجنة الانتخابات في سريلانكا": a country after في is the body's country, as its adjective would be.
        String inCountry = located < 0 && words > 0 && !unknown && !spelled && ownName.isEmpty() && places.isEmpty()
                && anyNationality == null && !COMPANY_HEADS.contains(head.value()) ? countryAfter(tokens, claims, j)
                : null;
        if (inCountry != null) {
            // The country keeps its own mention, outside the body's.
            anyNationality = inCountry;
        }
        if (located > j) {
            // "مديرية الموارد المائية في ميسان", "جمعية البر بالأحساء": the town a body serves, after في or بـ, belongs
            // to its name (Maysan Water Resources Directorate).
            Span known = claims.at(located - 1);
            String place = (known != null ? known.entity() : oneWordPlace(tokens.get(located - 1), true))
                    .preferredName();
            (ofPhrase ? after : before).add(place);
            if (ofPhrase) {
                places.add(place);
            }
            words += located - j;
            j = located;
        }
        if (words == 1 && constructEnd == j && head.end() - head.start() == 1 && ownName.isEmpty()) {
            // "شركة مقاولات" (a contracting company), "مركز صحي", "شركة جهوية": an indefinite head and one bare word
            // describe a body; a name goes on ("هيئة موانئ دبي").
            return null;
        }
        if (words == 0 && head.end() - head.start() < 2 || isCommonHead(tokens, head) && (words == 0 || unknown)) {
            // A head alone is a common noun ("المجلس"), but a parliament's two-word name ("مجلس النواب") is a name;
            // "مجلس الإدارة" (the board) is a name only with words the glossary knows ("قوات الأمن العراقية").
            return localCouncil(doc, claims, head);
        }
        if (courtOf && after.isEmpty()) {
            after.add(before.remove(1));
            purpose = false;
        }
        // Not a one-word name ("الشرطة الجيبوتية" is the Djiboutian Police).
        if ("Forces".equals(head.value()) && nationality != null && !unknown && after.isEmpty()
                && describesForces(before, before.get(nationalityAt))) {
            // "القوات الإسرائيلية", "قوات الاحتلال الإسرائيلي": a country's forces described, not a body's name (its
            // army is "الجيش الإسرائيلي").
            return null;
        }
        String country = nationality != null && !spelled && after.isEmpty() && places.isEmpty()
                && String.join(" ", before).split(" ").length > 2 ? countryName(nationality) : null;
        if (country != null) {
            // "بنك التنمية العماني", "المجلس الرئاسي الليبي": a body named by common words and its country's adjective
            // is that country's body of the name, with one id across stories as a country's ministry has; English
            // puts the country first (nationalName).
            before.remove(nationalityAt);
        }
        if ("Authority".equals(before.get(0)) && reading(tokens.get(head.start()), HAYA) != null
                && before.stream().anyMatch(COMMISSION_RANKS::contains)) {
            before.set(0, "Commission");
        }
        Collections.reverse(before);
        Collections.reverse(after);
        attachPrefixes(before);
        attachPrefixes(after);
        if (country == null && nationality != null && !placeBefore && before.size() - 1 - nationalityAt > 0) {
            // "الصندوق الأردني الهاشمي" is the Jordanian Hashemite Fund: English says the nationality before the
            // body's other adjectives, wherever Arabic has it.
            before.add(0, before.remove(before.size() - 1 - nationalityAt));
        }
        int national = definite && !placeBefore && !ARMY_HEADS.contains(head.value()) ? before.indexOf("National") : -1;
        int first = country == null && nationality != null ? 1 : 0;
        if (national > first && before.subList(first, national).stream().noneMatch(PEOPLES::contains)) {
            // "الشرطة الوطنية المدنية" is the National Civil Police, "الحزب الوطني الديمقراطي" the National Democratic
            // Party: "National" opens a body's adjectives in English, after its nationality or people (Kurdish
            // National Council); an army is the People's National Army.
            before.add(first, before.remove(national));
        }
        purpose |= !after.isEmpty() && FOR_HEADS.contains(head.value());
        if (ARMY_HEADS.contains(head.value())) {
            // "الجيش الوطني الشعبي" is the People's National Army: armies are the people's, not popular.
            before.replaceAll(w -> w.equals("Popular") ? "People's" : w);
        }
        boolean corporation = "Foundation".equals(head.value()) && definite && ownName.isEmpty();
        if (corporation) {
            // "المؤسسة العامة للكهرباء" is the Public Electricity Corporation: a definite مؤسسة is a state
            // corporation, named as a company is; "مؤسسة صلة للتنمية" (a name of its own) stays a foundation.
            before.set(before.size() - 1, "Corporation");
            before.replaceAll(w -> w.equals("General") ? "Public" : w);
        }
        if (ofGenitive && !unknown && country == null && after.isEmpty() && before.size() > 2
                && "Union".equals(before.get(before.size() - 1))
                && reading(tokens.get(head.end()), FEDERATED) != null) {
            // A union of industries, chambers or unions is a federation (Federation of Egyptian Industries).
            before.set(before.size() - 1, "Federation");
        }
        boolean haya = reading(tokens.get(head.start()), HAYA) != null;
        if (haya && (after.contains("Charity") || before.contains("Charity") || before.contains("Charitable"))) {
            // "الهيئة الخيرية الأردنية الهاشمية", "الهيئة العمانية للأعمال الخيرية": a charity's هيئة is an
            // Organization.
            before.set(before.size() - 1, "Organization");
        }
        boolean placeFirst = haya && !unknown && !purpose && country == null && !after.isEmpty() && places.isEmpty()
                && before.size() == 2 && (nationality != null || placeBefore);
        if (placeFirst) {
            // "هيئة الشارقة للكتاب" is the Sharjah Book Authority, "الهيئة الليبية للإغاثة" the Libyan Relief ...
            // Authority: a هيئة of one place or country puts what it deals with before its head, as a company does
            // (what it is for, a verbal noun, stays after it: Jordanian Authority for Development); Kuwait, Qatar,
            // Oman, Jordan and Bahrain name theirs with the country's name.
            if (nationality != null && COUNTRY_NOUN_COMPANIES.contains(nationality)) {
                before.set(0, countryName(nationality));
            }
            before.addAll(1, after);
            after.clear();
        }
        String name = unknown ? untranslatable || ownName.isEmpty() && !spelled ? null
                        : ownName.isEmpty() ? String.join(" ", before)
                                + (after.isEmpty() ? "" : (purpose ? " for " : " of ") + String.join(" ", after))
                        : ownName(String.join(" ", ownName), head.value(), before, after, places, purpose)
                : headOfPlace && country == null && after.isEmpty() && !COMPANY_HEADS.contains(head.value())
                        ? String.join(" ", before.subList(0, before.size() - 2)) + " "
                                + before.get(before.size() - 1) + " of " + before.get(before.size() - 2)
                : ofGenitive && country == null && after.isEmpty() && before.size() > 2
                        && !COMPANY_HEADS.contains(head.value())
                        ? before.get(before.size() - 1)
                                + (FOR_HEADS.contains(head.value()) && !OWNED_GENITIVE_HEADS.contains(head.value())
                                        ? " for " : " of ")
                                + String.join(" ", before.subList(0, before.size() - 1))
                : country != null ? names.nationalName(nationality, head.value(), before)
                : "Company".equals(head.value()) && definite && places.isEmpty()
                        && before.equals(List.of("General", "Company")) && (after.size() > 1 || after.contains("and"))
                        // "الشركة العامة للطرق والجسور", "الشركة العامة لتجارة الحبوب": a state company for a trade of
                        // more than one word is the General Company for it (a one-word trade stays before the head:
                        // General Electricity Company).
                        ? "General Company for " + String.join(" ", after)
                : ("Company".equals(head.value()) || corporation || unionOf(head.value(), after, places, purpose))
                        && !after.isEmpty() ? companyName(before, after, places)
                : supremeBody(before, after, purpose) ? String.join(" ", before.subList(0, before.size() - 1))
                        + " " + after.get(0) + " " + before.get(before.size() - 1)
                : String.join(" ", before)
                        + (after.isEmpty() ? "" : (purpose ? " for " : " of ") + String.join(" ", after));
        String wired = name == null || unknown || !places.isEmpty() || anyNationality == null ? null
                : names.wireName(anyNationality, head.value(), before, after, purpose);
        if (wired != null) {
            name = wired;
        } else if (inCountry != null && name != null && countryName(inCountry) != null) {
            name = name + " (" + countryName(inCountry) + ")";
        }
        name = name == null ? null : commissionWording(name, head.value());
        Span s = span(doc, head.start(), j, head.startChar(), EntityType.ORG, name);
        s.groupKey = "org:" + headKey(tokens, head, j);
        s.brand = brand.isEmpty() ? null : brand;
        if (name != null && country == null && nationality == null && places.isEmpty()
                && (NATIONAL_SERVICES.stream().anyMatch(name::contains) || "Gendarmerie".equals(head.value()))) {
            // "مصلحة خفر السواحل", "المديرية العامة للدفاع المدني": a body of a service only a country has, named
            // without its country, is the service's body of the country the story is set in.
            s.portfolio = name;
            s.groupKey = "service:" + name.toLowerCase(Locale.ROOT);
        }
        if (country != null && !unknown) {
            // One id for the body across stories, as a country's ministry has: "prov:org:development-bank-om".
            s.composedId = "prov:org:" + slug(String.join(" ", before)) + "-" + nationality.toLowerCase(Locale.ROOT);
        }
        return s;
    }

    /** "شركة مصر للغزل والنسيج", "مؤسسة مصر الخير": Egyptian brands spell مصر right after their head Misr (Banque Misr). */
    private static boolean misr(List<Token> tokens, PhraseTrie.Match<String> head, int j, boolean definite) {
        ArabicStem word = tokens.get(j).stems[0];
        return j == head.end() && !definite && MISR_HEADS.contains(head.value()) && word.core().equals("مصر")
                && word.prefixChars() == 0;
    }

    /**
     * Whether the nationality at {@code j} describes the definite genitive before it rather than the head: a feminine
     * adjective ("المصرية") after one indefinite masculine head ("اتحاد", "مجلس") and its definite noun ("اتحاد
     * الصناعات المصرية" Federation of Egyptian Industries). A bank's or a fund's stays ambiguous.
     */
    private static boolean describesGenitive(List<Token> tokens, PhraseTrie.Match<String> head, int j,
            boolean definite) {
        Token genitive = tokens.get(j - 1);
        return !definite && head.end() - head.start() == 1 && j - 1 == head.end() && genitive.stems.length == 1
                && genitive.stems[0].article() && !nisba(genitive.core())
                && !OWNED_GENITIVE_HEADS.contains(head.value()) && femininePlacedAfterMasculine(tokens, head, j);
    }

    /** Whether the word at {@code j} is a feminine adjective and the head masculine. */
    private static boolean femininePlacedAfterMasculine(List<Token> tokens, PhraseTrie.Match<String> head, int j) {
        return tokens.get(j).core().endsWith("يه") && !headReading(tokens, head).core().endsWith("ه");
    }

    /**
     * The words of a name joined by و, kept in one list of English words in Arabic order (which the caller reverses):
     * a third conjunct makes a list ("كهرباء ومياه وغاز" Electricity, Water and Gas) and an adjective after the last
     * conjunct stays with it ("الفلاحة والتنمية الريفية" Agriculture and Rural Development).
     */
    private static final class Conjuncts {
        private List<String> side;
        /** Where the last conjunct stands in {@code side}, -1 when none is open. */
        private int at = -1;
        private int adjectives;

        void add(List<String> words, String word) {
            if (side != words) {
                side = words;
                at = -1;
            }
            if (at < 0) {
                words.add(words.size() - 1, word);
                words.add(words.size() - 1, "and");
                at = words.size() - 3;
            } else {
                // The "and" before the last conjunct becomes a comma after the one before it.
                int and = at + 1 + adjectives;
                words.remove(and);
                words.set(and, words.get(and) + ",");
                words.add(at, "and");
                words.add(at, word);
            }
            adjectives = 0;
        }

        /** Puts an adjective after the last conjunct of {@code words}; false when no conjunct is open there. */
        boolean describeLast(List<String> words, String adjective) {
            if (side != words || at < 0) {
                return false;
            }
            words.add(at + 1 + adjectives, adjective);
            adjectives++;
            return true;
        }

        void end() {
            side = null;
            at = -1;
            adjectives = 0;
        }
    }

    /**
     * Phrases on a body's head that describe, not name: a programme of an indefinite verbal noun ("برنامج دعم
     * الإيجارات", "برنامج تطوير الطرق") is a policy, where a named one goes on with the article ("برنامج الأغذية
     * العالمي"); "الحكومة المركزية" is the central government of whatever country, as against its regions.
     */
    private static boolean describedOnly(List<Token> tokens, PhraseTrie.Match<String> head) {
        int j = head.end();
        if (!at(tokens, j) || !tokens.get(j).arabic || !tokens.get(j).isWord()) {
            return false;
        }
        Token next = tokens.get(j);
        if ("Programme".equals(head.value()) && !next.stems[0].article() && tokens.get(head.start()).arabic) {
            return true;
        }
        return reading(tokens.get(head.start()), ARABIC_GOVERNMENT) != null && coreIs(next, "مركزيه", false)
                && !(at(tokens, j + 1) && tokens.get(j + 1).arabic && tokens.get(j + 1).isWord()
                        && tokens.get(j + 1).core().endsWith("يه"));
    }

    /**
     * "المجلس البلدي أوباري", "المجلس البلدي لمحافظة الداخلية": a town's or a division's council, named after its place
     * in English (Ubari Municipal Council, Ad Dakhiliyah Municipal Council); the place may carry لـ and a place word.
     * Null when no known place follows the head.
     */
    private Span localCouncil(Document doc, Claims claims, PhraseTrie.Match<String> head) {
        List<Token> tokens = doc.tokens();
        int j = head.end();
        if (!LOCAL_COUNCILS.contains(head.value()) || !at(tokens, j)) {
            return null;
        }
        boolean placeWord = false;
        Token t = tokens.get(j);
        if (t.arabic && t.text.startsWith("ل") && at(tokens, j + 1) && reading(t, LOCAL_PLACE_WORDS) != null) {
            placeWord = true;
            j++;
        }
        Token name = tokens.get(j);
        if (!name.arabic || !name.isWord() || name.sentence != tokens.get(head.start()).sentence) {
            return null;
        }
        Span known = claims.at(j);
        CanonicalEntity place = known != null && known.start == j && known.end == j + 1 && known.linked()
                && known.type == EntityType.LOC ? known.entity() : null;
        if (place == null && known == null
                && (placeWord || !name.stems[0].article() && !lexicon.commonArabic.contains(name.key))) {
            // Without a place word, a definite word after the definite head is its adjective ("المجلس البلدي الجديد"),
            // and an everyday word no place ("الداخلية" is one after "لمحافظة").
            place = oneWordPlace(name, placeWord);
        }
        if (place == null) {
            return null;
        }
        Span s = span(doc, head.start(), j + 1, head.startChar(), EntityType.ORG,
                place.preferredName() + " " + head.value());
        s.groupKey = "org:" + headKey(tokens, head, j + 1);
        return s;
    }

    /**
     * The end of a place at token {@code j}, after a bare noun of a body's name: a place the gazetteer names in one
     * word, or a division's word and its place ("محافظة الكرك"); -1 when none is there.
     */
    private int placeAfterConstruct(List<Token> tokens, Claims claims, int j) {
        Token t = tokens.get(j);
        Span here = claims.at(j);
        if (here != null) {
            return here.start == j && here.linked() && here.type == EntityType.LOC ? here.end : -1;
        }
        int name = reading(t, Lexicon.ARABIC_DIVISION_WORDS) != null && t.stems[0].prefixChars() == 0 ? j + 1 : j;
        if (!at(tokens, name) || !tokens.get(name).arabic || !tokens.get(name).isWord()
                || tokens.get(name).sentence != t.sentence) {
            return -1;
        }
        Span known = claims.at(name);
        if (known != null) {
            return known.start == name && known.linked() && known.type == EntityType.LOC ? known.end : -1;
        }
        Token word = tokens.get(name);
        return !lexicon.commonArabic.contains(word.key) && oneWordPlace(word, true) != null ? name + 1 : -1;
    }

    /** The English name of the place {@link #placeAfterConstruct} found, with its division's word if English has one. */
    private String placeAfterConstructName(List<Token> tokens, Claims claims, int j, int end) {
        // A division's word the gazetteer's name holds ("منطقة القصيم" Al-Qassim) is left as that name has it.
        boolean divisionWord = reading(tokens.get(j), Lexicon.ARABIC_DIVISION_WORDS) != null && end > j + 1
                && claims.at(j) == null;
        Span known = claims.at(end - 1);
        CanonicalEntity place = known != null ? known.entity() : oneWordPlace(tokens.get(end - 1), true);
        String division = divisionWord && place.country() != null
                ? Lexicon.divisionInEnglish(tokens.get(j).stems[0].core(), place.country()) : null;
        String english = place.preferredName();
        return division == null || english.endsWith(division) ? english : english + " " + division;
    }

    /**
     * The end of "في" and a place, or of a place written with بـ ("بالأحساء"), at token {@code j}: a place the finders
     * claimed or one the gazetteer names in one word; -1 when none is there.
     */
    /**
     * Words that go on a closed chain of nouns though no adjective pattern reads them: elatives ("محكمة لاهور العليا"
     * Lahore High Court) and غير before its adjective ("الهجرة غير الشرعية"). "مصر" is read apart: in a body's name it
     * is its brand (Misr El Kheir), which may take a noun after it.
     */
    private static final Set<String> CHAIN_ADJECTIVES = WordSet.of("عليا", "اعلي", "كبري", "اكبر", "عظمي", "وسطي",
            "سفلي", "دنيا", "غير");

    /** A word with no clitic and no article in any reading ("نشر", "إصلاح"). */
    private static boolean bareIndefinite(Token t) {
        for (ArabicStem s : t.stems) {
            if (s.prefixChars() > 0 || s.article()) {
                return false;
            }
        }
        return t.arabic;
    }

    /** A word that reads as the article and its noun with no clitic before ("الشركات", not "للشركات"). */
    private static boolean bareDefinite(Token t) {
        for (ArabicStem s : t.stems) {
            if (s.prefixChars() > 0) {
                return false;
            }
        }
        return t.arabic && t.stems[0].article();
    }

    /** The country code of a one-word country named right after في at {@code j}, in the same sentence; else null. */
    private String countryAfter(List<Token> tokens, Claims claims, int j) {
        if (!at(tokens, j + 1) || !tokens.get(j).key.equals("في") || tokens.get(j + 1).sentence != tokens.get(j).sentence) {
            return null;
        }
        Span known = claims.at(j + 1);
        if (known == null || known.start != j + 1 || known.end != j + 2 || !known.linked()
                || known.type != EntityType.LOC || known.entity().country() == null) {
            return null;
        }
        String cc = known.entity().country();
        return kb.country(cc).map(c -> c == known.entity()).orElse(false) ? cc : null;
    }

    private int locatedEnd(List<Token> tokens, Claims claims, int j) {
        Token t = tokens.get(j);
        int name = t.key.equals("في") ? j + 1 : t.text.startsWith("ب") ? j : -1;
        if (name < 0 || !at(tokens, name) || !tokens.get(name).arabic || tokens.get(name).sentence != t.sentence) {
            return -1;
        }
        Span known = claims.at(name);
        Token word = tokens.get(name);
        int end = known != null ? (known.start == name && known.linked() && known.type == EntityType.LOC
                && known.entity().country() != null && kb.country(known.entity().country())
                .map(c -> c != known.entity()).orElse(true) ? known.end : -1)
                : name > j && !lexicon.commonArabic.contains(word.key) && oneWordPlace(word, false) != null ? name + 1
                : -1;
        // "في بنغازي وطرابلس": places in a list are where the body acts, not the one it serves.
        Span more = end > 0 && at(tokens, end) && tokens.get(end).text.startsWith("و") ? claims.at(end) : null;
        return more != null && more.type == EntityType.LOC ? -1 : end;
    }

    /**
     * The place a word names on its own in the gazetteer ("أوباري" Ubari), a town or, after a place word
     * ("لمحافظة الداخلية"), a division; null if none or if the word only reads as one after a clitic.
     */
    private CanonicalEntity oneWordPlace(Token t, boolean afterPlaceWord) {
        for (ArabicStem stem : t.stems) {
            if (stem.prefixChars() > (t.text.startsWith("ل") ? 1 : 0)) {
                continue;
            }
            var node = kb.index().start(stem.core());
            for (var e : node == null ? List.<io.newsflow.extraction.knowledge.NameIndex.Entry>of() : node.entries()) {
                if (e.arabic() && e.tokens() == 1 && e.entity().type() == EntityType.LOC
                        && e.entity().country() != null
                        && (e.entity().lat() != null || afterPlaceWord)) {
                    return e.entity();
                }
            }
        }
        return null;
    }

    /**
     * The English name of a body with a name of its own ({@code own}, transliterated): a company is its own name alone
     * ("شركة سلوفنافت" Slovnaft) or before its trade ("شركة اللبان للطاقة" Al Luban Energy Company), a party or a
     * channel its own name ("حزب تواصل", "قناة المسيرة"), another body its own name before what it is ("مجموعة عمران"
     * Omran Group, "جمعية الإرشاد والإصلاح" Al Irshad wal Islah Association). {@code before} and {@code after} are in
     * English order.
     */
    private static String ownName(String own, String head, List<String> before, List<String> after,
            List<String> places, boolean purpose) {
        if ("Company".equals(head)) {
            return after.isEmpty() && before.size() == 1 ? own : own + " " + companyName(before, after, places);
        }
        if (OWN_NAME_ALONE.contains(head) && before.size() == 1 && after.isEmpty()) {
            return own;
        }
        return own + " " + String.join(" ", before)
                + (after.isEmpty() ? "" : (purpose ? " for " : " of ") + String.join(" ", after));
    }

    /** A word of a body's own name with the article, transliterated: "الحارة" Al Hara. */
    private String ownWord(Token t, ArabicStem stem) {
        String spelled = ArabicNameRomaniser.spelling(t);
        return articleWord(spelled.length() == t.text.length() ? spelled.substring(stem.prefixChars())
                : stem.withArticle());
    }

    /** A word with the article, transliterated: "الحارة" Al Hara. */
    private String articleWord(String arabic) {
        String word = romaniser.romaniseNoun(arabic);
        return word.startsWith("al-") ? "Al " + word.substring(3) : word;
    }

    /**
     * A word of a company's brand, transliterated: a given name as people spell it ("عمران" Omran), a word with long
     * vowels as foreign names are written ("سلوفنافت" Slovnaft), other words as Arabic ones ("مصدر" Masdar).
     */
    private String brandLetters(Token t) {
        String given = romaniser.givenName(t.key);
        if (given != null) {
            return given;
        }
        String inner = t.key.length() > 2 ? t.key.substring(1, t.key.length() - 1) : "";
        return inner.indexOf('ا') >= 0 || inner.indexOf('و') >= 0 || inner.indexOf('ي') >= 0
                ? ArabicNameRomaniser.capitalise(ArabicNameRomaniser.foreignLetters(t.key))
                : romaniser.romaniseWord(ArabicNameRomaniser.spelling(t));
    }

    /**
     * The known company named right after a public body's head ("هيئة الاتصالات السعودية"), whose words are the
     * body's own; null if there is none.
     */
    private Span regulatedCompany(List<Token> tokens, Claims claims, PhraseTrie.Match<String> head) {
        Span company = at(tokens, head.end()) ? claims.at(head.end()) : null;
        return company != null && company.start == head.end() && PUBLIC_BODY_HEADS.contains(head.value())
                && !isCommonHead(tokens, head) && company.linked() && company.type == EntityType.ORG
                && BundledKnowledge.isCompany(company.entity()) ? company : null;
    }

    /**
     * لـ with a bare noun the glossary knows and its genitive with the article ("لتوزيع الكهرباء"), glossed: the noun's
     * and the genitive's English, or one phrase when the glossary has a row for the pair.
     */
    private String[] lamGenitive(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!t.text.startsWith("ل") || !at(tokens, j + 1)) {
            return null;
        }
        Token next = tokens.get(j + 1);
        if (!next.arabic || !next.isWord() || next.sentence != t.sentence || !next.stems[0].article()) {
            return null;
        }
        String genitive = lexicon.glossary.get(next.stems[0].core());
        for (ArabicStem stem : t.stems) {
            // A glossary row for the pair names it whole: "لنقل الكهرباء" is Electricity Transmission.
            String phrase = stem.prefixChars() > 0 && !stem.article()
                    ? lexicon.glossary.get(stem.core() + " " + next.stems[0].core()) : null;
            if (phrase != null) {
                return new String[] {phrase};
            }
            String gloss = lexicon.glossary.get(stem.core());
            if (stem.prefixChars() > 0 && !stem.article() && gloss != null && genitive != null) {
                return new String[] {gloss, genitive};
            }
        }
        return null;
    }

    /**
     * Where لـ with a bare noun and its genitive end: after the genitive with the article ("لمراقبة التراب"), or before
     * a place the gazetteer knows ("لأبناء المهرة"), which the caller reads next; -1 when no such phrase starts at
     * {@code j}.
     */
    private int unknownLamConstructEnd(List<Token> tokens, Claims claims, int j) {
        Token t = tokens.get(j);
        if (!t.text.startsWith("ل") || !at(tokens, j + 1) || claims.at(j) != null || isStop(t)) {
            return -1;
        }
        Token next = tokens.get(j + 1);
        if (!next.arabic || !next.isWord() || next.sentence != t.sentence) {
            return -1;
        }
        for (ArabicStem stem : t.stems) {
            if (stem.prefixChars() > 0 && !stem.article() && stem.core().length() >= 3) {
                Span place = claims.at(j + 1);
                if (place != null) {
                    return place.start == j + 1 && place.type == EntityType.LOC && place.linked() ? j + 1 : -1;
                }
                return next.stems[0].article() && !endsName(tokens, j + 1) ? j + 2 : -1;
            }
        }
        return -1;
    }

    /**
     * The English name of the person a body is named after, tokens {@code from} to {@code to}: the honorific in
     * English, the name romanised and a king's ordinal in Roman numerals ("الملك محمد الخامس" King Mohammed V).
     */
    private String patronName(List<Token> tokens, int from, int to) {
        String title = PATRON_TITLES.get(tokens.get(from).key);
        String ordinal = ORDINALS.get(tokens.get(to - 1).key);
        int start = title == null ? from : from + 1;
        int end = ordinal == null ? to : to - 1;
        String person = start < end ? romaniser.romanise(tokens.subList(start, end)) : null;
        return (title == null ? "" : title + (person == null ? "" : " ")) + (person == null ? "" : person)
                + (ordinal == null ? "" : " " + ordinal);
    }

    /**
     * "الجمعية الوطنية" alone or with a nationality adjective ("الجمعية الوطنية الإكوادورية") is a parliament, the
     * National Assembly, not a "National Association"; with a purpose after it ("الجمعية الوطنية لحماية ...") it stays
     * an association. Returns {@code body}, renamed where it is one.
     */
    private static Span nationalAssembly(List<Token> tokens, Span body) {
        int words = body == null ? 0 : body.end - body.start;
        if (body != null && body.name != null && (words == 2 || words == 3)
                && reading(tokens.get(body.start), ASSEMBLY) != null
                && tokens.get(body.start + 1).key.equals("الوطنيه")
                && (words == 2 || tokens.get(body.start + 2).core().endsWith("يه"))) {
            body.name = body.name.replace("National Association", "National Assembly");
        }
        return body;
    }

    /**
     * "مستشفى الملك فهد", "بكلية الأمير حسين": a head that names a body only before a patron's honorific, as the head
     * of a body named after that person; null otherwise.
     */
    private static PhraseTrie.Match<String> titledPatronHead(List<Token> tokens, int i) {
        if (!at(tokens, i + 1) || !PATRON_TITLES.containsKey(tokens.get(i + 1).key)
                || tokens.get(i + 1).sentence != tokens.get(i).sentence) {
            return null;
        }
        Token t = tokens.get(i);
        for (ArabicStem s : t.stems) {
            String head = TITLED_PATRON_HEADS.get(s.withArticle());
            if (head != null) {
                return new PhraseTrie.Match<>(i, i + 1, t.start + s.prefixChars(), head);
            }
        }
        return null;
    }

    /**
     * The end of a person's name that a body is named after, or {@code j} if none starts there: an honorific or a
     * given name, then given names, name links ("بن", "عبد" and the word after it) and a king's ordinal ("الخامس").
     */
    private int patronEnd(List<Token> tokens, int j) {
        if (!at(tokens, j) || !PATRON_TITLES.containsKey(tokens.get(j).key) && !givenNames.contains(tokens.get(j).key)
                && !definiteKing(tokens, j)) {
            return j;
        }
        int sentence = tokens.get(j).sentence;
        int end = j + 1;
        while (at(tokens, end) && end - j < MAX_ORG_WORDS && tokens.get(end).sentence == sentence) {
            Token t = tokens.get(end);
            // "آل مكتوم": the family word and the family's name end the name ("مؤسسة محمد بن راشد آل مكتوم").
            boolean afterAbd = tokens.get(end - 1).key.equals("عبد") || familyWord(tokens.get(end - 1));
            // After an honorific the first word is a name, listed or not ("السلطان قابوس").
            boolean afterTitle = end == j + 1 && PATRON_TITLES.containsKey(tokens.get(j).key) && !t.stems[0].article();
            if (!t.arabic || !t.isWord()
                    || !(afterAbd || afterTitle || givenNames.contains(t.key) || PATRON_LINKS.contains(t.key)
                    || familyWord(t) && at(tokens, end + 1)
                    || ORDINALS.containsKey(t.key))) {
                break;
            }
            end++;
        }
        return PATRON_LINKS.contains(tokens.get(end - 1).key) || familyWord(tokens.get(end - 1)) ? end - 1 : end;
    }

    /** "جامعة الحسن الثاني": a given name with the article, then a king's ordinal, names a king. */
    private boolean definiteKing(List<Token> tokens, int j) {
        String key = tokens.get(j).key;
        return key.startsWith("ال") && givenNames.contains(key.substring(2)) && at(tokens, j + 1)
                && ORDINALS.containsKey(tokens.get(j + 1).key) && tokens.get(j + 1).sentence == tokens.get(j).sentence;
    }

    /** "آل", the family of ("آل مكتوم"), written with its madda: bare "ال" is no word. */
    private static boolean familyWord(Token t) {
        return t.key.equals("ال") && t.text.startsWith("آ");
    }

    /**
     * The gloss of the two-word glossary row that the word {@code core} at {@code j} opens with the next word
     * ("الأرصاد الجوية" is Meteorology, not Air Meteorology), or null.
     */
    private String glossaryPhrase(List<Token> tokens, int j, String core) {
        if (!glossaryPhraseStarts.contains(core) || !at(tokens, j + 1)) {
            return null;
        }
        Token next = tokens.get(j + 1);
        if (!next.arabic || !next.isWord() || next.sentence != tokens.get(j).sentence) {
            return null;
        }
        return lexicon.glossary.get(core + " " + next.core());
    }

    /**
     * The portfolios of a ministry after وزارة, from token {@code j}, in English: listed ones by their usual name, others
     * glossed word by word in English order ("البلديات والإسكان" Municipalities and Housing, "الاستثمار والتجارة الخارجية"
     * Investment and Foreign Trade, "قطاع الأعمال العام" Public Business Sector), joined by و ("النقل والاتصالات وتقنية
     * المعلومات" Transport, Communications and Information Technology); {@code end[0]} is set to the token after them.
     * Null when no portfolio starts at {@code j}.
     */
    private String portfolios(List<Token> tokens, int j, int[] end) {
        List<String> names = new ArrayList<>(3);
        int k = j;
        int[] next = new int[1];
        while (names.size() < 4 && at(tokens, k) && tokens.get(k).sentence == tokens.get(j).sentence) {
            String name = portfolio(tokens, k, names.isEmpty(), next);
            if (name == null) {
                break;
            }
            if (!names.contains(name)) {
                names.add(name);
            }
            k = next[0];
        }
        if (names.isEmpty()) {
            return null;
        }
        end[0] = k;
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    /**
     * One portfolio at token {@code j}, with و unless it is the {@code first}: a listed one, or a noun the glossary
     * knows with the article (or bare before its genitive), and the genitives and adjectives after it, reversed into
     * English order ("التجارة الخارجية" Foreign Trade); a ministry's "general" is "public". Null if none.
     */
    private String portfolio(List<Token> tokens, int j, boolean first, int[] end) {
        PhraseTrie.Match<String> listed = first ? lexicon.portfoliosArabic.match(tokens, j) : andPortfolio(tokens, j);
        if (listed != null && listed.end() > j + 1 && at(tokens, listed.end()) && tokens.get(listed.end()).arabic
                && tokens.get(listed.end()).stems[0].article() && gloss(tokens.get(listed.end()).core()) != null) {
            // "الصناعة والتجارة الخارجية": the adjective qualifies the last of two listed portfolios, read one by one.
            String alone = lexicon.portfoliosArabic.single(tokens.get(j).stems[first ? 0 : tokens.get(j).stems.length - 1]
                    .withArticle());
            listed = alone == null ? listed : new PhraseTrie.Match<>(j, j + 1, listed.startChar(), alone);
        }
        List<String> words = new ArrayList<>(3);
        int k;
        if (listed != null) {
            words.add(listed.value());
            k = listed.end();
        } else {
            ArabicStem noun = null;
            for (ArabicStem stem : tokens.get(j).stems) {
                if (stem.prefixChars() == (first ? 0 : 1) && (first || tokens.get(j).text.startsWith("و"))) {
                    noun = stem;
                }
            }
            String phrase = noun == null ? null : glossaryPhrase(tokens, j, noun.core());
            String gloss = noun == null ? null : phrase != null ? phrase : gloss(noun.core());
            if (gloss == null || arabicDemonym(tokens.get(j)) != null || !noun.article() && phrase == null
                    && !(at(tokens, j + 1) && tokens.get(j + 1).stems[0].article())) {
                return null;
            }
            words.add(gloss);
            k = phrase != null ? j + 2 : j + 1;
        }
        boolean bare = listed == null && !tokens.get(j).stems[tokens.get(j).stems.length - 1].article()
                && words.size() == 1 && k == j + 1;
        while (at(tokens, k) && tokens.get(k).arabic && tokens.get(k).sentence == tokens.get(j).sentence
                && tokens.get(k).stems[0].article() && arabicDemonym(tokens.get(k)) == null) {
            String phrase = glossaryPhrase(tokens, k, tokens.get(k).stems[0].core());
            String gloss = phrase != null ? phrase : gloss(tokens.get(k).stems[0].core());
            if (gloss == null) {
                break;
            }
            words.add(gloss);
            k += phrase != null ? 2 : 1;
        }
        if (bare && words.size() == 1) {
            return null;
        }
        Collections.reverse(words);
        attachPrefixes(words);
        words.replaceAll(w -> w.equals("General") ? "Public" : w);
        end[0] = k;
        return String.join(" ", words);
    }

    /** A portfolio written with the conjunction و ("والمالية") at token {@code j}, or null. */
    private PhraseTrie.Match<String> andPortfolio(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        PhraseTrie.Match<String> m = lexicon.portfoliosArabic.match(tokens, j);
        return m != null && t.text.startsWith("و") && m.startChar() > t.start ? m : null;
    }

    /**
     * Whether the word at {@code j}, written with و and the article, is joined to the definite word before it as one
     * more part of a name: a noun after a noun ("للسدود والتحويلات", "التقدم والاشتراكية"), an adjective after an
     * adjective ("الاقتصادي والاجتماعي"). Another body, a title, a word the finders claimed and people in the plural
     * ("والمواطنين", genitive -īn) are the next item of a list instead.
     */
    private boolean coordinated(List<Token> tokens, Claims claims, int j) {
        Token t = tokens.get(j);
        Token before = tokens.get(j - 1);
        ArabicStem conjunct = andDefinite(t);
        if (conjunct == null || !before.arabic || !before.isWord() || before.sentence != t.sentence
                || !(before.stems[0].article() || lamWord(before)) || claims.at(j) != null || isStop(t)
                || NAME_ENDERS.contains(conjunct.withArticle()) || lexicon.titles.match(tokens, j) != null
                || lexicon.triggers.match(tokens, j) != null || lexicon.orgHeadsArabic.match(tokens, j) != null
                || lexicon.orgHeadsArabic.word(t) != null || arabicDemonym(before) != null) {
            return false;
        }
        String core = conjunct.core();
        return !(core.length() >= 5 && core.endsWith("ين") && !tafilOfNoonRoot(core))
                && (!relativeAdjective(before.stems[before.stems.length - 1].core()) || nisba(core));
    }

    /**
     * Whether a core is a verbal noun taf'īl of a root ending in ن ("تخزين" storage, "تأمين" insurance, "تموين"
     * supply): ت, two root letters, ي and ن, five letters, which ends as a plural of people ("مواطنين") does but is
     * a thing a body deals in.
     */
    static boolean tafilOfNoonRoot(String core) {
        return core.length() == 5 && core.charAt(0) == 'ت' && core.charAt(3) == 'ي' && core.charAt(4) == 'ن';
    }

    /**
     * Whether a core is a relative adjective ("الوطني", "الاقتصادية"), not a verbal noun of the form taf'ila, which
     * ends the same way ("التنمية", "التربية").
     */
    private static boolean relativeAdjective(String core) {
        return nisba(core) && !(core.startsWith("ت") && core.length() >= 5);
    }

    /**
     * Whether a core is a relative adjective, also of the form taf'ulī ("التكاملية", "التعاوني"), which a verbal noun
     * taf'ila ("التنمية") is not: the adjective ends in ي, or its masculine is in the glossary.
     */
    private boolean adjectiveCore(String core) {
        return adjectiveCore(lexicon, core);
    }

    /** {@link #adjectiveCore(String)} with the glossary of {@code lexicon}. */
    static boolean adjectiveCore(Lexicon lexicon, String core) {
        return relativeAdjective(core) || nisba(core) && (core.endsWith("ي")
                || lexicon.glossary.containsKey(core.substring(0, core.length() - 1)));
    }

    /** "غير الشرعية": غير and an adjective with the article, in the same sentence. */
    private static boolean negatedAdjective(List<Token> tokens, int j) {
        if (!tokens.get(j).key.equals("غير") || !at(tokens, j + 1)) {
            return false;
        }
        Token adjective = tokens.get(j + 1);
        return adjective.arabic && adjective.isWord() && adjective.sentence == tokens.get(j).sentence
                && adjective.stems.length == 1 && adjective.stems[0].article();
    }

    /** Whether a core ends as a relative adjective does ("الوطني", "الاجتماعية"). */
    static boolean nisba(String core) {
        return core.endsWith("ي") || core.endsWith("يه");
    }

    /** The reading of a word as و and a noun with the article ("والتحويلات"), or null. */
    private static ArabicStem andDefinite(Token t) {
        if (!t.arabic || !t.isWord() || !t.text.startsWith("و")) {
            return null;
        }
        for (ArabicStem stem : t.stems) {
            if (stem.prefixChars() == 1 && stem.article()) {
                return stem;
            }
        }
        return null;
    }

    /**
     * The glossary's English for a core; a feminine relative adjective ("زراعيه") takes its masculine's ("زراعي"), since
     * English adjectives have no gender.
     */
    private String gloss(String core) {
        String gloss = lexicon.glossary.get(core);
        return gloss == null && core.endsWith("يه") ? lexicon.glossary.get(core.substring(0, core.length() - 1))
                : gloss;
    }

    /** The gloss of a bare noun written with و ("ومياه"), or null; an adjective or a verb is not read as one. */
    private String bareAndGloss(Token t) {
        if (!t.arabic || !t.isWord() || !t.text.startsWith("و") || claimsArticle(t)) {
            return null;
        }
        for (ArabicStem stem : t.stems) {
            if (stem.prefixChars() == 1 && !stem.article() && !nisba(stem.core())) {
                return gloss(stem.core());
            }
        }
        return null;
    }

    private static boolean claimsArticle(Token t) {
        for (ArabicStem stem : t.stems) {
            if (stem.article()) {
                return true;
            }
        }
        return false;
    }

    /** The gloss of a word written with و and the article ("والطوارئ"), or null. */
    private String andGloss(Token t) {
        ArabicStem stem = andDefinite(t);
        return stem == null ? null : gloss(stem.core());
    }

    private boolean isCommonHead(List<Token> tokens, PhraseTrie.Match<String> head) {
        PhraseTrie.Match<Boolean> common = lexicon.commonOrgHeadsArabic.match(tokens, head.start());
        return common != null && common.end() == head.end();
    }

    /**
     * Whether an unknown word carries an Arabic organisation name on: an adjective or genitive with the article
     * ("القضائية", "الهاشمية"), a genitive with لـ and the article ("للشغل"), or, right after the head, a bare noun
     * opening a genitive chain ("هيئة عمليات التجارة", "تحالف دول الساحل"). Words of time, titles, triggers and
     * relative clauses ("التابعة", "التي") end it.
     */
    private boolean continuesName(Document doc, Claims claims, int j, int words) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(j);
        if (endsName(tokens, j)) {
            return false;
        }
        if (t.stems[0].article()) {
            // After a head with the article ("المركز"), only adjectives follow ("الوطني", "الخيرية"): a definite
            // noun cannot take a genitive, so "المركز السائقين" is two phrases.
            String key = t.stems[0].core();
            return !headDefinite(tokens, j) || nisba(key);
        }
        if (lamWord(t)) {
            return words > 0;
        }
        if (words > 0 || t.stems.length > 1 && t.stems[1].prefixChars() > 0 || j + 1 >= tokens.size()
                || headDefinite(tokens, j)) {
            // A definite head takes no genitive: "الحكومة ستشدد الرقابة" is the government and a verb.
            return false;
        }
        Token next = tokens.get(j + 1);
        Span owner = claims.at(j + 1);
        return next.isWord() && next.arabic && next.sentence == t.sentence
                && (owner != null ? owner.start == j + 1 && owner.type == EntityType.LOC
                        : next.stems[0].article() && !isStop(next));
    }

    /** Words of time, titles, triggers, relative clauses and numbers, which end a body's name. */
    private boolean endsName(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return isStop(t) || NAME_ENDERS.contains(t.stems[0].withArticle()) || lexicon.titles.match(tokens, j) != null
                || lexicon.triggers.match(tokens, j) != null || lexicon.months.word(t) != null
                || lexicon.weekdays.word(t) != null || lexicon.relativeDays.word(t) != null || hasDigit(t);
    }

    private boolean brandWord(List<Token> tokens, Claims claims, int j, int head) {
        Token t = tokens.get(j);
        return t.isWord() && t.arabic && t.sentence == tokens.get(head).sentence && claims.at(j) == null
                && !t.stems[0].article() && (t.stems.length == 1 || foreignBrand(t)) && t.core().length() >= 3
                && !isStop(t)
                && arabicDemonym(t) == null && lexicon.glossary.get(t.core()) == null
                && lexicon.titles.match(tokens, j) == null && lexicon.triggers.match(tokens, j) == null
                && lexicon.orgHeadsArabic.word(t) == null && !lexicon.commonArabic.contains(t.key) && !hasDigit(t);
    }

    /**
     * Whether a word that may open with a clitic ("بوسكو": بـ + "وسكو") is still a company's own name: no reading
     * has the article, the peeled reading is no word the glossary knows, it does not open with لـ, and it does not
     * end as Arabic nouns and adjectives do (ة, ي: "بقيمة", "فرعية", "كبرى"), which foreign brand names rarely do.
     */
    private boolean foreignBrand(Token t) {
        String whole = t.stems[0].core();
        if (whole.length() < 4 || whole.endsWith("ه") || whole.endsWith("ي") || whole.startsWith("ل")) {
            // لـ after a company is what it is for ("شركة لتصنيع الأسلحة").
            return false;
        }
        for (ArabicStem stem : t.stems) {
            if (stem.article() || lexicon.glossary.containsKey(stem.core()) || lexicon.isStopword("ar", stem.core())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "لشركة فسفاط النخيل سالم الدوسري": after a title naming a company, a given name followed by a family name with
     * the article or a name link is the person, not more of the company's name.
     */
    private boolean opensPersonName(List<Token> tokens, int j) {
        if (!givenNames.contains(tokens.get(j).key) || j + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        return next.arabic && next.isWord() && next.sentence == tokens.get(j).sentence
                && (next.stems[0].article() || ArabicNameRomaniser.NAME_LINKS.contains(next.key));
    }

    /** "ستستثمر", "سيبني": the future prefix س on an imperfect verb, which ends a company's name. */
    private static boolean futureVerb(Token t) {
        String w = t.stems[0].core();
        return w.length() >= 5 && w.charAt(0) == 'س' && "يتنا".indexOf(w.charAt(1)) >= 0;
    }

    /**
     * Whether a word has the form of an adjective agreeing with a feminine head or an elative ("الدستورية",
     * "العليا"), not of a genitive noun ("الاستئناف", "النقض").
     */
    private static boolean adjectiveForm(Token t) {
        String core = t.core();
        char last = core.charAt(core.length() - 1);
        return last == 'ه' || last == 'ي' || last == 'ا';
    }

    /** Whether the organisation being read started with a head noun carrying the article. */
    private boolean headDefinite(List<Token> tokens, int j) {
        for (int h = j - 1; h >= 0 && h >= j - MAX_ORG_WORDS - 1; h--) {
            PhraseTrie.Match<String> head = lexicon.orgHeadsArabic.match(tokens, h);
            if (head != null && head.end() <= j) {
                return headReading(tokens, head).article();
            }
        }
        return false;
    }

    static boolean hasDigit(Token t) {
        for (int c = 0; c < t.text.length(); c++) {
            if (Character.isDigit(t.text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lamWord(Token t) {
        return lamStem(t) != null;
    }

    /** A word without the article or a clitic ("نفط", "أمن"): in construct, it is no name's last word. */
    private static boolean bareNoun(Token t) {
        return t.arabic && t.isWord() && t.stems.length == 1 && !t.stems[0].article();
    }

    /**
     * The place the story links where it writes the word {@code t} alone ("القصيم" Al-Qassim), so that the word
     * inside a body's name ("شركة نخلة القصيم") is that place's English name; null if there is none.
     */
    private static CanonicalEntity placeNamedElsewhere(Document doc, Claims claims, Token t) {
        for (Span s : claims.spans()) {
            // The place alone, or after a place word ("منطقة القصيم").
            boolean alone = s.end == s.start + 1
                    || s.end == s.start + 2 && reading(doc.tokens().get(s.start), LOCAL_PLACE_WORDS) != null;
            if (s.type == EntityType.LOC && s.linked() && alone
                    && doc.tokens().get(s.end - 1).stems[0].core().equals(t.stems[0].core())) {
                return s.entity();
            }
        }
        return null;
    }

    /**
     * The end of "عن" and a noun the glossary knows, a bare one with its definite genitive if the glossary knows it too
     * ("عن حقوق الإنسان", "عن البيئة"), at token {@code j}; {@code j} when there is none.
     */
    private int defendedEnd(List<Token> tokens, int j) {
        if (!tokens.get(j).key.equals("عن") || !at(tokens, j + 1) || tokens.get(j + 1).sentence != tokens.get(j).sentence
                || tokens.get(j + 1).stems[0].prefixChars() > 0 || gloss(tokens.get(j + 1).core()) == null) {
            return j;
        }
        Token genitive = at(tokens, j + 2) && !tokens.get(j + 1).stems[0].article() ? tokens.get(j + 2) : null;
        return genitive != null && genitive.sentence == tokens.get(j).sentence && genitive.stems[0].article()
                && gloss(genitive.stems[0].core()) != null ? j + 3 : j + 2;
    }

    /** The reading of a word as لـ and a noun with the article ("للشغل"), or null. */
    private static ArabicStem lamStem(Token t) {
        for (ArabicStem stem : t.stems) {
            if (stem.prefixChars() > 0 && stem.article() && t.text.startsWith("ل")) {
                return stem;
            }
        }
        return null;
    }

    /** The gloss of a word read as لـ + noun ("للأرصاد" = of meteorology). */
    private String prepositionalGloss(Token t) {
        for (ArabicStem stem : t.stems) {
            if (stem.prefixChars() > 0 && stem.article() && t.text.startsWith("ل", 0)) {
                String gloss = gloss(stem.core());
                if (gloss != null) {
                    return gloss;
                }
            }
        }
        return null;
    }

    /**
     * "الوكالة الألمانية للتعاون الدولي" is the German Agency for International Cooperation: لـ before a verbal noun
     * of the forms taf'īl, tafā'ul, taf'ila and istif'āl ("للتنمية", "للاستثمار") says what a body is for.
     */
    private static boolean purposeNoun(Token t) {
        for (ArabicStem stem : t.stems) {
            if (stem.prefixChars() > 0 && stem.article()) {
                String core = stem.core();
                return core.length() >= 5 && (core.startsWith("ت") || core.startsWith("است"));
            }
        }
        return false;
    }

    private String arabicDemonym(Token t) {
        return arabicDemonym(lexicon, t);
    }

    /** The country code of the nationality adjective {@code t} is ("المصرية" EG), or null. */
    static String arabicDemonym(Lexicon lexicon, Token t) {
        if (!t.arabic || !t.isWord()) {
            return null;
        }
        ArabicStem whole = t.stems[0];
        return lexicon.demonyms.get(whole.core());
    }

    private boolean isStop(Token t) {
        return isStop(lexicon, t);
    }

    /** Whether a word is an Arabic stopword in any of its readings. */
    static boolean isStop(Lexicon lexicon, Token t) {
        for (ArabicStem s : t.stems) {
            if (lexicon.isStopword("ar", s.withArticle())) {
                return true;
            }
        }
        return false;
    }

    static String reading(Token t, Set<String> words) {
        for (ArabicStem s : t.stems) {
            if (words.contains(s.withArticle())) {
                return s.withArticle();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- composed names

    /**
     * Names a ministry span (its portfolio known) as the ministry of this country; a national service named alone
     * ({@link ArabicNationalServices}, its branch in the portfolio field) as that country's service: "Border Guard (Saudi
     * Arabia)", with the id the service named with its country's adjective has.
     */
    static void ofCountry(Span ministry, String cc, String country) {
        CountryBodies.ofCountry(ministry, cc, country);
    }

    private String countryName(String cc) {
        return names.countryName(cc);
    }

    private Span countryAt(Claims claims, int i) {
        return countryBodies.countryAt(claims, i);
    }

    static int startChar(Document doc, int i) {
        Token t = doc.tokens().get(i);
        if (!t.arabic) {
            return t.start;
        }
        // Peel the conjunction and preposition, keep the article: "ووزارة" -> "وزارة", "بالحكومة" -> "الحكومة".
        ArabicStem best = t.stems[0];
        for (ArabicStem s : t.stems) {
            if (s.prefixChars() > best.prefixChars() && isKnownHead(s)) {
                best = s;
            }
        }
        return t.start + best.prefixChars();
    }

    private static boolean isKnownHead(ArabicStem s) {
        String w = s.withArticle();
        return w.startsWith("ال") || w.startsWith("وزار") || w.startsWith("حكوم") || w.startsWith("جيش")
                || w.startsWith("خفر") || w.startsWith("سلاح") || w.startsWith("حرس");
    }

    static Span span(Document doc, int from, int to, int startChar, EntityType type, String name) {
        return new Span(from, to, startChar, doc.tokens().get(to - 1).end, type, Span.Source.PATTERN, List.of(), name);
    }

    static boolean at(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size();
    }

    static boolean isWord(List<Token> tokens, int i, Set<String> keys) {
        return at(tokens, i) && tokens.get(i).isWord() && (keys.isEmpty() || keys.contains(tokens.get(i).key));
    }

    /**
     * {@link #coreKey} of a body named on a head, its first word read as the head matched it: "وبورصة" is و + "بورصة",
     * not و + ب + "ورصة", so one body has one key whatever clitics it is written with.
     */
    private static String headKey(List<Token> tokens, PhraseTrie.Match<String> head, int to) {
        Token first = tokens.get(head.start());
        String key = coreKey(tokens, head.start(), to);
        String last = first.stems[first.stems.length - 1].core();
        return headReading(tokens, head).core() + key.substring(last.length());
    }

    /**
     * The reading of a head's first word that the head matched: "للشركة" is لـ + "الشركة", a definite head, though
     * the whole word has no article.
     */
    private static ArabicStem headReading(List<Token> tokens, PhraseTrie.Match<String> head) {
        Token first = tokens.get(head.start());
        for (ArabicStem stem : first.stems) {
            if (first.start + stem.prefixChars() == head.startChar()) {
                return stem;
            }
        }
        return first.stems[0];
    }

    static String coreKey(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.arabic && k == from ? t.stems[t.stems.length - 1].core() : t.core());
        }
        return sb.toString();
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
