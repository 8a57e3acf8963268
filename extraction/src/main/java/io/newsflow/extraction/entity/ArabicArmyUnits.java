package io.newsflow.extraction.entity;

import static io.newsflow.extraction.entity.InstitutionFinder.at;
import static io.newsflow.extraction.entity.InstitutionFinder.span;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Arabic army units named by their number ("اللواء 17 مشاة", the 17th Infantry Brigade), for {@link InstitutionFinder}. */
final class ArabicArmyUnits {

    /** Army units named by their number ("اللواء 17 مشاة", "الفرقة العاشرة مشاة") and their English. */
    static final Map<String, String> UNIT_HEADS = Map.of("لواء", "Brigade", "اللواء", "Brigade", "فرقه",
            "Division", "الفرقه", "Division", "كتيبه", "Battalion", "الكتيبه", "Battalion");
    /** The arm of a numbered unit after its number ("مشاة" Infantry). */
    private static final Map<String, String> UNIT_ARMS = Map.of("مشاه", "Infantry", "مدرع", "Armoured", "مدرعه",
            "Armoured", "ميكانيكي", "Mechanised", "ميكانيكيه", "Mechanised", "مغاوير", "Commando", "مدفعيه",
            "Artillery", "صاعقه", "Special Forces");
    /** Ordinal adjectives, masculine and feminine, one to twelve, as numbers ("الفرقة العاشرة" the 10th Division). */
    private static final Map<String, Integer> UNIT_ORDINALS = Map.ofEntries(Map.entry("الاول", 1),
            Map.entry("الاولي", 1), Map.entry("الثاني", 2), Map.entry("الثانيه", 2), Map.entry("الثالث", 3),
            Map.entry("الثالثه", 3), Map.entry("الرابع", 4), Map.entry("الرابعه", 4), Map.entry("الخامس", 5),
            Map.entry("الخامسه", 5), Map.entry("السادس", 6), Map.entry("السادسه", 6), Map.entry("السابع", 7),
            Map.entry("السابعه", 7), Map.entry("الثامن", 8), Map.entry("الثامنه", 8), Map.entry("التاسع", 9),
            Map.entry("التاسعه", 9), Map.entry("العاشر", 10), Map.entry("العاشره", 10),
            Map.entry("الحادي عشر", 11), Map.entry("الثاني عشر", 12));

    private ArabicArmyUnits() {
    }

    /**
     * "اللواء 17 مشاة", "الفرقة العاشرة مشاة", "الكتيبة 55": an army unit named by its number, in digits or as an
     * ordinal adjective, then its arm ({@link #UNIT_ARMS}), is a body "17th Infantry Brigade". A number in digits
     * alone names a unit too; an ordinal needs the arm ("الفرقة الأولى" may be a team). "لواء الرمثا" (a district named
     * by its town) and "اللواء" before a name (the rank) have no number and stay as they are. Null otherwise.
     */
    static Span numbered(Document doc, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        ArabicStem head = null;
        String unit = null;
        for (ArabicStem s : t.stems) {
            if (UNIT_HEADS.containsKey(s.withArticle())) {
                head = s;
                unit = UNIT_HEADS.get(s.withArticle());
            }
        }
        if (head == null || !at(tokens, i + 1) || tokens.get(i + 1).sentence != t.sentence) {
            return null;
        }
        Token n = tokens.get(i + 1);
        Integer number = null;
        int end = i + 2;
        if (n.text.matches("[0-9\u0660-\u0669]{1,3}")) {
            number = digits(n.text);
        } else if (at(tokens, i + 2) && UNIT_ORDINALS.containsKey(n.key + " " + tokens.get(i + 2).key)) {
            number = UNIT_ORDINALS.get(n.key + " " + tokens.get(i + 2).key);
            end = i + 3;
        } else {
            number = UNIT_ORDINALS.get(n.key);
        }
        if (number == null) {
            return null;
        }
        String arm = at(tokens, end) && tokens.get(end).sentence == t.sentence ? UNIT_ARMS.get(tokens.get(end).key)
                : null;
        if (arm == null && !Character.isDigit(n.text.charAt(0))) {
            return null;
        }
        int to = arm == null ? end : end + 1;
        String name = ordinal(number) + (arm == null ? "" : " " + arm) + " " + unit;
        Span s = span(doc, i, to, t.start + head.prefixChars(), EntityType.ORG, name);
        s.groupKey = "org:" + name.toLowerCase(Locale.ROOT);
        return s;
    }

    /** The value of up to three digits, Western or Arabic-Indic ("17", "١٧"). */
    private static int digits(String text) {
        int value = 0;
        for (int k = 0; k < text.length(); k++) {
            value = value * 10 + Character.digit(text.charAt(k), 10);
        }
        return value;
    }

    /** 1st, 2nd, 3rd, 11th, 22nd, ... */
    private static String ordinal(int n) {
        int last = n % 10;
        String suffix = n % 100 / 10 == 1 || last == 0 || last > 3 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : "rd";
        return n + suffix;
    }
}
