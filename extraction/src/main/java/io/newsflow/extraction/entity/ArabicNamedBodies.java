package io.newsflow.extraction.entity;

import static io.newsflow.extraction.entity.InstitutionFinder.DESCRIBING_WORDS;
import static io.newsflow.extraction.entity.InstitutionFinder.LOCAL_PLACE_WORDS;
import static io.newsflow.extraction.entity.InstitutionFinder.MAX_ORG_WORDS;
import static io.newsflow.extraction.entity.InstitutionFinder.adjectiveCore;
import static io.newsflow.extraction.entity.InstitutionFinder.at;
import static io.newsflow.extraction.entity.InstitutionFinder.coreKey;
import static io.newsflow.extraction.entity.InstitutionFinder.hasDigit;
import static io.newsflow.extraction.entity.InstitutionFinder.isStop;
import static io.newsflow.extraction.entity.InstitutionFinder.nisba;
import static io.newsflow.extraction.entity.InstitutionFinder.reading;
import static io.newsflow.extraction.entity.InstitutionFinder.span;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic bodies named by a name of their own after their head, for {@link InstitutionFinder}: a hospital and the kind
 * of hospital it is ("مستشفى حمد العام" Hamad General Hospital), a militant group ("جماعة أنصار بيت المقدس").
 */
final class ArabicNamedBodies {

    /** The bare head of a hospital named by its own name ("مستشفى", also with a clitic). */
    private static final Set<String> HOSPITAL = WordSet.of("مستشفي");
    /**
     * What kind of hospital a hospital named by its own name is, after that name, and its English: "مستشفى حمد العام"
     * Hamad General Hospital, "مستشفى الصدر التعليمي" Al Sadr Teaching Hospital. Without one, "مستشفى X" stays a building.
     */
    private static final Map<String, String> HOSPITAL_KINDS = Map.of("العام", "General", "التعليمي", "Teaching",
            "التخصصي", "Specialized", "الجامعي", "University", "المركزي", "Central", "الوطني", "National",
            "الحكومي", "Government", "العسكري", "Military", "الميداني", "Field");
    /** Words militant groups' names open with after "جماعة": supporters, victory, soldiers, guardians. */
    private static final Set<String> GROUP_NAME_OPENERS = WordSet.of("انصار", "نصره", "جند", "حراس");

    private final Lexicon lexicon;
    /** The recogniser's romaniser, which spells the bodies' own names. */
    private final ArabicNameRomaniser romaniser;

    ArabicNamedBodies(Lexicon lexicon, ArabicNameRomaniser romaniser) {
        this.lexicon = lexicon;
        this.romaniser = romaniser;
    }

    /**
     * "مستشفى حمد العام", "بمستشفى الكفيل التخصصي": a hospital named by one to three words of its own and then the kind
     * of hospital it is ({@link #HOSPITAL_KINDS}) is a body, "<name> <kind> Hospital"; a place the name is (a linked
     * place) keeps its English name. Not when a name word only describes ("مستشفى المدينة العام" the city's hospital),
     * so "مستشفى المدينة" or "مستشفى جديد" stay buildings. Null otherwise.
     */
    Span hospital(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        ArabicStem head = null;
        for (ArabicStem s : t.stems) {
            if (HOSPITAL.contains(s.withArticle())) {
                head = s;
            }
        }
        if (head == null) {
            return null;
        }
        for (int kind = i + 2; kind <= i + 4 && at(tokens, kind); kind++) {
            Token name = tokens.get(kind - 1);
            if (name.sentence != t.sentence || !name.arabic || !name.isWord() || hasDigit(name) || isStop(lexicon, name)
                    || HOSPITAL_KINDS.containsKey(name.key) || reading(name, DESCRIBING_WORDS) != null
                    || reading(name, LOCAL_PLACE_WORDS) != null || tokens.get(kind).sentence != t.sentence) {
                return null;
            }
            String english = HOSPITAL_KINDS.get(tokens.get(kind).key);
            if (english != null) {
                Span place = claims.at(i + 1);
                String own = place != null && place.start == i + 1 && place.end == kind && place.linked()
                        && place.type == EntityType.LOC ? place.name : romaniser.romanise(tokens.subList(i + 1, kind));
                // "التعليمي والإحالي": a second kind joined by و stays in the mention.
                int to = kind + 1;
                if (at(tokens, to) && tokens.get(to).sentence == t.sentence && tokens.get(to).text.startsWith("وال")
                        && nisba(tokens.get(to).key.substring(3))) {
                    to++;
                }
                Span s = span(doc, i, to, t.start + head.prefixChars(), EntityType.ORG,
                        own + " " + english + " Hospital");
                s.groupKey = "org:" + coreKey(tokens, i, kind + 1);
                return s;
            }
        }
        return null;
    }

    /**
     * "جماعة أنصار بيت المقدس", "جماعة نصرة الإسلام والمسلمين", "جماعة جند الخلافة": a group (جماعة) whose name opens
     * on a word militant groups are named with (supporters, victory, soldiers, guardians) is one body: the
     * opener, its chain of bare nouns up to the first noun with the article, and a second such noun joined by و when no
     * adjective follows it. Null otherwise; "جماعة" alone is a community.
     */
    Span militantGroup(Document doc, Claims claims, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        ArabicStem headStem = null;
        for (ArabicStem s : t.stems) {
            if (s.withArticle().equals("جماعه")) {
                headStem = s;
            }
        }
        if (headStem == null || !at(tokens, i + 1) || !GROUP_NAME_OPENERS.contains(tokens.get(i + 1).key)) {
            return null;
        }
        int sentence = t.sentence;
        int end = i + 2;
        while (at(tokens, end) && end - i < MAX_ORG_WORDS && tokens.get(end).sentence == sentence
                && tokens.get(end).arabic && tokens.get(end).isWord() && claims.at(end) == null
                && !tokens.get(end - 1).stems[0].article() && !isStop(lexicon, tokens.get(end))) {
            end++;
        }
        if (end == i + 2 || !tokens.get(end - 1).stems[0].article()) {
            return null;
        }
        if (at(tokens, end) && tokens.get(end).sentence == sentence && tokens.get(end).text.startsWith("وال")
                && claims.at(end) == null && !(at(tokens, end + 1) && tokens.get(end + 1).text.startsWith("ال")
                && adjectiveCore(lexicon, tokens.get(end + 1).core()))) {
            end++;
        }
        String name = romaniser.romanise(tokens.subList(i + 1, end));
        Span s = span(doc, i, end, t.start + headStem.prefixChars(), EntityType.ORG, name);
        s.groupKey = "org:" + coreKey(tokens, i + 1, end);
        return s;
    }
}
