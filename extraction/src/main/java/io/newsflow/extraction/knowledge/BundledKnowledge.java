package io.newsflow.extraction.knowledge;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.text.TextNormaliser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the bundled entity list: countries from ICU's region names (ar, en, fr) with curated aliases, curated
 * international bodies, regions, seas and leaders, then the national capitals and GeoNames cities (most populous
 * first) merged with ICU's exemplar city names, then CLDR subdivisions. Sources and licences: knowledge/SOURCES.md.
 */
public final class BundledKnowledge {

    static final String COUNTRY_ID_PREFIX = "loc:";
    static final List<String> LANGUAGES = List.of("en", "ar", "fr");
    private static final int MAJOR_CITIES = 4_000;
    private static final Set<String> SCIENTIFIC_TRANSLITERATION = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO",
            "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH", "IR", "AF",
            "PK");

    private static final java.util.regex.Pattern SCIENTIFIC_ARTICLE =
            java.util.regex.Pattern.compile("(?:^|\\s)(?:Al|Ar|As|Ash|At|Ad|Az|An|ar|as|ash|at|ad|az|an|al)[ -]\\S");

    private BundledKnowledge() {
    }

    /**
     * Whether an entity is one of the bundled companies (companies.tsv): "الاتصالات السعودية" is the company STC,
     * which a public body's head before it ("هيئة الاتصالات السعودية", the regulator) does not take as its name.
     */
    public static boolean isCompany(CanonicalEntity e) {
        return Companies.IDS.contains(e.id());
    }

    /** The ids of companies.tsv, read on first use. */
    private static final class Companies {
        static final Set<String> IDS = Set.copyOf(curated("companies.tsv").stream().map(b -> b.id).toList());
    }

    /**
     * The bundled entities, in rank order; the ids of the divisions (first-level ones and divisions.tsv's), which rank
     * between the major cities and the towns, are added to {@code divisionIds}.
     */
    static List<CanonicalEntity> load(List<String> divisionIds) {
        List<CanonicalEntity> out = new ArrayList<>(30_000);
        Set<String> ids = new java.util.HashSet<>();
        Consumer<Builder> emit = b -> {
            String id = b.id;
            if (!ids.add(id)) {
                id = b.id + "-" + (b.country == null ? "x" : b.country.toLowerCase(Locale.ROOT));
                int n = 2;
                while (!ids.add(id)) {
                    id = b.id + "-" + n++;
                }
            }
            out.add(b.build(id));
            if (b.division) {
                divisionIds.add(id);
            }
        };
        countries().forEach(emit);
        curated("organisations.tsv").forEach(emit);
        curated("national-bodies.tsv").forEach(emit);
        curated("companies.tsv").forEach(emit);
        curated("groups.tsv").forEach(emit);
        curated("regions.tsv").forEach(emit);
        curated("crossings.tsv").forEach(emit);
        curated("camps.tsv").forEach(emit);
        curated("people.tsv").forEach(emit);
        places().forEach(emit);
        return out;
    }

    /** A mutable entity under construction. */
    static final class Builder {
        String id;
        EntityType type;
        String preferred;
        final Map<String, LinkedHashSet<String>> names = new LinkedHashMap<>();
        String country;
        Double lat;
        Double lon;
        long population;
        /** The gazetteer writes the name in scientific transliteration. */
        boolean transliterated;
        /** The GeoNames id of a gazetteer place. */
        String gazetteerId;
        /** The national capital of a UN member state. */
        boolean capital;
        /** A province or district, ranked between the major cities and the towns. */
        boolean division;

        void name(String lang, String name) {
            if (name != null && !name.isBlank() && !name.equals(preferred)) {
                names.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(name.strip());
            }
        }

        void names(String lang, String joined) {
            if (joined == null || joined.isBlank()) {
                return;
            }
            for (String n : joined.split("\\|")) {
                name(lang, n);
            }
        }

        List<String> allNames() {
            List<String> all = new ArrayList<>();
            all.add(preferred);
            names.values().forEach(all::addAll);
            return all;
        }

        CanonicalEntity build(String finalId) {
            Map<String, List<String>> byLang = new LinkedHashMap<>();
            names.forEach((k, v) -> byLang.put(k, List.copyOf(v)));
            return new CanonicalEntity(finalId, type, preferred, byLang, country, lat, lon);
        }
    }

    private static List<Builder> countries() {
        Map<String, String[]> extras = new HashMap<>();
        readTsv("countries.tsv", cols -> extras.put(cols[0], cols));
        Map<String, LocaleDisplayNames> display = new LinkedHashMap<>();
        Map<String, LocaleDisplayNames> shortDisplay = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            display.put(lang, LocaleDisplayNames.getInstance(new ULocale(lang)));
            shortDisplay.put(lang, LocaleDisplayNames.getInstance(new ULocale(lang), DisplayContext.LENGTH_SHORT));
        }
        List<Builder> out = new ArrayList<>();
        for (String code : ULocale.getISOCountries()) {
            String english = display.get("en").regionDisplayName(code);
            if (english == null || english.equals(code)) {
                continue;
            }
            String[] extra = extras.get(code);
            Builder b = new Builder();
            b.type = EntityType.LOC;
            b.country = code;
            b.preferred = extra != null && !extra[1].isBlank() ? extra[1] : english;
            b.id = COUNTRY_ID_PREFIX + slug(b.preferred);
            int paren = b.preferred.indexOf(" (");
            if (paren > 0 && b.preferred.endsWith(")")) {
                // "Myanmar (Burma)": the usual name is the one before the parenthesis; the id stays as it was.
                b.preferred = b.preferred.substring(0, paren);
            }
            // "São Tomé & Príncipe", "Trinidad & Tobago": CLDR's ampersand; news and the UN write "and".
            b.preferred = b.preferred.replace(" & ", " and ");
            if (b.preferred.startsWith("St. ")) {
                // "St. Lucia", "St. Pierre & Miquelon": CLDR abbreviates; the usual English name writes "Saint".
                b.preferred = "Saint " + b.preferred.substring(4);
            }
            if (b.preferred.endsWith(" SAR China")) {
                // "Macao SAR China": the place is called by its own name.
                b.preferred = b.preferred.substring(0, b.preferred.length() - " SAR China".length());
            }
            b.name("en", english);
            for (String lang : LANGUAGES) {
                b.name(lang, display.get(lang).regionDisplayName(code));
                String shortName = shortDisplay.get(lang).regionDisplayName(code);
                if (shortName != null && !shortName.equals(code) || "GB".equals(code) || "US".equals(code)) {
                    b.name(lang, shortName);
                }
            }
            if (extra != null) {
                b.names("en", extra[2]);
                b.names("ar", extra[3]);
                b.names("fr", extra[4]);
            }
            out.add(b);
        }
        return out;
    }

    private static List<Builder> curated(String file) {
        List<Builder> out = new ArrayList<>();
        readTsv(file, cols -> {
            Builder b = new Builder();
            b.id = cols[0];
            b.type = EntityType.valueOf(cols[1]);
            b.preferred = cols[2];
            b.names("en", col(cols, 3));
            b.names("ar", col(cols, 4));
            b.names("fr", col(cols, 5));
            String cc = col(cols, 6);
            b.country = cc.isBlank() ? null : cc;
            out.add(b);
        });
        return out;
    }

    /**
     * GeoNames translates "New" in Arabic ("دلهي الجديدة" for New Delhi), where news transcribes it: "نيودلهي",
     * "نيو دلهي". Both spellings are added to every such place.
     */
    private static void newTowns(Builder b) {
        if (!b.preferred.startsWith("New ")) {
            return;
        }
        for (String ar : List.copyOf(b.names.getOrDefault("ar", new LinkedHashSet<>()))) {
            for (String suffix : List.of(" الجديدة", " الجديد")) {
                if (ar.endsWith(suffix) && ar.indexOf(' ') == ar.length() - suffix.length() && !ar.startsWith("ال")) {
                    String town = ar.substring(0, ar.length() - suffix.length());
                    b.name("ar", "نيو" + town);
                    b.name("ar", "نيو " + town);
                }
            }
        }
    }

    private static List<Builder> places() {
        List<Builder> cities = new ArrayList<>(25_000);
        List<Builder> regions = new ArrayList<>(6_000);
        Map<String, Builder> cityByKey = new HashMap<>();
        readTsv("places.tsv", cols -> {
            Builder b = new Builder();
            b.type = EntityType.LOC;
            b.preferred = cols[2];
            b.id = "loc:" + slug(cols[2]);
            b.names("ar", col(cols, 3));
            b.names("fr", col(cols, 4));
            b.names("en", col(cols, 5));
            b.country = col(cols, 6);
            b.gazetteerId = cols[1];
            newTowns(b);
            String unmarked = withoutTransliterationMarks(b.preferred);
            if (!unmarked.equals(b.preferred)) {
                // "Nārāyanganj": macrons and dots below are transliteration, not spelling.
                b.name("en", b.preferred);
                b.preferred = unmarked;
                b.id = "loc:" + slug(unmarked);
            }
            if (SCIENTIFIC_TRANSLITERATION.contains(b.country)) {
                // GeoNames writes Arabic and Persian places with diacritics ("Umm Qaşr") and ʿayn and hamza as quotes
                // ("Ar Rifā‘", "Bahla’", "‘Anah"); news writes neither.
                String plain = withoutQuoteMarks(plainLatin(b.preferred));
                if (!plain.equals(b.preferred)) {
                    b.name("en", b.preferred);
                    b.preferred = plain;
                    b.id = "loc:" + slug(plain);
                }
            }
            if ("RO".equals(b.country) || "MD".equals(b.country)) {
                // GeoNames writes Romanian ş and ţ with a cedilla, the old encoding; Romanian spells them with a
                // comma below ("Bălți"), as the news does.
                String romanian = b.preferred.replace('ş', 'ș').replace('ţ', 'ț').replace('Ş', 'Ș').replace('Ţ', 'Ț');
                if (!romanian.equals(b.preferred)) {
                    b.name("en", b.preferred);
                    b.preferred = romanian;
                }
            }
            b.transliterated = SCIENTIFIC_TRANSLITERATION.contains(b.country) && isScientific(cols[2]);
            b.population = col(cols, 7).isEmpty() ? 0 : Long.parseLong(col(cols, 7));
            b.lat = col(cols, 8).isEmpty() ? null : Double.valueOf(col(cols, 8));
            b.lon = col(cols, 9).isEmpty() ? null : Double.valueOf(col(cols, 9));
            if ("city".equals(cols[0])) {
                cities.add(b);
                cityByKey.putIfAbsent(b.country + "|" + TextNormaliser.key(b.preferred), b);
            } else {
                regions.add(b);
            }
        });
        nameCitiesAfterTheirProvinces(cities, regions);
        addExemplarCities(cities, cityByKey);
        int leading = markCapitals(cities, cityByKey, regions);
        nameDivisionsAsTheNewsDoes(cities, regions);
        cities.sort(Comparator.comparingLong((Builder b) -> -b.population));
        List<Builder> ranked = capitalsFirst(cities);
        // Provinces and governorates rank with mid-sized cities: above small towns, below major cities.
        int major = Math.min(MAJOR_CITIES + leading, ranked.size());
        List<Builder> out = new ArrayList<>(ranked.subList(0, major));
        regions.forEach(r -> r.division = true);
        out.addAll(regions);
        out.addAll(ranked.subList(major, ranked.size()));
        return out;
    }

    /**
     * Marks the capital of every UN member state (CLDR's "UN" grouping through ICU; capitals from capitals.tsv, matched
     * to their GeoNames city by the tool that wrote it, else to an ICU exemplar city or a CLDR subdivision of that name
     * in that country (Astana, which the GeoNames copy still calls Nur-Sultan, is a city with the status of a region),
     * else added under the list's English name). A capital is a major place whatever its population: Valletta has
     * 6,800 people. The list's spelling becomes an English name of the city ("Sana'a" for GeoNames' "Sanaa"), and its
     * preferred name where the gazetteer's merely runs on ("Abu Dhabi Island and Internal Islands City"). Returns how
     * many were marked.
     */
    private static int markCapitals(List<Builder> cities, Map<String, Builder> cityByKey, List<Builder> regions) {
        Set<String> members = new java.util.HashSet<>();
        for (Region r : Region.getInstance("UN").getContainedRegions()) {
            members.add(r.toString());
        }
        Map<String, Builder> byGazetteerId = new HashMap<>(cities.size() * 2);
        for (Builder b : cities) {
            if (b.gazetteerId != null) {
                byGazetteerId.put(b.gazetteerId, b);
            }
        }
        int[] marked = {0};
        readTsv("capitals.tsv", cols -> {
            String code = cols[0];
            String name = col(cols, 1);
            if (!members.contains(code) || name.isEmpty()) {
                return;
            }
            Builder city = byGazetteerId.get(col(cols, 2));
            if (city == null) {
                city = cityByKey.get(code + "|" + TextNormaliser.key(name));
            }
            if (city == null) {
                city = regionNamed(regions, code, name);
                if (city != null) {
                    regions.remove(city);
                    cities.add(city);
                }
            }
            if (city == null) {
                city = newCity(name, code, cities, cityByKey);
            }
            if (city.preferred.startsWith(name + " ") || !col(cols, 3).isEmpty()) {
                // "Andorra la Vella" keeps its short name; a renamed capital ("Nur-Sultan" in the GeoNames copy) its
                // current one, the former kept as an alias.
                String former = city.preferred;
                city.preferred = name;
                city.name("en", former);
                Builder twin = regionNamed(regions, code, name);
                if (twin != null) {
                    // Astana is also a CLDR subdivision of that name: one place, with the subdivision's names.
                    regions.remove(twin);
                    Builder renamed = city;
                    twin.names.forEach((lang, names) -> names.forEach(n -> renamed.name(lang, n)));
                }
            }
            city.name("en", name);
            if (!city.capital) {
                city.capital = true;
                marked[0]++;
            }
        });
        return marked[0];
    }

    /**
     * divisions.tsv names first-level divisions as English-language news does ("Salah al-Din Governorate" where the
     * gazetteer has "Saladin"). A row whose first column is a gazetteer id (places.tsv's second column) amends that
     * place: its name becomes the preferred one, the gazetteer's is kept as an English alias, the row's aliases are
     * added, and the id stays, so one place stays one entity. A row whose id is "town:CC:English name" names a town of
     * towns-ar.tsv (second-level divisions named after their seat): the town joins the divisions with its coordinates,
     * country and population under the id the Arabic place guesser gives it, so it is one entity whether named or
     * guessed; a town that matches no row fails the start-up. A row whose gazetteer id is "-" or unknown adds the
     * division as a new place of its country, ranked with the other provinces.
     */
    private static void nameDivisionsAsTheNewsDoes(List<Builder> cities, List<Builder> regions) {
        Map<String, Builder> byGazetteerId = new HashMap<>(cities.size() * 2 + regions.size() * 2);
        for (List<Builder> places : List.of(cities, regions)) {
            for (Builder b : places) {
                if (b.gazetteerId != null) {
                    byGazetteerId.put(b.gazetteerId, b);
                }
            }
        }
        List<String[]> rows = new ArrayList<>();
        readTsv("divisions.tsv", rows::add);
        Map<String, Builder> towns = townsNamed(rows);
        // A district's seat ranks with the divisions, above the small towns of its size.
        regions.addAll(towns.values());
        for (String[] cols : rows) {
            Builder b = cols[0].startsWith(TOWN_PREFIX) ? towns.get(cols[0]) : byGazetteerId.get(cols[0]);
            if (b == null) {
                b = new Builder();
                b.type = EntityType.LOC;
                b.preferred = cols[1];
                b.id = "loc:" + slug(cols[1]);
                b.country = col(cols, 5);
                regions.add(b);
            } else if (!b.preferred.equals(cols[1])) {
                String gazetteer = b.preferred;
                b.names.computeIfPresent("en", (k, v) -> {
                    v.remove(cols[1]);
                    return v;
                });
                b.preferred = cols[1];
                b.name("en", gazetteer);
            }
            b.names("en", col(cols, 2));
            b.names("ar", col(cols, 3));
            b.names("fr", col(cols, 4));
        }
    }

    /** A divisions.tsv id naming a towns-ar.tsv town by country code and English name: "town:IQ:Tuz Khurmatu". */
    static final String TOWN_PREFIX = "town:";

    /**
     * The towns-ar.tsv towns the division rows name, by the rows' ids, each a place of its own with the town's
     * coordinates and population under the id ArabicPlaceGuesser gives the town. Fails when a row names no such town.
     */
    private static Map<String, Builder> townsNamed(List<String[]> rows) {
        Map<String, Builder> wanted = new LinkedHashMap<>();
        for (String[] cols : rows) {
            if (cols[0].startsWith(TOWN_PREFIX)) {
                wanted.put(cols[0], null);
            }
        }
        if (wanted.isEmpty()) {
            return wanted;
        }
        readTsv("towns-ar.tsv", cols -> {
            String id = TOWN_PREFIX + cols[1] + ":" + cols[0];
            if (wanted.containsKey(id) && wanted.get(id) == null) {
                Builder town = new Builder();
                town.type = EntityType.LOC;
                town.preferred = cols[0];
                town.id = townId(cols[0], cols[1]);
                town.country = cols[1];
                town.population = Long.parseLong(cols[2]);
                town.lat = Double.valueOf(cols[3]);
                town.lon = Double.valueOf(cols[4]);
                wanted.put(id, town);
            }
        });
        wanted.forEach((id, town) -> {
            if (town == null) {
                throw new IllegalStateException("divisions.tsv: no town in towns-ar.tsv for " + id);
            }
        });
        return wanted;
    }

    /** The id of a towns-ar.tsv town, the same whether the knowledge base holds it or the Arabic guesser finds it. */
    public static String townId(String english, String country) {
        return "loc:" + TextNormaliser.key(english).replace(' ', '-') + "-" + country.toLowerCase(Locale.ROOT);
    }

    /** A city no gazetteer row holds, known by its English name only. */
    private static Builder newCity(String english, String country, List<Builder> cities,
            Map<String, Builder> cityByKey) {
        Builder city = new Builder();
        city.type = EntityType.LOC;
        city.preferred = english;
        city.id = "loc:" + slug(english);
        city.country = country;
        cities.add(city);
        cityByKey.put(country + "|" + TextNormaliser.key(english), city);
        return city;
    }

    private static Builder regionNamed(List<Builder> regions, String code, String name) {
        String key = TextNormaliser.key(name);
        for (Builder r : regions) {
            if (code.equals(r.country) && key.equals(TextNormaliser.key(r.preferred))) {
                return r;
            }
        }
        return null;
    }

    /**
     * Capitals lead the places, so that they pass the guards meant for small towns, and the rest follow by population.
     * A capital never goes before a larger major city that shares one of its names: it follows that city at once,
     * where a story that names its country still prefers it (Victoria in the Seychelles after Victoria in Canada).
     * A namesake town smaller than the major cities does not hold a capital back (St. George's, Grenada, before
     * Saint-Georges, Quebec).
     */
    private static List<Builder> capitalsFirst(List<Builder> byPopulation) {
        Map<String, Builder> largestByName = new HashMap<>(byPopulation.size() * 3);
        int position = 0;
        for (Builder b : byPopulation) {
            if (position++ >= MAJOR_CITIES) {
                break;
            }
            if (!b.capital) {
                b.allNames().forEach(n -> largestByName.putIfAbsent(TextNormaliser.key(n), b));
            }
        }
        List<Builder> out = new ArrayList<>(byPopulation.size());
        Map<Builder, List<Builder>> followers = new IdentityHashMap<>();
        for (Builder capital : byPopulation) {
            if (!capital.capital) {
                continue;
            }
            Builder namesake = null;
            for (String n : capital.allNames()) {
                Builder other = largestByName.get(TextNormaliser.key(n));
                if (other != null && other.population > capital.population
                        && (namesake == null || other.population > namesake.population)) {
                    namesake = other;
                }
            }
            if (namesake == null) {
                out.add(capital);
            } else {
                followers.computeIfAbsent(namesake, k -> new ArrayList<>()).add(capital);
            }
        }
        for (Builder b : byPopulation) {
            if (!b.capital) {
                out.add(b);
                out.addAll(followers.getOrDefault(b, List.of()));
            }
        }
        return out;
    }

    /**
     * GeoNames writes Arab cities in scientific transliteration ("Dayr az Zawr", "Banī Suwayf"); CLDR names the
     * provinces after them as English news does ("Deir ez-Zor", "Beni Suef"). A city so written that shares its Arabic
     * name with a province of its country takes the province's English name; its id stays.
     */
    private static void nameCitiesAfterTheirProvinces(List<Builder> cities, List<Builder> regions) {
        Map<String, String> provinceByArabic = new HashMap<>();
        for (Builder r : regions) {
            for (String ar : r.names.getOrDefault("ar", new LinkedHashSet<>())) {
                provinceByArabic.putIfAbsent(r.country + "|" + TextNormaliser.key(ar), r.preferred);
            }
        }
        for (Builder city : cities) {
            if (!city.transliterated) {
                continue;
            }
            for (String ar : city.names.getOrDefault("ar", new LinkedHashSet<>())) {
                String province = provinceByArabic.get(city.country + "|" + TextNormaliser.key(ar));
                if (province != null && !province.equals(city.preferred) && isPlainName(province)) {
                    String gazetteer = city.preferred;
                    city.preferred = province;
                    city.name("en", gazetteer);
                    break;
                }
            }
        }
    }

    /** "Dayr az Zawr", "Al Ḩasakah", "Dar‘ā", "ash-Shalif": marks of transliteration or a detached article. */
    private static boolean isScientific(String name) {
        return !plainLatin(name).equals(name) || name.indexOf('‘') >= 0 || name.indexOf('’') >= 0
                || SCIENTIFIC_ARTICLE.matcher(name).find();
    }

    /** One name, not a prefecture of two ("Fès-Dar-Dbibegh"): hyphens only after an article ("Deir ez-Zor"). */
    private static boolean isPlainName(String name) {
        return name.replaceAll("\\b(?:[Aa]l|[Ee]l|[Ee][sztdnr]|[Aa][sztdnr]|[Aa]sh)-", "").indexOf('-') < 0;
    }

    /** ICU's exemplar city names (those that name time zones) in ar, en and fr; mostly capitals and major cities. */
    private static void addExemplarCities(List<Builder> cities, Map<String, Builder> cityByKey) {
        Map<String, TimeZoneNames> names = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            names.put(lang, TimeZoneNames.getInstance(new ULocale(lang)));
        }
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String region = TimeZone.getRegion(zone);
            String english = names.get("en").getExemplarLocationName(zone);
            if (english == null || region == null || region.equals("001")) {
                continue;
            }
            Builder city = cityByKey.get(region + "|" + TextNormaliser.key(english));
            if (city == null) {
                city = newCity(english, region, cities, cityByKey);
                city.population = 100_000;
            }
            // Exemplar cities name time zones, so they are major places: rank them above towns of the same name.
            city.population = Math.max(city.population, 1_000_000);
            for (String lang : LANGUAGES) {
                city.name(lang, names.get(lang).getExemplarLocationName(zone));
            }
        }
    }

    static String withoutTransliterationMarks(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean changed = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\u0304' || c == '\u0323' || c == '\u032E' || c == '\u0331' || c == '\u02BF' || c == '\u02BE') {
                changed = true;
                continue;
            }
            sb.append(c);
        }
        return changed ? java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFC) : name;
    }

    /**
     * A name without the quotes GeoNames writes for ʿayn and hamza: "‘" anywhere, "’" at a word's start or end ("Bahla’";
     * "M’Sila" keeps its inner one).
     */
    static String withoutQuoteMarks(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean edge = i == 0 || i == name.length() - 1 || !Character.isLetter(name.charAt(i - 1))
                    || !Character.isLetter(name.charAt(i + 1));
            if (c == '‘' || c == '’' && edge) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Latin letters without diacritics and without the ʿayn and hamza marks. */
    static String plainLatin(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u02BF' || c == '\u02BE' || c == '\u02BC') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String slug(String name) {
        String key = TextNormaliser.key(name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? Integer.toHexString(name.hashCode()) : sb.toString();
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].strip() : "";
    }

    static void readTsv(String file, Consumer<String[]> row) {
        Lexicon.read("knowledge/" + file, row);
    }
}
