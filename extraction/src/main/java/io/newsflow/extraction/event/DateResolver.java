package io.newsflow.extraction.event;

import io.newsflow.extraction.lexicon.Lexicon;
import io.newsflow.extraction.lexicon.PhraseTrie;
import io.newsflow.extraction.lexicon.WordSet;
import io.newsflow.extraction.text.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds date expressions and resolves them against the publication day (UTC): "25 نوفمبر", "12 آذار", "le 12 mars",
 * "Oct 21", "3 March 2024", weekdays ("on Tuesday", "الجمعة المقبل", "mardi prochain", "last Friday"), and relative
 * days ("yesterday", "أمس الأربعاء", "يوم غد", "demain"). A bare weekday is the nearest such day that fits the
 * tense of its sentence; a day and month without a year is the nearest such date, or the next one after "next"
 * words. Month names alone, weeks and vague expressions give nothing.
 */
public final class DateResolver {

    /**
     * A date expression: tokens [start, end) and the day it means. A bare weekday ("on Tuesday") is resolved with
     * the tense of its sentence; {@link #inTense} resolves it again with the tense of one verb of that sentence.
     */
    public record DateMention(int start, int end, int sentence, LocalDate date, boolean bareWeekday) {

        public DateMention(int start, int end, int sentence, LocalDate date) {
            this(start, end, sentence, date, false);
        }

        /** The day this expression means for a past or a future action reported on {@code published}. */
        public LocalDate inTense(LocalDate published, boolean future) {
            if (!bareWeekday || date.equals(published) || future == date.isAfter(published)) {
                return date;
            }
            return future ? date.plusDays(7) : date.minusDays(7);
        }
    }

    private final Lexicon lexicon;
    /** Words a date expression can start with (numbers aside). */
    private final Set<String> starts;

    public DateResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> all = new HashSet<>(lexicon.months.firstWords());
        all.addAll(lexicon.weekdays.firstWords());
        all.addAll(lexicon.relativeDays.firstWords());
        all.addAll(lexicon.nextWords);
        all.addAll(lexicon.lastWords);
        this.starts = WordSet.copyOf(all);
    }

    private boolean mayStart(Token t) {
        for (io.newsflow.extraction.text.ArabicStem s : t.stems) {
            if (starts.contains(s.withArticle())) {
                return true;
            }
        }
        return false;
    }

    public List<DateMention> find(List<Token> tokens, LocalDate published, boolean[] futureSentences) {
        List<DateMention> out = new ArrayList<>();
        if (published == null) {
            return out;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            DateMention m = null;
            if (t.kind == Token.Kind.NUMBER) {
                m = dayMonth(tokens, i, published, futureSentences);
            } else if (t.isWord() && mayStart(t)) {
                m = monthDay(tokens, i, published, futureSentences);
                if (m == null) {
                    m = relative(tokens, i, published);
                }
                if (m == null) {
                    m = weekday(tokens, i, published, futureSentences);
                }
            }
            if (m != null) {
                out.add(m);
                i = m.end() - 1;
            }
        }
        return out;
    }

    private DateMention dayMonth(List<Token> tokens, int i, LocalDate published, boolean[] future) {
        int day = number(tokens.get(i), 1, 31);
        if (day < 0 || i + 1 >= tokens.size()) {
            return null;
        }
        int p = i + 1;
        if (tokens.get(p).key.equals("er")) {
            p++;
        }
        PhraseTrie.Match<Integer> month = p < tokens.size() ? lexicon.months.match(tokens, p) : null;
        if (month == null) {
            return null;
        }
        return withYear(tokens, i, month.end(), day, month.value(), published, future);
    }

    private DateMention monthDay(List<Token> tokens, int i, LocalDate published, boolean[] future) {
        PhraseTrie.Match<Integer> month = lexicon.months.match(tokens, i);
        if (month == null || tokens.get(i).arabic) {
            return null;
        }
        int p = month.end();
        if (p < tokens.size() && tokens.get(p).text.equals(".")) {
            p++;
        }
        if (p >= tokens.size()) {
            return null;
        }
        int day = number(tokens.get(p), 1, 31);
        if (day < 0 || !tokens.get(i).capitalised) {
            return null;
        }
        return withYear(tokens, i, p + 1, day, month.value(), published, future);
    }

    private DateMention withYear(List<Token> tokens, int start, int end, int day, int month, LocalDate published,
            boolean[] future) {
        int p = end;
        if (p < tokens.size() && tokens.get(p).text.equals(",")) {
            p++;
        }
        int year = p < tokens.size() ? number(tokens.get(p), 1900, 2100) : -1;
        int sentence = tokens.get(start).sentence;
        if (year > 0) {
            LocalDate d = safeDate(year, month, day);
            return d == null ? null : new DateMention(start, p + 1, sentence, d);
        }
        int direction = 0;
        if (end < tokens.size()) {
            String next = tokens.get(end).key;
            if (lexicon.nextWords.contains(next)) {
                direction = 1;
                end++;
            } else if (lexicon.lastWords.contains(next)) {
                direction = -1;
                end++;
            } else if (next.equals("الجاري")) {
                end++;
            }
        }
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            if (d == null || direction > 0 && d.isBefore(published) || direction < 0 && d.isAfter(published)) {
                continue;
            }
            if (best == null || distance(d, published, future[sentence]) < distance(best, published, future[sentence])) {
                best = d;
            }
        }
        return best == null ? null : new DateMention(start, end, sentence, best);
    }

    /** Days from publication, with dates on the wrong side of the sentence's tense counted as farther. */
    private static long distance(LocalDate d, LocalDate published, boolean future) {
        long days = ChronoUnit.DAYS.between(published, d);
        if (future && days < 0 || !future && days > 0) {
            return Math.abs(days) * 2;
        }
        return Math.abs(days);
    }

    private DateMention relative(List<Token> tokens, int i, LocalDate published) {
        PhraseTrie.Match<Lexicon.RelativeDay> rel = lexicon.relativeDays.match(tokens, i);
        if (rel == null) {
            return null;
        }
        int end = rel.end();
        // "أمس الأربعاء", "today Tuesday": the weekday repeats the same day.
        if (end < tokens.size() && lexicon.weekdays.match(tokens, end) != null) {
            end = lexicon.weekdays.match(tokens, end).end();
        }
        return new DateMention(i, end, tokens.get(i).sentence, published.plusDays(rel.value().offset()));
    }

    private DateMention weekday(List<Token> tokens, int i, LocalDate published, boolean[] future) {
        PhraseTrie.Match<DayOfWeek> day = lexicon.weekdays.match(tokens, i);
        if (day == null) {
            return null;
        }
        int start = i;
        int end = day.end();
        int direction = 0;
        if (i > 0 && lexicon.nextWords.contains(tokens.get(i - 1).key)) {
            direction = 1;
            start = i - 1;
        } else if (i > 0 && lexicon.lastWords.contains(tokens.get(i - 1).key)) {
            direction = -1;
            start = i - 1;
        }
        for (int k = end; k < Math.min(tokens.size(), end + 2); k++) {
            String key = tokens.get(k).key;
            if (lexicon.nextWords.contains(key)) {
                direction = 1;
                end = k + 1;
                break;
            }
            if (lexicon.lastWords.contains(key)) {
                direction = -1;
                end = k + 1;
                break;
            }
            if (!isPartOfDay(key)) {
                break;
            }
        }
        int sentence = tokens.get(i).sentence;
        int delta = day.value().getValue() - published.getDayOfWeek().getValue();
        LocalDate date;
        if (direction > 0) {
            int forward = Math.floorMod(delta, 7);
            date = published.plusDays(forward == 0 ? 7 : forward);
        } else if (direction < 0) {
            int back = Math.floorMod(-delta, 7);
            date = published.minusDays(back == 0 ? 7 : back);
        } else if (future[sentence]) {
            date = published.plusDays(Math.floorMod(delta, 7));
        } else {
            date = published.minusDays(Math.floorMod(-delta, 7));
        }
        return new DateMention(start, end, sentence, date, direction == 0);
    }

    private static boolean isPartOfDay(String key) {
        return switch (key) {
            case "morning", "evening", "night", "afternoon", "soir", "matin", "apres-midi", "soiree", "مساء", "صباح",
                    "ليلا", "ظهر", "late", "early" -> true;
            default -> false;
        };
    }

    private static int number(Token t, int min, int max) {
        if (t.kind != Token.Kind.NUMBER || t.text.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < t.text.length(); k++) {
            int d = Character.digit(t.text.charAt(k), 10);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v >= min && v <= max ? v : -1;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
