package io.newsflow.extraction.entity;

import io.newsflow.extraction.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Korean and Chinese names written in Arabic ("كيم جين هو", "ما يونغ شنغ"), spelled back in their usual romanisation
 * syllable by syllable: Revised/McCune spellings as Korean news gives them ("Kim Jin-ho"), pinyin for Chinese ("Ma
 * Yongsheng"). Arabic letters cannot tell "Ho" from "Hu", so each syllable has a Korean and a Chinese spelling.
 */
final class EastAsianNames {

    /** Arabic key to {Korean, Chinese} spelling. */
    private static final Map<String, String[]> SYLLABLES = new HashMap<>();
    /** Family names only Koreans bear, which settle the reading when the story names neither country. */
    private static final Set<String> KOREAN_FAMILIES = Set.of("كيم", "بارك", "تشوي", "كانغ", "يون", "مون", "كوون",
            "ريو", "سيو", "ليم", "نام", "بيك", "جونغ", "هونغ", "شين", "جانغ", "تشو", "اوه", "هان");

    static {
        String[][] rows = {
            {"كيم", "Kim", "Jin"}, {"لي", "Lee", "Li"}, {"بارك", "Park", "Bai"}, {"باك", "Pak", "Bai"},
            {"تشوي", "Choi", "Cui"}, {"تشو", "Cho", "Zhou"}, {"جو", "Jo", "Zhou"}, {"جونغ", "Jung", "Zhong"},
            {"تشونغ", "Chung", "Zhong"}, {"كانغ", "Kang", "Kang"}, {"يون", "Yoon", "Yun"}, {"هان", "Han", "Han"},
            {"شين", "Shin", "Shen"}, {"تشانغ", "Chang", "Zhang"}, {"جانغ", "Jang", "Zhang"}, {"وانغ", "Wang", "Wang"},
            {"ليو", "Ryu", "Liu"}, {"تشن", "Chen", "Chen"}, {"تشين", "Chin", "Chen"}, {"يانغ", "Yang", "Yang"},
            {"هوانغ", "Hwang", "Huang"}, {"تشاو", "Cho", "Zhao"}, {"سون", "Son", "Sun"}, {"ما", "Ma", "Ma"},
            {"هو", "ho", "Hu"}, {"لين", "Lin", "Lin"}, {"مون", "Moon", "Wen"}, {"اوه", "Oh", "Ou"},
            {"سونغ", "Sung", "Song"}, {"ليم", "Lim", "Lin"}, {"نام", "Nam", "Nan"}, {"بيك", "Baek", "Bai"},
            {"شي", "Shi", "Xi"}, {"قوه", "Kwak", "Guo"}, {"غو", "Koo", "Gu"}, {"دينغ", "Deng", "Ding"},
            {"فنغ", "Feng", "Feng"}, {"فانغ", "Fang", "Fang"}, {"وو", "Woo", "Wu"}, {"تشاي", "Chae", "Chai"},
            {"يي", "Yi", "Yi"}, {"هونغ", "Hong", "Hong"}, {"كوون", "Kwon", "Kun"}, {"ريو", "Ryu", "Liu"},
            {"سيو", "Seo", "Xu"}, {"شو", "Shu", "Xu"}, {"جين", "jin", "Jin"}, {"جاي", "jae", "Jie"},
            {"ميونغ", "myung", "Ming"}, {"مينغ", "ming", "Ming"}, {"ان", "in", "En"}, {"هوا", "hwa", "Hua"},
            {"كوان", "kwan", "Kuan"}, {"يونغ", "yong", "Yong"}, {"شنغ", "seng", "Sheng"}, {"شينغ", "sung", "Xing"},
            {"بينغ", "ping", "Ping"}, {"مين", "min", "Min"}, {"سوك", "seok", "Su"}, {"هي", "hee", "Xi"},
            {"سو", "soo", "Su"}, {"يول", "yeol", "Yue"}, {"تاي", "tae", "Tai"}, {"كيونغ", "kyung", "Jing"},
            {"جيونغ", "jeong", "Jing"}, {"سيونغ", "seong", "Xiong"}, {"هيون", "hyun", "Xuan"}, {"وون", "won", "Wen"},
            {"دوك", "duck", "De"}, {"كيوم", "kyum", "Qian"}, {"بو", "bo", "Bo"}, {"تشيان", "chan", "Qian"},
            {"تشيانغ", "chang", "Qiang"}, {"جون", "jun", "Jun"}, {"ين", "yin", "Yin"}, {"يو", "yu", "Yu"},
            {"داي", "dae", "Dai"}, {"سانغ", "sang", "Sang"}, {"موك", "mok", "Mu"}, {"هاي", "hae", "Hai"},
            {"وي", "wi", "Wei"}, {"جيان", "jian", "Jian"}, {"لونغ", "ryong", "Long"}, {"تشيول", "chul", "Zhe"},
            {"تشول", "chul", "Zhe"}, {"يانغ", "yang", "Yang"}, {"هونغ", "hong", "Hong"}, {"سيوك", "seok", "Xi"},
        };
        for (String[] r : rows) {
            SYLLABLES.putIfAbsent(r[0], new String[] {r[1], r[2]});
        }
    }

    private EastAsianNames() {
    }

    /**
     * The romanised name, or null when a syllable is not in the table. Korean when the story names Korea and not
     * China, Chinese the other way round, else by the family name.
     */
    static String romanise(List<Token> name, String text) {
        boolean korea = text.contains("كوري");
        boolean china = text.contains("صين");
        boolean korean = korea != china ? korea : KOREAN_FAMILIES.contains(name.get(0).key);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.size(); i++) {
            String[] s = SYLLABLES.get(name.get(i).key);
            if (s == null) {
                return null;
            }
            String word = korean ? s[0] : s[1];
            if (i == 0) {
                // Family names: the Korean column holds their own spelling, never lower case.
                word = capitalise(korean ? s[0] : s[1]);
                out.append(word).append(' ');
            } else if (i == 1) {
                out.append(capitalise(word));
            } else {
                out.append(korean ? "-" : "").append(word.toLowerCase(Locale.ROOT));
            }
        }
        return out.toString().trim();
    }

    /** Whether every word of {@code name} is a syllable of the table. */
    static boolean knows(List<Token> name) {
        for (Token t : name) {
            if (!SYLLABLES.containsKey(t.key)) {
                return false;
            }
        }
        return true;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
