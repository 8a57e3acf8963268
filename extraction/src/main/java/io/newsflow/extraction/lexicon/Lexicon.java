package io.newsflow.extraction.lexicon;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.TextNormaliser;
import io.newsflow.extraction.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The general language data the extractor reads: office titles, organisation and place words, ministry portfolios,
 * an Arabic and a French institutional glossary, event triggers, function words, nationality adjectives, and calendar words
 * (month and weekday names from ICU, including the Levantine and Maghrebi Arabic month names). Loaded once.
 */
public final class Lexicon {

    /** A trigger word: CAMEO root code ("02" for appeals, "-" for modifiers) and flags. */
    public record Trigger(String code, Set<String> flags) {
        public boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    /** A French word or phrase of an institution's description: its English rendering and its kind (glossary-fr.tsv). */
    public record Gloss(String english, String kind) {
    }

    /** Relative day words: offset in days from publication. */
    public record RelativeDay(int offset) {
    }

    private static final String BASE = "/io/newsflow/extraction/";

    private static final String GOVERNORATE = "محافظه";
    private static final String WILAYA = "ولايه";
    private static final String IQLIM = "اقليم";
    private static final String MINTAQA = "منطقه";
    /** Arabic words for a country's divisions, normalised; they open a division's name ("محافظة المثنى"). */
    public static final Set<String> ARABIC_DIVISION_WORDS = WordSet.of(GOVERNORATE, WILAYA, IQLIM, MINTAQA);

    public final PhraseTrie<String> titles = new PhraseTrie<>();
    public final Set<String> orgWordsLatin = new HashSet<>();
    /** Arabic words heading an organisation name, with their English gloss. */
    public final PhraseTrie<String> orgHeadsArabic = new PhraseTrie<>();
    /** Arabic heads that are common nouns when nothing qualifies them ("مجلس الإدارة", the board of directors). */
    public final PhraseTrie<Boolean> commonOrgHeadsArabic = new PhraseTrie<>();
    public final Map<String, String> glossary = new HashMap<>();
    public final PhraseTrie<Gloss> glossaryFrench = new PhraseTrie<>();
    public final Set<String> placeHeadsLatin = new HashSet<>();
    public final PhraseTrie<String> placeCuesBefore = new PhraseTrie<>();
    public final PhraseTrie<String> placeCuesAfter = new PhraseTrie<>();
    public final PhraseTrie<String> arabicPlaceCues = new PhraseTrie<>();
    /** Ministry portfolios: phrase to canonical English portfolio. */
    public final PhraseTrie<String> portfoliosLatin = new PhraseTrie<>();
    public final PhraseTrie<String> portfoliosArabic = new PhraseTrie<>();
    /** Nouns that follow an office title and belong to the office ("رئيس بعثة", "مسؤول ملف"), normalised keys. */
    public final Set<String> titleNouns = new HashSet<>();
    public final PhraseTrie<Trigger> triggers = new PhraseTrie<>();
    public final Map<String, Set<String>> stopwords = new HashMap<>();
    /** Arabic words too common to name a place on their own (normalised, with and without the article). */
    public final Set<String> commonArabic = new HashSet<>();
    /** One-word city names that are also everyday English words ("male", "nice", "reading"), folded keys. */
    public final Set<String> everydayPlaceWords = new HashSet<>();
    /**
     * One-word names of the world's towns (GeoNames, 1,000 people or more) that are no English word, stopword or
     * personal name, folded keys (towns.txt): the English/French town guesser's evidence.
     */
    public final PackedWordSet towns;
    /** Lower-case English words that are no listed personal name, folded keys (everyday-words-en.txt). */
    public final PackedWordSet everydayWords;
    /** Nationality adjectives (Latin keys, Arabic cores) to ISO country code. */
    public final Map<String, String> demonyms = new HashMap<>();
    /** English demonym per country code, for naming ("Sudanese Armed Forces"). */
    public final Map<String, String> englishDemonym = new HashMap<>();
    /** Usual English names of armed forces that are not "<nationality> Armed Forces", by country code. */
    public final Map<String, String> armyNames = new HashMap<>();
    public final PhraseTrie<Integer> months = new PhraseTrie<>();
    public final PhraseTrie<DayOfWeek> weekdays = new PhraseTrie<>();
    public final PhraseTrie<RelativeDay> relativeDays = new PhraseTrie<>();
    public final Set<String> nextWords = WordSet.of("next", "prochain", "prochaine", "المقبل", "المقبله", "القادم",
            "القادمه", "coming");
    public final Set<String> lastWords = WordSet.of("last", "dernier", "derniere", "الماضي", "الماضيه", "past",
            "previous");
    public final Set<String> futureCues = WordSet.of("will", "would", "'ll", "shall", "scheduled", "expected", "plans", "planned",
            "upcoming", "next", "tomorrow", "prochain", "prochaine", "doit", "devrait", "devraient", "demain",
            "المقبل", "المقبله", "القادم", "القادمه", "غدا", "غد", "سيعقد", "ستعقد", "سيزور", "ستزور", "سيلتقي",
            "ستستضيف", "سيستضيف", "سيتم", "يعتزم", "تعتزم", "المنتظر", "المتوقع", "المرتقب", "المرتقبه", "مرتقبه",
            "مرتقب", "سيشارك", "ستشارك", "سيصل", "ستصل", "سيبحث", "ستبحث");

    private Lexicon() {
        List<String> townKeys = new ArrayList<>(80_000);
        read("lexicon/towns.txt", c -> townKeys.add(c[0].strip()));
        towns = PackedWordSet.of(townKeys);
        List<String> wordKeys = new ArrayList<>(64_000);
        read("lexicon/everyday-words-en.txt", c -> wordKeys.add(c[0].strip()));
        everydayWords = PackedWordSet.of(wordKeys);
    }

    /**
     * The English word for the division an Arab country's place is named as ("محافظة المثنى" Al Muthanna Governorate,
     * "ولاية قفصة" Gafsa Governorate, "ولاية أدرار" Adrar Province, "منطقة القصيم" Al-Qassim Region, "إقليم تارودانت"
     * Taroudant Province); null when the word is no division word or English names no such division there. Each
     * country's word has its own English: ولاية is a state in Sudan, a province in Algeria, a governorate in Tunisia
     * and a region in Mauritania; Oman's wilayat are left as they are.
     */
    public static String divisionInEnglish(String word, String country) {
        return switch (word) {
            case GOVERNORATE -> "Governorate";
            case WILAYA -> switch (country) {
                case "SD", "SS" -> "State";
                case "DZ" -> "Province";
                case "TN" -> "Governorate";
                case "MR" -> "Region";
                default -> null;
            };
            case MINTAQA -> country.equals("SA") ? "Region" : null;
            case IQLIM -> country.equals("MA") ? "Province" : null;
            default -> null;
        };
    }

    /** The bundled lexicon. */
    public static Lexicon bundled() {
        Lexicon lex = new Lexicon();
        lex.load();
        return lex;
    }

    private void load() {
        read("lexicon/titles.tsv", c -> titles.put(c[1], c[0]));
        read("lexicon/armies.tsv", c -> armyNames.put(c[0], c[1]));
        read("lexicon/title-nouns-ar.txt", c -> {
            for (String w : c[0].split("\\s+")) {
                if (!w.isBlank()) {
                    titleNouns.add(TextNormaliser.key(w));
                }
            }
        });
        read("lexicon/org-words.tsv", c -> {
            if (c[0].equals("ar")) {
                orgHeadsArabic.put(c[1], c[2]);
                if (c.length > 3 && c[3].equals("common")) {
                    commonOrgHeadsArabic.put(c[1], true);
                }
            } else {
                orgWordsLatin.add(TextNormaliser.key(c[1]));
            }
        });
        read("lexicon/glossary-ar.tsv", c -> glossary.put(TextNormaliser.phraseKey(c[0]), c[1]));
        read("lexicon/glossary-fr.tsv", c -> glossaryFrench.put(c[0], new Gloss(c[1], c[2])));
        read("lexicon/place-words.tsv", c -> {
            if (c[0].equals("ar")) {
                arabicPlaceCues.put(c[2], c[2]);
            } else if (c[1].equals("head")) {
                placeHeadsLatin.add(TextNormaliser.key(c[2]));
            } else {
                placeCuesBefore.put(c[2], c[2]);
                if (c[1].equals("cue")) {
                    placeCuesAfter.put(c[2], c[2]);
                }
            }
        });
        read("lexicon/portfolios.tsv", c -> {
            for (String form : c[1].split("\\|")) {
                portfoliosLatin.put(form, c[0]);
            }
            for (String form : c[2].split("\\|")) {
                portfoliosLatin.put(form, c[0]);
            }
            for (String form : c[3].split("\\|")) {
                portfoliosArabic.put(form, c[0]);
            }
        });
        read("lexicon/triggers.tsv", c -> {
            Trigger trigger = new Trigger(c[2], c.length > 3 && !c[3].isBlank() ? Set.of(c[3].split(",")) : Set.of());
            triggers.put(c[1], trigger);
            String key = TextNormaliser.key(c[1]);
            if (c[0].equals("ar") && !key.startsWith("ال") && !key.contains(" ")) {
                // Nouns take the article: "غارات" / "الغارات".
                triggers.put("ال" + key, trigger);
            }
        });
        for (String lang : List.of("en", "fr", "ar")) {
            Set<String> words = new HashSet<>();
            read("lexicon/stopwords-" + lang + ".txt", c -> {
                for (String col : c) {
                    for (String w : col.split("\\s+")) {
                        if (!w.isBlank()) {
                            words.add(TextNormaliser.key(w));
                        }
                    }
                }
            });
            stopwords.put(lang, WordSet.copyOf(words));
        }
        loadDemonyms();
        loadCalendar();
        read("lexicon/everyday-place-words-en.txt", c -> everydayPlaceWords.add(TextNormaliser.key(c[0].strip())));
        read("lexicon/common-ar.txt", c -> {
            for (String col : c) {
                for (String w : col.split("\\s+")) {
                    addCommon(w);
                }
            }
        });
        stopwords.get("ar").forEach(this::addCommon);
        glossary.keySet().forEach(this::addCommon);
        demonyms.keySet().forEach(this::addCommon);
        read("lexicon/titles.tsv", c -> addCommon(c[1]));
        read("lexicon/org-words.tsv", c -> addCommon(c[1]));
        read("lexicon/place-words.tsv", c -> addCommon(c[2]));
        read("lexicon/portfolios.tsv", c -> {
            for (String form : c[3].split("\\|")) {
                addCommon(form);
            }
        });
        read("lexicon/triggers.tsv", c -> addCommon(c[1]));
    }

    private void addCommon(String word) {
        if (word.isBlank() || word.contains(" ")) {
            return;
        }
        String key = TextNormaliser.key(word);
        commonArabic.add(key);
        commonArabic.add(key.startsWith("ال") && key.length() > 4 ? key.substring(2) : "ال" + key);
        if (key.startsWith("ال") && key.length() > 4) {
            commonArabic.add(key.substring(2));
        }
    }

    private void loadDemonyms() {
        read("knowledge/countries.tsv", c -> {
            String cc = c[0];
            if (c.length > 5) {
                boolean first = true;
                for (String d : c[5].split("\\|")) {
                    if (!d.isBlank()) {
                        demonyms.put(TextNormaliser.key(d), cc);
                        if (first) {
                            englishDemonym.put(cc, d);
                            first = false;
                        }
                    }
                }
            }
            if (c.length > 6) {
                for (String d : c[6].split("\\|")) {
                    if (!d.isBlank()) {
                        demonyms.put(TextNormaliser.key(d), cc);
                    }
                }
            }
            if (c.length > 7) {
                for (String d : c[7].split("\\|")) {
                    addArabicNisba(d.contains(" ") ? "" : TextNormaliser.key(d), cc, true);
                }
            }
        });
        LocaleDisplayNames arabic = LocaleDisplayNames.getInstance(new ULocale("ar"));
        for (String cc : ULocale.getISOCountries()) {
            String name = arabic.regionDisplayName(cc);
            if (name == null || name.equals(cc) || name.contains(" ")) {
                continue;
            }
            addArabicNisba(TextNormaliser.key(name), cc, false);
        }
    }

    /** Adds the nisba adjective of an Arabic country name (or the given adjective) in its usual inflections. */
    private void addArabicNisba(String word, String cc, boolean isAdjective) {
        if (word.isEmpty()) {
            return;
        }
        // A country name may carry the article ("العراق"); an adjective is listed without it, so "ألباني" keeps
        // the alef and lam of its stem.
        String w = !isAdjective && word.startsWith("ال") ? word.substring(2) : word;
        String base;
        if (isAdjective) {
            base = w.endsWith("ي") ? w.substring(0, w.length() - 1) : w;
        } else if (w.endsWith("ي") || w.length() < 3) {
            return;
        } else if (w.endsWith("يا")) {
            base = w.substring(0, w.length() - 2);
        } else if (w.endsWith("يه")) {
            base = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ا") || w.endsWith("ه")) {
            base = w.substring(0, w.length() - 1);
        } else {
            base = w;
        }
        for (String suffix : List.of("ي", "يه", "يون", "يين", "يات")) {
            demonyms.putIfAbsent(base + suffix, cc);
        }
    }

    private void loadCalendar() {
        String[] locales = {"en", "fr", "ar", "ar_SY", "ar_IQ", "ar_LB", "ar_MA", "ar_DZ", "ar_TN"};
        for (String loc : locales) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(loc));
            for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = symbols.getMonths(ctx, width);
                    for (int m = 0; m < 12 && m < names.length; m++) {
                        String n = names[m].replace(".", "").strip();
                        if (n.length() >= 3) {
                            months.put(n, m + 1);
                        }
                    }
                }
                String[] days = symbols.getWeekdays(ctx, DateFormatSymbols.WIDE);
                for (int d = 1; d < days.length; d++) {
                    if (days[d] != null && !days[d].isBlank()) {
                        weekdays.put(days[d], icuDay(d));
                        String key = TextNormaliser.key(days[d]);
                        if (key.startsWith("ال")) {
                            weekdays.put(key.substring(2), icuDay(d));
                        }
                    }
                }
            }
        }
        months.put("Sept", 9);
        months.put("كانون ثاني", 1);
        months.put("تشرين اول", 10);
        months.put("تشرين ثاني", 11);
        months.put("كانون اول", 12);
        for (String d : List.of("today", "aujourd'hui", "اليوم", "tonight", "ce soir", "الليله")) {
            relativeDays.put(d, new RelativeDay(0));
        }
        for (String d : List.of("yesterday", "hier", "أمس", "البارحه")) {
            relativeDays.put(d, new RelativeDay(-1));
        }
        for (String d : List.of("tomorrow", "demain", "غدا", "غد")) {
            relativeDays.put(d, new RelativeDay(1));
        }
        for (String d : List.of("avant-hier", "أول أمس", "اول امس")) {
            relativeDays.put(d, new RelativeDay(-2));
        }
    }

    private static DayOfWeek icuDay(int icu) {
        // ICU: 1 = Sunday ... 7 = Saturday.
        return DayOfWeek.of(icu == 1 ? 7 : icu - 1);
    }

    /**
     * "محافظها مرتضى ...", "ورئيسها": a title with the pronoun "ها" (its governor, her president), which introduces a
     * name as the bare title does. Only the feminine pronoun: "ه" is also the normalised ta marbuta ("محافظة").
     */
    public boolean titleWithPronoun(Token t) {
        for (ArabicStem stem : t.stems) {
            String core = stem.core();
            if (!stem.article() && core.length() > 4 && core.endsWith("ها")
                    && titles.single(core.substring(0, core.length() - 2)) != null) {
                return true;
            }
        }
        return false;
    }

    public boolean isStopword(String language, String key) {
        Set<String> set = stopwords.get(language);
        return set != null && set.contains(key);
    }

    /** Each row (tab-separated) of a resource under io/newsflow/extraction/, skipping blank and # lines. */
    public static void read(String file, Consumer<String[]> row) {
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
