package io.newsflow.extraction.entity;

import static io.newsflow.extraction.entity.InstitutionFinder.arabicDemonym;
import static io.newsflow.extraction.entity.InstitutionFinder.at;
import static io.newsflow.extraction.entity.InstitutionFinder.isWord;
import static io.newsflow.extraction.entity.InstitutionFinder.reading;
import static io.newsflow.extraction.entity.InstitutionFinder.slug;
import static io.newsflow.extraction.entity.InstitutionFinder.span;
import static io.newsflow.extraction.entity.InstitutionFinder.startChar;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The branches of a country's forces and its highest courts, named in Arabic by a head and the country's adjective
 * ("البحرية اليونانية" Greek Navy) or alone as the story's country's ("حرس الحدود"), for {@link InstitutionFinder}.
 */
final class ArabicNationalServices {

    /** How far (tokens) a service's shortened body is looked for: more than a whole wire story. */
    private static final int GENITIVE_REACH = 3_000;
    /**
     * Branches of a country's forces, named in Arabic by a head and the country's adjective ("البحرية اليونانية",
     * "القوة الجوية العراقية", "خفر السواحل الليبي") and in English by the adjective and the branch.
     */
    private static final Map<String, String> ARABIC_SERVICES = Map.ofEntries(
            Map.entry("البحريه", "Navy"), Map.entry("القوات البحريه", "Navy"),
            Map.entry("القوه الجويه", "Air Force"), Map.entry("القوات الجويه", "Air Force"),
            Map.entry("سلاح الجو", "Air Force"), Map.entry("خفر السواحل", "Coast Guard"),
            Map.entry("حرس الحدود", "Border Guard"), Map.entry("الحرس الوطني", "National Guard"),
            Map.entry("الدرك الوطني", "National Gendarmerie"),
            Map.entry("الشرطه الاتحاديه", "Federal Police"),
            Map.entry("الدفاع المدني", "Civil Defence"),
            Map.entry("المحكمه الدستوريه", "Constitutional Court"),
            Map.entry("المحكمه العليا", "Supreme Court"), Map.entry("مجلس الشوري", "Shura Council"));
    /**
     * Services that only a country has, so that named alone ("حرس الحدود") they are the service of the country the
     * story is set in ("Border Guard (Saudi Arabia)"); an air force or navy named alone may be any country's.
     */
    static final Set<String> NATIONAL_SERVICES = Set.of("Border Guard", "Coast Guard", "National Guard",
            "National Gendarmerie", "Federal Police", "Civil Defence");
    /**
     * A country's highest courts and its Shura Council, named alone ("المحكمة الدستورية", "مجلس الشورى"), are the
     * country's the story is set in, like {@link #NATIONAL_SERVICES}, but not when a place follows them: "المحكمة
     * العليا في <city>" is a city's high court. Courts are then named "of" their country ("Supreme Court of Ghana").
     */
    static final Set<String> NATIONAL_BODIES = Set.of("Constitutional Court", "Supreme Court",
            "Shura Council");
    /** "في" (in), which puts a court named alone in a place ("المحكمة العليا في <city>"). */
    private static final Set<String> IN = WordSet.of("في");
    /** Honorifics between a service and its country ("القوات الجوية الأميرية القطرية", "البحرية الملكية المغربية"). */
    private static final Map<String, String> SERVICE_HONORIFICS = Map.of("الملكيه", "Royal",
            "السلطانيه", "Royal", "الاميريه", "Emiri");
    /** The first words of the services' Arabic names, which a service can start with. */
    static final Set<String> SERVICE_STARTS = WordSet.copyOf(ARABIC_SERVICES.keySet().stream()
            .map(k -> k.split(" ")[0]).toList());

    private final Lexicon lexicon;

    ArabicNationalServices(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "البحرية اليونانية" (Greek Navy), "القوات الجوية المصرية" (Egyptian Air Force): a branch and its country. */
    Span find(Document doc, int i) {
        List<Token> tokens = doc.tokens();
        String first = reading(tokens.get(i), SERVICE_STARTS);
        if (first == null) {
            return null;
        }
        String key = first;
        int j = i + 1;
        if (!ARABIC_SERVICES.containsKey(key) || at(tokens, j) && tokens.get(j).arabic
                && ARABIC_SERVICES.containsKey(key + " " + tokens.get(j).stems[0].withArticle())) {
            if (!at(tokens, j) || !tokens.get(j).arabic) {
                return null;
            }
            key = key + " " + tokens.get(j).stems[0].withArticle();
            j++;
        }
        String branch = ARABIC_SERVICES.get(key);
        if (branch == null) {
            return null;
        }
        String honorific = at(tokens, j) && tokens.get(j).arabic ? SERVICE_HONORIFICS.get(tokens.get(j).key) : null;
        int country = honorific == null ? j : j + 1;
        String cc = at(tokens, country) ? arabicDemonym(lexicon, tokens.get(country)) : null;
        String demonym = cc == null ? null : lexicon.englishDemonym.get(cc);
        if (demonym != null && NATIONAL_BODIES.contains(branch)) {
            // "مجلس الشورى العماني": a court or council with its adjective is named as before, by the base or the
            // namer.
            return null;
        }
        if (demonym == null) {
            boolean national = NATIONAL_SERVICES.contains(branch)
                    || NATIONAL_BODIES.contains(branch) && !isWord(tokens, j, IN);
            return honorific == null && national && !namedOn(tokens, j)
                    && !genitiveOfABody(tokens, i, j) ? nationalService(doc, i, j, branch) : null;
        }
        String name = honorific == null ? demonym + " " + branch
                : honorific.equals("Royal") ? "Royal " + demonym + " " + branch
                : demonym + " " + honorific + " " + branch;
        Span s = span(doc, i, country + 1, startChar(doc, i), EntityType.ORG, name);
        s.groupKey = "service:" + branch + ":" + cc;
        s.composedId = "prov:org:" + slug(branch) + "-" + cc.toLowerCase(Locale.ROOT);
        return s;
    }

    /**
     * Whether the story also writes the service at [{@code from}, {@code to}) with لـ as a body's genitive
     * ("المديرية العامة للدفاع المدني"): named alone, it is then that body shortened, not a service of its own. Looks
     * {@link #GENITIVE_REACH} tokens either way (a whole wire story), so that a huge text naming the service again and
     * again costs time in proportion to its length, not to its square.
     */
    private static boolean genitiveOfABody(List<Token> tokens, int from, int to) {
        String first = tokens.get(from).stems[tokens.get(from).stems.length - 1].core();
        int last = Math.min(tokens.size() - (to - from), from + GENITIVE_REACH);
        for (int k = Math.max(0, from - GENITIVE_REACH); k <= last; k++) {
            Token t = tokens.get(k);
            if (k != from && t.arabic && t.text.startsWith("لل") && t.stems[t.stems.length - 1].core().equals(first)
                    && sameWords(tokens, from + 1, k + 1, to - from - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWords(List<Token> tokens, int a, int b, int n) {
        for (int m = 0; m < n; m++) {
            if (!tokens.get(a + m).key.equals(tokens.get(b + m).key)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name at {@code j} goes on with a word the glossary knows ("حرس الحدود البحرية"). */
    private boolean namedOn(List<Token> tokens, int j) {
        return at(tokens, j) && tokens.get(j).arabic && tokens.get(j).isWord()
                && lexicon.glossary.containsKey(tokens.get(j).core());
    }

    /**
     * A service named without its country ("الدرك الوطني"): its country is the story's, which the recogniser finds
     * when all names are known ({@link InstitutionFinder#ofCountry}); until then it is named by the service alone.
     */
    private Span nationalService(Document doc, int from, int to, String branch) {
        Span s = span(doc, from, to, startChar(doc, from), EntityType.ORG, branch);
        s.portfolio = branch;
        s.groupKey = "service:" + branch.toLowerCase(Locale.ROOT);
        return s;
    }
}
