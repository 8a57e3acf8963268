package io.newsflow.extraction.entity;

import static io.newsflow.extraction.entity.InstitutionFinder.COMPANY_HEADS;

import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Composes the English name of a body {@link InstitutionFinder} read in Arabic, from its words already glossed and put
 * in English order: where its adjectives, field and places stand, where its country goes ("Egyptian Customs
 * Authority", "Central Bank of Sri Lanka"), and the wording English wire copy uses.
 */
final class EnglishBodyNames {

    /** Words that make English say "the" before a country's name. */
    private static final Set<String> ARTICLE_COUNTRY_WORDS = Set.of("Republic", "Democratic", "United", "Kingdom",
            "Islands", "States", "Emirates", "Federation");
    private static final Set<String> PLURAL_COUNTRIES = Set.of("Netherlands", "Philippines", "Bahamas", "Gambia",
            "Comoros", "Maldives");
    /**
     * Countries whose companies are named in English with the country's name rather than its adjective ("Kuwait Oil
     * Company", "Qatar Petroleum", "Oman Oil Company", "Jordan Phosphate Mines Company", "Bahrain Petroleum Company").
     */
    static final Set<String> COUNTRY_NOUN_COMPANIES = Set.of("KW", "QA", "OM", "JO", "BH");
    /** The English gloss of القابضة, a company's legal form rather than what it does. */
    private static final String HOLDING = "Holding";
    /** A word said twice with "and" between ("Education and Education"), which English says once. */
    private static final Pattern SAME_GLOSS_TWICE = Pattern.compile("\\b(\\p{Lu}[\\p{L}-]*) and \\1\\b");

    private final KnowledgeBase kb;
    private final Lexicon lexicon;

    EnglishBodyNames(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
    }

    /** The English name of the country {@code cc}, or null. */
    String countryName(String cc) {
        return cc == null ? null : kb.country(cc).map(CanonicalEntity::preferredName).orElse(null);
    }

    /**
     * A place's English name as it stands before a body's head: a place Arabic writes with the article drops English's
     * "Al" there ("قيادة شرطة الأنبار" Anbar Police Command, "اتحاد فلاحي الجزيرة" Jazira Farmers Union), as a
     * body's own name does not.
     */
    static String attributive(String place, Token t) {
        boolean article = false;
        for (ArabicStem stem : t.stems) {
            article |= stem.article();
        }
        if (!article || place.length() < 5) {
            return place;
        }
        boolean al = place.startsWith("Al ") || place.startsWith("Al-") || place.startsWith("El ")
                || place.startsWith("El-");
        return al && Character.isUpperCase(place.charAt(3)) ? place.substring(3) : place;
    }

    /**
     * "المجلس الأعلى للقضاء" is the Supreme Judicial Council, "الهيئة العليا للإغاثة" the High Relief Commission: after a
     * supreme or high body, one noun of what it deals with (not a verbal noun of what it is for) stands before the head.
     * {@code before} ends with the head and both lists are in English order.
     */
    static boolean supremeBody(List<String> before, List<String> after, boolean purpose) {
        return !purpose && after.size() == 1 && !after.get(0).contains(" ")
                && (before.contains("Supreme") || before.contains("High"));
    }

    /**
     * A body named by common words and its country's adjective, named as English names it: the adjective first
     * ("مصلحة الجمارك المصرية" Egyptian Customs Authority, "الصندوق الأردني الهاشمي" Jordanian Hashemite Fund), a bank of
     * the countries whose companies take the country's name with that name ("بنك التنمية العماني" Oman Development Bank).
     * {@code before} is in English order, without the adjective.
     */
    String nationalName(String cc, String head, List<String> before) {
        String owner = COUNTRY_NOUN_COMPANIES.contains(cc) && (COMPANY_HEADS.contains(head) || "Bank".equals(head))
                ? countryName(cc) : lexicon.englishDemonym.get(cc);
        return (owner == null ? countryName(cc) : owner) + " " + String.join(" ", before);
    }

    /**
     * A لجنة that runs elections or fights corruption is a Commission in English wire copy ("Electoral Commission",
     * "Anti-Corruption Commission"), not a committee.
     */
    static String commissionWording(String name, String head) {
        // "التربية والتعليم": two Arabic words for one field, which English names once (Education Directorate, not
        // "Education and Education Directorate").
        name = SAME_GLOSS_TWICE.matcher(name).replaceAll("$1");
        if ("Committee".equals(head) && name.endsWith(" Committee")
                && (name.contains("Electoral ") || name.contains("Election ") || name.contains("Anti-"))) {
            return name.substring(0, name.length() - "Committee".length()) + "Commission";
        }
        if ("Department".equals(head) && name.endsWith("Meteorology Department")) {
            // Before its head the field is an adjective: the Meteorological Department ("Centre for Meteorology" keeps
            // the noun).
            return name.substring(0, name.length() - "Meteorology Department".length()) + "Meteorological Department";
        }
        return name;
    }

    /**
     * Joins each glossary word that precedes its object in English (its gloss ends in "-": مكافحة is "Anti-") to the
     * object, which the reversal into English order put just before it: [Corruption, Anti-, Authority] becomes
     * [Anti-Corruption, Authority]. A prefix with no object before it loses its hyphen.
     */
    static void attachPrefixes(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() > 1 && w.endsWith("-")) {
                if (i > 0) {
                    words.set(i - 1, w + words.get(i - 1));
                    words.remove(i--);
                } else {
                    words.set(i, w.substring(0, w.length() - 1));
                }
            }
        }
    }

    /**
     * The English a wire writes for a country's body whose Arabic name carries the country's adjective, where English
     * does not put that adjective before the head: a central bank is "of" its country ("البنك المركزي السريلانكي"
     * Central Bank of Sri Lanka, as Kuwait's and Libya's are); defence forces take the country's name ("قوات الدفاع
     * الكينية" Kenya Defence Forces); a body for the management of something puts that before its head, its country
     * after it ("الهيئة الوطنية الباكستانية لإدارة الكوارث" National Disaster Management Authority (Pakistan)). Null
     * when none of these applies. {@code before} ends with the head, both lists in English order.
     */
    String wireName(String cc, String head, List<String> before, List<String> after, boolean purpose) {
        String country = countryName(cc);
        if (country == null) {
            return null;
        }
        String adjective = lexicon.englishDemonym.getOrDefault(cc, cc);
        List<String> words = new ArrayList<>();
        for (String w : before) {
            if (!w.equals(adjective) && !w.equals(country)) {
                words.add(w);
            }
        }
        List<String> rest = new ArrayList<>();
        for (String w : after) {
            if (!w.equals(adjective) && !w.equals(country)) {
                rest.add(w);
            }
        }
        if ("Bank".equals(head) && rest.isEmpty() && words.equals(List.of("Central", "Bank"))) {
            return "Central Bank of " + withArticle(country);
        }
        if (("Commission".equals(head) || "Committee".equals(head)) && rest.isEmpty()
                && words.equals(List.of("Election", head))) {
            // "مفوضية الانتخابات الباكستانية", "لجنة الانتخابات النيبالية": the commission named by the noun "elections"
            // is its country's Election Commission, and English names it "of" the country (Election Commission of
            // Pakistan); the adjective form "اللجنة الانتخابية" stays the Electoral Commission.
            return "Election Commission of " + withArticle(country);
        }
        if ("Department".equals(head) && rest.isEmpty() && words.size() >= 2
                && "Department".equals(words.get(words.size() - 1)) && !words.contains("Affairs")) {
            // "إدارة الأرصاد الجوية الباكستانية", "دائرة الري السريلانكية": wire copy names a country's department with
            // the country's name (Pakistan Meteorological Department, Sri Lanka Irrigation Department); in "دائرة
            // الشؤون الفلسطينية" the adjective is the people whose affairs it handles.
            return country + " " + String.join(" ", words);
        }
        if ("Forces".equals(head) && (words.equals(List.of("Forces")) && rest.equals(List.of("Defence"))
                || words.equals(List.of("Defence", "Forces")) && rest.isEmpty())) {
            return country + " Defence Forces";
        }
        if (purpose && !rest.isEmpty() && rest.size() <= 3 && String.join(" ", rest).endsWith(" Management")
                && !words.isEmpty()) {
            List<String> named = new ArrayList<>(words.subList(0, words.size() - 1));
            named.addAll(rest);
            named.add(words.get(words.size() - 1));
            return String.join(" ", named) + " (" + country + ")";
        }
        return null;
    }

    /**
     * "الاتحاد الجهوي للشغل بصفاقس" is the Sfax Regional Labour Union, "الاتحاد الدولي للاتصالات" the International
     * Telecommunication Union: a union's one-noun field and its place stand before it, as a company's do.
     */
    static boolean unionOf(String head, List<String> after, List<String> places, boolean purpose) {
        return "Union".equals(head) && !purpose && after.size() - places.size() == 1;
    }

    /** Whether a body's words after its head are only its nationality, or that and "Occupation". */
    static boolean describesForces(List<String> before, String adjective) {
        return before.stream().skip(1).allMatch(w -> w.equals(adjective) || w.equals("Occupation"));
    }

    /**
     * A company is named in English by its place, its adjectives and its trade before the head: "الشركة الجهوية للنقل
     * بصفاقس" is the Sfax Regional Transport Company, "الشركة الكويتية للمقاصة" the Kuwait Clearing Company.
     * {@code before} ends with the head and {@code after} is in English order; both are reversed already.
     */
    static String companyName(List<String> before, List<String> after, List<String> places) {
        List<String> words = new ArrayList<>(places);
        List<String> adjectives = before.subList(0, before.size() - 1);
        // "الشركة القابضة للمياه" is the Water Holding Company: the company's legal form stays next to the head.
        adjectives.stream().filter(w -> !w.equals(HOLDING)).forEach(words::add);
        after.stream().filter(w -> !places.contains(w)).forEach(words::add);
        adjectives.stream().filter(HOLDING::equals).forEach(words::add);
        words.add(before.get(before.size() - 1));
        return String.join(" ", words);
    }

    /**
     * "the Central African Republic", "the Philippines": English puts the article before a country named by a common
     * noun or in the plural, also after "of".
     */
    static String withArticle(String country) {
        String[] words = country.split(" ");
        String last = words[words.length - 1];
        return ARTICLE_COUNTRY_WORDS.contains(words[0]) || ARTICLE_COUNTRY_WORDS.contains(last)
                || PLURAL_COUNTRIES.contains(country) ? "the " + country : country;
    }
}
