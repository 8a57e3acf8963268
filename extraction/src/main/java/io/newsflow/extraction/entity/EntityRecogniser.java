package io.newsflow.extraction.entity;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.knowledge.NameIndex;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.TextNormaliser;
import io.newsflow.extraction.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the people, organisations and places a document names and links them to the knowledge base. Stages, each
 * claiming tokens so that a name inside a longer name does not count on its own: knowledge-base names, composed
 * institutions, capitalised names (Latin script), titled names (Arabic), then coreference. Thread-safe.
 */
public final class EntityRecogniser {

    /** A recognised mention with the entity it belongs to, for the event stage. */
    public record EntityMention(String entityId, EntityType type, String name, int tokenStart, int tokenEnd,
            CanonicalEntity entity) {
    }

    /** The entities of a document and each of their mentions in text order. */
    public record Result(List<ArticleEntity> entities, List<EntityMention> mentions) {
    }

    /** "لدى" (at) and "في" (in) before the country an ambassador is posted to. */
    private static final Set<String> HOST_PREPOSITIONS = WordSet.of("لدي", "في");
    /** "وفي تشاد،": the words that open a paragraph set in the place they name. */
    private static final Set<String> SETTING_WORDS = WordSet.of("في", "وفي");
    /** Runs of spaces, apostrophes and dots, which become one hyphen in a provisional id. */
    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s'’.]+");

    private final KnowledgeBase kb;
    private final KnowledgeMatcher knowledge;
    private final InstitutionFinder institutions;
    private final NameSequenceFinder sequences;
    private final ArabicPersonFinder arabicPersons;
    private final Coreference coreference;
    private final ArabicNameRomaniser romaniser;
    private final ArabicPlaceGuesser arabicPlaces;
    private final FrenchInstitutionFinder frenchInstitutions;
    private final FrenchFeatureFinder frenchFeatures = new FrenchFeatureFinder();
    /** Nationality adjectives (Arabic cores) to country code, for the spelling of a person's name. */
    private final Map<String, String> demonyms;
    private final Lexicon lexicon;
    /** Consonant skeletons of the English names of known people, for Arabic spellings the base lacks. */
    private final Map<String, CanonicalEntity> personsBySound = new HashMap<>();

    public EntityRecogniser(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.knowledge = new KnowledgeMatcher(kb, lexicon);
        this.romaniser = new ArabicNameRomaniser(key -> town(kb, key));
        this.institutions = new InstitutionFinder(kb, lexicon, romaniser);
        this.sequences = new NameSequenceFinder(kb, lexicon);
        this.coreference = new Coreference(kb);
        this.arabicPersons = new ArabicPersonFinder(lexicon, romaniser.givenNames());
        this.arabicPlaces = new ArabicPlaceGuesser(kb, lexicon, romaniser);
        this.frenchInstitutions = new FrenchInstitutionFinder(lexicon);
        this.demonyms = lexicon.demonyms;
        Set<String> ambiguous = new HashSet<>();
        for (CanonicalEntity e : kb.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            List<String> names = new ArrayList<>(e.namesByLanguage().getOrDefault("en", List.of()));
            names.add(e.preferredName());
            for (String n : names) {
                String key = n.indexOf(' ') > 0 ? ArabicPlaceGuesser.latinSkeleton(n) : "";
                if (key.length() < 4) {
                    continue;
                }
                CanonicalEntity old = personsBySound.putIfAbsent(key, e);
                if (old != null && !old.id().equals(e.id())) {
                    ambiguous.add(key);
                }
            }
        }
        personsBySound.keySet().removeAll(ambiguous);
    }

    /** Whether a normalised Arabic word is, on its own, the Arabic name of a town of the gazetteer. */
    private static boolean town(KnowledgeBase kb, String key) {
        NameIndex.Node node = kb.index().start(key);
        if (node == null) {
            return false;
        }
        for (NameIndex.Entry e : node.entries()) {
            if (e.arabic() && e.tokens() == 1 && e.entity().type() == EntityType.LOC && e.entity().lat() != null) {
                return true;
            }
        }
        return false;
    }

    /** English words of a country's divisions, after the division's name ("Gandaki Province"). */
    private static final Set<String> DIVISION_WORDS = WordSet.of("province", "region", "state", "county", "district",
            "division", "governorate", "prefecture", "department", "oblast", "municipality", "territory",
            // "Upper East Regional Minister": the division's adjective before a title.
            "regional");

    public Result recognise(Document doc) {
        Claims claims = new Claims(doc.size());
        knowledge.match(doc, claims);
        institutions.find(doc, claims);
        if ("fr".equals(doc.language())) {
            frenchInstitutions.find(doc, claims);
            frenchFeatures.find(doc, claims);
        }
        if (doc.arabic()) {
            arabicPlaces.find(doc, claims);
            InstitutionFinder.bodiesWithTheirTown(doc, claims);
        }
        arabicPersons.find(doc, claims);
        List<Integer> singles = sequences.find(doc, claims);
        for (Span s : claims.spans()) {
            Coreference.assignSurfaceKey(doc, s);
        }
        coreference.resolve(doc, claims, singles);
        sequences.claimSpeakingBodies(doc, claims, singles);
        repeatBrands(doc, claims);
        List<Span> spans = claims.spans();
        for (Span s : spans) {
            Coreference.assignSurfaceKey(doc, s);
        }
        linkArabicPersonsBySound(doc, spans);
        preferMentionedCountries(spans);
        preferVocalisedReadings(doc, spans);
        resolveBareMinistries(spans);
        mergeArabicOrganisationPrefixes(doc, spans);
        mergeNationalBodies(doc, spans);
        mergeHeadlineShortBodies(doc, spans);
        return build(doc, spans);
    }

    /** "شركة أرامكو السعودية" ... "أرامكو": a company named later by its own name alone. */
    private static void repeatBrands(Document doc, Claims claims) {
        for (Span company : claims.spans()) {
            if (company.brand == null) {
                continue;
            }
            int n = company.brand.size();
            for (int i = company.end; i + n <= doc.size(); i++) {
                boolean same = claims.free(i, i + n);
                for (int k = 0; same && k < n; k++) {
                    Token t = doc.token(i + k);
                    same = t.arabic && (k == 0 ? t.core() : t.key).equals(company.brand.get(k))
                            && (k == 0 || t.stems.length == 1);
                }
                if (same) {
                    Token first = doc.token(i);
                    Span again = new Span(i, i + n, first.start + first.stems[first.stems.length - 1].prefixChars(),
                            doc.token(i + n - 1).end, EntityType.ORG, Span.Source.COREFERENCE, company.candidates,
                            company.name);
                    again.groupKey = company.groupKey;
                    claims.claim(again);
                }
            }
        }
    }

    /**
     * "جوزاف عون" is the Joseph Aoun the base spells "جوزيف عون": an Arabic name of two or more words, found by its
     * title, links to the known person whose English name has the same consonants (vowels are not written alike).
     */
    private void linkArabicPersonsBySound(Document doc, List<Span> spans) {
        Map<String, CanonicalEntity> byGroup = new HashMap<>();
        for (Span s : spans) {
            if (s.type != EntityType.PERSON || s.linked() || s.length() < 2 || !doc.token(s.start).arabic) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = s.start; k < s.end; k++) {
                key.append(doc.token(k).key);
            }
            CanonicalEntity known = personsBySound.get(ArabicPlaceGuesser.arabicSkeleton(key.toString()));
            if (known != null && s.groupKey != null) {
                byGroup.put(s.groupKey, known);
            }
        }
        for (Span s : spans) {
            CanonicalEntity known = s.groupKey == null || s.linked() ? null : byGroup.get(s.groupKey);
            if (known != null && s.type == EntityType.PERSON) {
                s.candidates = List.of(known);
            }
        }
    }

    /**
     * Among places sharing a name, prefer one in a country the document names ("Tripoli" in a Libya story). A
     * country counts when its name is unambiguous or the country itself comes first ("Costa Rica" is also a town).
     */
    private void preferMentionedCountries(List<Span> spans) {
        Set<String> countries = new HashSet<>();
        for (Span s : spans) {
            if (s.linked() && s.type == EntityType.LOC && s.entity().country() != null && (s.candidates.size() == 1
                    || kb.country(s.entity().country()).filter(c -> c == s.entity()).isPresent())) {
                countries.add(s.entity().country());
            }
        }
        for (Span s : spans) {
            if (!s.linked() || s.candidates.size() < 2) {
                continue;
            }
            for (CanonicalEntity c : s.candidates) {
                if (c.country() != null && countries.contains(c.country())) {
                    List<CanonicalEntity> reordered = new ArrayList<>(s.candidates);
                    reordered.remove(c);
                    reordered.add(0, c);
                    s.candidates = reordered;
                    break;
                }
            }
        }
    }

    /**
     * "عمّان" is Amman, "عمان" Amman or Oman: a name written with vowels or a doubled letter takes the candidate
     * whose vocalised name agrees, and the same name written bare elsewhere in the document follows it.
     */
    private static void preferVocalisedReadings(Document doc, List<Span> spans) {
        Map<String, CanonicalEntity> chosen = null;
        for (Span s : spans) {
            if (!s.linked() || s.candidates.size() < 2) {
                continue;
            }
            String surface = doc.text().substring(s.startChar, s.endChar);
            if (!ArabicVocalisation.vocalised(surface)) {
                continue;
            }
            CanonicalEntity preferred = ArabicVocalisation.preferred(surface, s.candidates);
            if (preferred != null) {
                if (chosen == null) {
                    chosen = new HashMap<>();
                }
                chosen.putIfAbsent(TextNormaliser.key(surface), preferred);
            }
        }
        if (chosen == null) {
            return;
        }
        for (Span s : spans) {
            if (!s.linked() || s.candidates.size() < 2) {
                continue;
            }
            String key = TextNormaliser.key(doc.text().substring(s.startChar, s.endChar));
            CanonicalEntity preferred = chosen.get(key);
            if (preferred != null && s.candidates.contains(preferred) && s.candidates.get(0) != preferred) {
                List<CanonicalEntity> reordered = new ArrayList<>(s.candidates);
                reordered.remove(preferred);
                reordered.add(0, preferred);
                s.candidates = reordered;
            }
        }
    }

    /**
     * "Foreign Ministry" alone is the ministry of the country named with it elsewhere in the document, else of the
     * country the story is set in: the one whose places it names most, at least twice and more than any other.
     */
    private void resolveBareMinistries(List<Span> spans) {
        Map<String, Span> withCountry = new HashMap<>();
        boolean bare = false;
        for (Span s : spans) {
            if (s.groupKey != null && s.groupKey.startsWith("ministry:") && s.composedId != null) {
                String portfolio = s.groupKey.substring(0, s.groupKey.lastIndexOf(':'));
                withCountry.putIfAbsent(portfolio, s);
            }
            bare |= s.portfolio != null && s.composedId == null;
        }
        if (!bare) {
            return;
        }
        String home = null;
        for (Span s : spans) {
            if (s.portfolio == null || s.composedId != null) {
                continue;
            }
            Span full = withCountry.get(s.groupKey);
            if (full != null) {
                s.groupKey = full.groupKey;
                s.composedId = full.composedId;
                s.name = full.name;
                continue;
            }
            home = home != null ? home : homeCountry(spans);
            if (!home.isEmpty()) {
                InstitutionFinder.ofCountry(s, home, kb.country(home).orElseThrow().preferredName());
            }
        }
    }

    /** The country whose places the document names most, at least twice and more than any other; "" when none. */
    private String homeCountry(List<Span> spans) {
        String best = mostNamedCountry(spans);
        return kb.country(best).isPresent() ? best : "";
    }

    /**
     * The country code whose linked places {@code spans} name most, at least twice and more than any other's; "" when
     * none: the country a story is set in.
     */
    static String mostNamedCountry(List<Span> spans) {
        Map<String, Integer> counts = new HashMap<>();
        for (Span s : spans) {
            if (s.type == EntityType.LOC && s.linked() && s.entity().country() != null) {
                counts.merge(s.entity().country(), 1, Integer::sum);
            }
        }
        String best = "";
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 && top > second ? best : "";
    }

    /** "the Danish Home Guard" and, later, "the Home Guard" in one story are one body. */
    private void mergeNationalBodies(Document doc, List<Span> spans) {
        Map<String, Span> withNationality = new HashMap<>();
        for (Span s : spans) {
            Token first = doc.token(s.start);
            if (s.type == EntityType.ORG && !s.linked() && s.length() >= 3 && !first.arabic
                    && demonyms.containsKey(first.key)) {
                Token second = doc.token(s.start + 1);
                withNationality.putIfAbsent(doc.text().substring(second.start, s.endChar), s);
            }
        }
        if (withNationality.isEmpty()) {
            return;
        }
        for (Span s : spans) {
            Span longer = s.type == EntityType.ORG && !s.linked() && s.composedId == null
                    ? withNationality.get(doc.text().substring(s.startChar, s.endChar)) : null;
            if (longer != null && longer != s) {
                s.groupKey = longer.groupKey;
                s.composedId = longer.composedId;
                s.name = longer.name;
            }
        }
    }

    /**
     * "Vantor Steel meets unions" over a story about "Vantor Steel Europe", "Kelvale District council head" over "the
     * Kelvale District Council": a headline shortens a body's name to its opening words, so a body named there by the
     * first words of a longer body of the story is that body, unless the story also names the shorter body alone.
     */
    private static void mergeHeadlineShortBodies(Document doc, List<Span> spans) {
        int headlineEnd = doc.text().indexOf('\n');
        if (headlineEnd < 0 || "ar".equals(doc.language())) {
            return;
        }
        for (Span shorter : spans) {
            if (shorter.type != EntityType.ORG || shorter.endChar > headlineEnd) {
                continue;
            }
            Span longer = null;
            for (Span other : spans) {
                if (other.type != EntityType.ORG || other.startChar <= headlineEnd || !opens(doc, shorter, other)) {
                    continue;
                }
                if (other.length() == shorter.length()) {
                    // The story names the shorter body too: it is a body of its own.
                    longer = null;
                    break;
                }
                if (longer == null) {
                    longer = other;
                }
            }
            if (longer != null) {
                shorter.candidates = longer.candidates;
                shorter.groupKey = longer.groupKey;
                shorter.composedId = longer.composedId;
                shorter.name = longer.name;
            }
        }
    }

    /** Whether the words of {@code shorter} open {@code longer}. */
    private static boolean opens(Document doc, Span shorter, Span longer) {
        if (longer.length() < shorter.length()) {
            return false;
        }
        for (int k = 0; k < shorter.length(); k++) {
            if (!doc.token(shorter.start + k).key.equals(doc.token(longer.start + k).key)) {
                return false;
            }
        }
        return true;
    }

    /** "هيئة النزاهة" and "هيئة النزاهة الاتحادية" in one story are one body. */
    private void mergeArabicOrganisationPrefixes(Document doc, List<Span> spans) {
        List<Span> orgs = new ArrayList<>();
        for (Span s : spans) {
            // Bodies named with their country ("بنك التنمية العماني") carry an id of their own; the shorter name
            // takes it too.
            if (s.type == EntityType.ORG && !s.linked() && s.groupKey != null && s.groupKey.startsWith("org:")) {
                orgs.add(s);
            }
        }
        for (Span shorter : orgs) {
            String prefix = shorter.groupKey + " ";
            for (Span longer : orgs) {
                if (longer.length() > shorter.length() && longer.groupKey.startsWith(prefix)) {
                    shorter.groupKey = longer.groupKey;
                    shorter.name = longer.name;
                    shorter.composedId = longer.composedId;
                    prefix = shorter.groupKey + " ";
                }
            }
        }
    }

    /**
     * "le port de Bastogne" (a place found by its cue, unlinked) and "À Bastogne" (linked) name one town: a place
     * found unlinked takes the entity of a linked place written the same way in the document.
     */
    private static void samePlaceSameEntity(Document doc, List<Span> spans) {
        Map<String, Span> linked = new HashMap<>();
        for (Span s : spans) {
            if (s.linked() && s.type == EntityType.LOC) {
                linked.putIfAbsent(doc.text().substring(s.startChar, s.endChar), s);
            }
        }
        if (linked.isEmpty()) {
            return;
        }
        for (Span s : spans) {
            if (!s.linked() && s.type == EntityType.LOC && s.name == null && s.composedId == null) {
                Span same = linked.get(doc.text().substring(s.startChar, s.endChar));
                if (same != null) {
                    s.candidates = same.candidates;
                }
            }
        }
    }

    /**
     * "Gandaki Province" and "Gandaki" in one story name one division: a place found unlinked as a name and an
     * English division word joins the place written as the name alone.
     */
    private static void sameDivisionSameEntity(Document doc, List<Span> spans) {
        Map<String, Span> places = null;
        for (Span s : spans) {
            if (s.type != EntityType.LOC || s.linked() || s.length() < 2 || s.composedId != null
                    || !DIVISION_WORDS.contains(doc.token(s.end - 1).key) || !doc.token(s.end - 1).capitalised) {
                continue;
            }
            if (places == null) {
                places = new HashMap<>();
                for (Span p : spans) {
                    if (p.type == EntityType.LOC) {
                        places.putIfAbsent(doc.text().substring(p.startChar, p.endChar), p);
                    }
                }
            }
            Span bare = places.get(doc.text().substring(s.startChar, doc.token(s.end - 2).end));
            if (bare == null || bare == s || bare.linked() && bare.candidates.stream().anyMatch(c -> c.lat() != null)) {
                // "Lagos State" is no "Lagos": a division named like a city is another place.
                continue;
            }
            if (bare.linked()) {
                s.candidates = bare.candidates;
            } else {
                s.groupKey = bare.groupKey;
            }
        }
    }

    /**
     * "في مديرية X" then "X", "ولاية X" then "بX": Arabic spells a place or body found once with its cue and then
     * bare under one name, but the bare mention (or one read with a clitic peeled) gets a key of its own. Two
     * provisional groups of one type that take the same name are one entity; a composed id keeps its own group.
     */
    private void sameNameOneGroup(Document doc, Map<String, Group> groups, List<Span> spans) {
        Map<String, Group> byName = new HashMap<>();
        for (Iterator<Map.Entry<String, Group>> it = groups.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Group> e = it.next();
            if (!e.getKey().startsWith("prov|")) {
                continue;
            }
            Group g = e.getValue();
            Span longest = g.spans.get(0);
            for (Span s : g.spans) {
                if (s.source != Span.Source.COREFERENCE && s.endChar - s.startChar > longest.endChar - longest.startChar) {
                    longest = s;
                }
            }
            Group first = byName.putIfAbsent(longest.type + "|" + nameOf(doc, g.spans, longest, spans), g);
            if (first != null) {
                first.spans.addAll(g.spans);
                it.remove();
            }
        }
    }

    private Result build(Document doc, List<Span> spans) {
        samePlaceSameEntity(doc, spans);
        sameDivisionSameEntity(doc, spans);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Span s : spans) {
            String key;
            if (s.linked()) {
                key = s.entity().id();
            } else if (s.composedId != null) {
                key = s.composedId;
            } else {
                key = "prov|" + s.groupKey;
            }
            groups.computeIfAbsent(key, k -> new Group()).spans.add(s);
        }
        if (doc.arabic()) {
            sameNameOneGroup(doc, groups, spans);
        }
        List<ArticleEntity> entities = new ArrayList<>(groups.size());
        List<EntityMention> mentions = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            Span head = g.spans.get(0);
            List<Mention> ms = new ArrayList<>(g.spans.size());
            Span longest = head;
            for (Span s : g.spans) {
                ms.add(new Mention(doc.text().substring(s.startChar, s.endChar), s.startChar, s.endChar));
                if (s.source != Span.Source.COREFERENCE && s.endChar - s.startChar > longest.endChar - longest.startChar) {
                    longest = s;
                }
            }
            String id;
            String name;
            boolean linked;
            CanonicalEntity entity = head.entity();
            EntityType type = head.type;
            if (entity != null) {
                id = entity.id();
                name = entity.preferredName();
                String division = entity.type() == EntityType.LOC ? divisionNamed(doc, g.spans, entity) : null;
                if (division != null && !name.endsWith(" " + division)) {
                    name = name + " " + division;
                }
                linked = true;
                type = entity.type();
            } else {
                linked = false;
                name = nameOf(doc, g.spans, longest, spans);
                id = head.composedId != null ? head.composedId : provisionalId(type, name);
                String base = id;
                int n = 2;
                while (usedIds.contains(id)) {
                    id = base + "-" + n++;
                }
            }
            usedIds.add(id);
            entities.add(new ArticleEntity(id, type, name, linked, entity == null ? null : entity.country(),
                    entity == null ? null : entity.lat(), entity == null ? null : entity.lon(), ms));
            for (Span s : g.spans) {
                mentions.add(new EntityMention(id, type, name, s.start, s.end, entity));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.tokenStart(), b.tokenStart()));
        return new Result(entities, mentions);
    }

    private String nameOf(Document doc, List<Span> group, Span longest, List<Span> all) {
        for (Span s : group) {
            if (s.name != null) {
                return s.name;
            }
        }
        String surface = doc.text().substring(longest.startChar, longest.endChar);
        if (afterLamLam(doc, longest)) {
            // "للبنك المركزي": the mention starts at the article's ل (its alef is not written after the preposition
            // ل); the name is written with the article, "البنك المركزي".
            surface = "ا" + surface;
        }
        if (longest.type == EntityType.PERSON && isArabic(surface)) {
            String romanised = romaniser.romanise(doc.tokens().subList(longest.start, longest.end),
                    nationality(doc, longest, all));
            if (romanised != null) {
                return romanised;
            }
        }
        return surface;
    }

    private static boolean noCityAmong(List<Span> spans) {
        for (Span s : spans) {
            if (s.candidates != null && s.candidates.stream().anyMatch(c -> c.lat() != null)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The English word for the division an Arab country's place is named as in the story (see
     * {@link Lexicon#divisionInEnglish}), as English news names the division rather than its town; null when no mention
     * opens with a division word and the place is no division that Arabic copy names alone.
     */
    private static String divisionNamed(Document doc, List<Span> spans, CanonicalEntity entity) {
        String country = entity.country();
        if (country == null || !ArabicNameRomaniser.ARAB.contains(country)) {
            return null;
        }
        for (Span s : spans) {
            Token first = doc.token(s.start);
            if (!first.arabic || s.end - s.start < 2 || s.startChar != first.start) {
                continue;
            }
            String kind = Lexicon.divisionInEnglish(first.key, country);
            if (kind != null) {
                return kind;
            }
        }
        if (entity.lat() == null && doc.token(spans.get(0).start).arabic && noCityAmong(spans)) {
            // "المهرة" alone: a governorate no city shares its name with ("طرطوس" is also Tartus the city) is the
            // division, "Al Mahrah Governorate"; its name in the gazetteer ("محافظة المهرة") tells which division.
            for (String name : entity.namesByLanguage().getOrDefault("ar", List.of())) {
                int space = name.indexOf(' ');
                String kind = space < 0 ? null
                        : Lexicon.divisionInEnglish(TextNormaliser.key(name.substring(0, space)), country);
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** Whether the span starts inside its first word, at the article's ل after the preposition ل ("للبنك"). */
    private static boolean afterLamLam(Document doc, Span s) {
        String text = doc.text();
        return s.startChar > doc.token(s.start).start && text.charAt(s.startChar) == 'ل'
                && text.charAt(s.startChar - 1) == 'ل';
    }

    /**
     * The country of a person named in Arabic, which decides how the name is spelled in Latin letters: the nationality
     * adjective of the title before the name ("وزير الداخلية المغربي عبد الوافي لفتيت"), "ولد" in a Mauritanian
     * name, else the country the story is set in; "" when none.
     */
    private String nationality(Document doc, Span person, List<Span> spans) {
        List<Token> tokens = doc.tokens();
        int sentence = tokens.get(person.start).sentence;
        for (int k = person.start - 1; k >= Math.max(0, person.start - 8) && tokens.get(k).sentence == sentence; k--) {
            String country = tokens.get(k).arabic ? demonyms.get(tokens.get(k).stems[0].core()) : null;
            int start = k;
            if (country == null) {
                // "رئيس وزراء كوسوفو ألبين كورتي": the country named in the title.
                country = countryNamedAt(spans, k);
                start = countryStart(spans, k);
            }
            if (country != null && start > 0 && HOST_PREPOSITIONS.contains(tokens.get(start - 1).key)) {
                // "سفير فرنسا لدى المغرب كريستوف لوكورتييه": the country after لدى hosts the ambassador; his own is
                // named before it. So does "لدى السعودية", whose name is also the adjective Saudi.
                k = start;
                continue;
            }
            if (country != null) {
                return country;
            }
        }
        for (int k = person.start; k < person.end; k++) {
            if (tokens.get(k).key.equals("ولد")) {
                return "MR";
            }
        }
        String setting = settingCountry(doc, person, spans);
        return setting != null ? setting : homeCountry(spans);
    }

    /**
     * The country in which the paragraph of {@code person} is set, as wire copy says it: the dateline that opens the
     * story ("كوستي - ", "كوريتيبا (البرازيل) - ") or a paragraph opening "وفي تشاد،"; the last such setting before the
     * person counts, since a story told from two countries moves on by paragraph. A story set in Iran, Spain or Brazil
     * names its own people as their language spells them ("بيدرو" Pedro); in a story datelined in an Arab or Sahel
     * country, a paragraph set outside them counts for itself only. Null when none precedes the person.
     */
    private String settingCountry(Document doc, Span person, List<Span> spans) {
        List<Token> tokens = doc.tokens();
        String found = null;
        String datelined = null;
        int at = -1;
        for (Span s : spans) {
            if (s.type != EntityType.LOC || !s.linked() || s.entity().country() == null || s.start >= person.start
                    || s.start <= at) {
                continue;
            }
            int open = s.start;
            int after = s.end;
            if (after < tokens.size() && tokens.get(after).text.equals("(")) {
                // "كوريتيبا (البرازيل) - ": the dateline's town with its country in brackets.
                for (int k = after + 1; k < Math.min(tokens.size(), after + 5); k++) {
                    if (tokens.get(k).text.equals(")")) {
                        after = k + 1;
                        break;
                    }
                }
            }
            boolean dateline = after < tokens.size() && "-–—".contains(tokens.get(after).text)
                    && !tokens.get(after).text.isEmpty() && opensParagraph(doc, open);
            if (!dateline && open > 1 && tokens.get(open - 1).text.equals("(") && after + 1 < tokens.size()
                    && tokens.get(after).text.equals(")") && !tokens.get(after + 1).text.isEmpty()
                    && "-–—".contains(tokens.get(after + 1).text)) {
                // "ويلفا (إسبانيا) - ": the country in brackets after a town the gazetteer lacks.
                for (int k = open - 2; k >= Math.max(0, open - 4) && !dateline; k--) {
                    dateline = opensParagraph(doc, k);
                }
            }
            boolean inPlace = open > 0 && SETTING_WORDS.contains(tokens.get(open - 1).key)
                    && opensParagraph(doc, open - 1);
            String country = s.entity().country();
            if (inPlace && arab(datelined) && !arab(country)
                    && doc.text().substring(tokens.get(open).start, tokens.get(person.start).start).indexOf('\n') >= 0) {
                // "تطوان - ... وفي مدريد، ...": a story told from an Arab country sets one paragraph abroad; the people
                // named after it are the dateline's.
                inPlace = false;
            }
            datelined = dateline ? country : datelined;
            if (dateline || inPlace) {
                found = s.entity().country();
                at = s.start;
            }
        }
        return found;
    }

    /** Whether {@code country} (ISO code, or null) is an Arab League or Sahel country. */
    private static boolean arab(String country) {
        return country != null && (ArabicNameRomaniser.ARAB.contains(country) || ArabicNameRomaniser.sahel(country));
    }

    /** Whether token {@code k} is the first of a line of the text. */
    private static boolean opensParagraph(Document doc, int k) {
        int from = k == 0 ? 0 : doc.tokens().get(k - 1).end;
        return k == 0 || doc.text().substring(from, doc.tokens().get(k).start).indexOf('\n') >= 0;
    }

    /** The first token of the span covering token {@code k}, or {@code k}. */
    private static int countryStart(List<Span> spans, int k) {
        for (Span s : spans) {
            if (s.start <= k && k < s.end) {
                return s.start;
            }
        }
        return k;
    }

    /** The country of a linked country name covering token {@code k}, or null. */
    private String countryNamedAt(List<Span> spans, int k) {
        for (Span s : spans) {
            if (s.start <= k && k < s.end && s.type == EntityType.LOC && s.linked() && s.entity().country() != null
                    && kb.country(s.entity().country()).map(c -> c == s.entity()).orElse(false)) {
                return s.entity().country();
            }
        }
        return null;
    }

    private static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.ARABIC) {
                return true;
            }
        }
        return false;
    }

    private static String provisionalId(EntityType type, String name) {
        String key = ID_SEPARATORS.matcher(TextNormaliser.key(name)).replaceAll("-");
        return "prov:" + type.name().toLowerCase(Locale.ROOT) + ":" + key;
    }

    /** The spans of one entity. */
    private static final class Group {
        final List<Span> spans = new ArrayList<>(2);
    }

    static List<Token> words(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isWord()) {
                out.add(t);
            }
        }
        return out;
    }
}
