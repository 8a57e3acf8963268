package io.newsflow.ingest.wire;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates wire feeds really send: ISO 8601 / W3C-DTF (with or without zone, seconds or
 * fraction), RFC 822 / RFC 1123 with odd zones, two-digit years, a time without colon, month names in
 * English, French, German, Spanish, Portuguese and Italian, and the C {@code asctime} form.
 *
 * <p>A value without a zone is read as UTC, except where the caller asks for a zone (an embargo). A value missing a part that cannot be guessed (a year, a
 * month) is not a date: {@link #parse} answers null and the caller rejects the item, because a wrong
 * date would put an old story on top of the news.
 */
final class LenientDates {

    /** A trailing parenthesised comment, "(GMT)" or "(Eastern Standard Time)". */
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:[Tt ]+(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

    private static final Pattern RFC822 = Pattern.compile(
            "(?:\\p{L}+\\.?,?\\s*)?"
                    + "(\\d{1,2})[\\s-]+(\\p{L}+)\\.?[\\s-]+(\\d{2,4})"
                    + "(?:\\s+(\\d{1,2}):?(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                    + "\\s*(.*)");

    private static final Pattern ASCTIME = Pattern.compile(
            "\\p{L}+,?\\s+(\\p{L}+)\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+(?:(\\S+)\\s+)?(\\d{4})");

    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})?");

    /**
     * Longer than any date a wire writes ("Wednesday, 02 October 2002 13:00:00 (Eastern Standard Time)" is 60), so
     * that the patterns below, some of which backtrack, only ever see a short text.
     */
    private static final int MAX_LENGTH = 200;

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, Integer> ZONES = zones();

    private LenientDates() {
    }

    /** The instant the text names, or null when it is blank or no reading of it is safe. */
    static Instant parse(String raw) {
        return parse(raw, ZoneOffset.UTC);
    }

    /**
     * As {@link #parse(String)}, with a value that names no zone read at {@code noZone}, or refused (null) when
     * {@code noZone} is null: for a time that must not come early, such as an embargo.
     */
    static Instant parse(String raw, ZoneOffset noZone) {
        if (raw == null) {
            return null;
        }
        String text = raw.replace('\u00a0', ' ').strip();
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        text = TRAILING_COMMENT.matcher(text).replaceAll("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return fromIso(iso, noZone);
            }
            Matcher rfc = RFC822.matcher(text);
            if (rfc.matches()) {
                return fromRfc822(rfc, noZone);
            }
            Matcher asc = ASCTIME.matcher(text);
            if (asc.matches()) {
                return fromAsctime(asc, noZone);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Instant fromIso(Matcher m, ZoneOffset noZone) {
        int nanos = 0;
        if (m.group(7) != null) {
            String fraction = (m.group(7) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(fraction);
        }
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                intOr(m.group(4), 0), intOr(m.group(5), 0), intOr(m.group(6), 0), nanos);
        ZoneOffset offset = offset(m.group(8), noZone);
        if (offset == null) {
            return null;
        }
        return local.toInstant(offset);
    }

    private static Instant fromRfc822(Matcher m, ZoneOffset noZone) {
        Integer month = month(m.group(2));
        if (month == null) {
            return null;
        }
        int year = year(m.group(3));
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                intOr(m.group(4), 0), intOr(m.group(5), 0), intOr(m.group(6), 0));
        ZoneOffset offset = offset(m.group(7), noZone);
        if (offset == null) {
            return null;
        }
        return local.toInstant(offset);
    }

    private static Instant fromAsctime(Matcher m, ZoneOffset noZone) {
        Integer month = month(m.group(1));
        if (month == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), intOr(m.group(5), 0));
        ZoneOffset offset = offset(m.group(6), noZone);
        if (offset == null) {
            return null;
        }
        return local.toInstant(offset);
    }

    private static int year(String digits) {
        int value = Integer.parseInt(digits);
        if (digits.length() == 2) {
            // RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999.
            return value < 50 ? 2000 + value : 1900 + value;
        }
        if (digits.length() == 3) {
            return 1900 + value;
        }
        return value;
    }

    /** The offset a zone text names, {@code noZone} when there is none; null when the text is not a zone at all. */
    private static ZoneOffset offset(String zone, ZoneOffset noZone) {
        if (zone == null || zone.isBlank()) {
            return noZone;
        }
        String z = zone.strip();
        Matcher numeric = NUMERIC_OFFSET.matcher(z);
        if (numeric.matches()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = intOr(numeric.group(3), 0);
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        Integer hours = ZONES.get(z.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }

    private static Integer month(String name) {
        String key = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return MONTHS.get(key);
    }

    private static int intOr(String digits, int fallback) {
        return digits == null ? fallback : Integer.parseInt(digits);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"jan", "january", "janv", "janvier", "januar", "ene", "enero", "janeiro", "gen", "gennaio"},
            {"feb", "february", "fev", "fevr", "fevrier", "februar", "febrero", "fevereiro", "febbraio"},
            {"mar", "march", "mars", "marz", "maerz", "marzo", "marco"},
            {"apr", "april", "avr", "avril", "abr", "abril", "aprile"},
            {"may", "mai", "mayo", "maio", "mag", "maggio"},
            {"jun", "june", "juin", "juni", "junio", "junho", "giu", "giugno"},
            {"jul", "july", "juil", "juillet", "juli", "julio", "julho", "lug", "luglio"},
            {"aug", "august", "aout", "ago", "agosto"},
            {"sep", "sept", "september", "septembre", "septiembre", "set", "setiembre", "setembro", "settembre"},
            {"oct", "october", "octobre", "okt", "oktober", "octubre", "out", "outubro", "ott", "ottobre"},
            {"nov", "november", "novembre", "noviembre", "novembro"},
            {"dec", "december", "decembre", "dez", "dezember", "dic", "diciembre", "dezembro", "dicembre"},
        };
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                map.put(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, Integer> zones() {
        Map<String, Integer> map = new HashMap<>();
        map.put("GMT", 0);
        map.put("UT", 0);
        map.put("UTC", 0);
        map.put("Z", 0);
        map.put("EST", -5);
        map.put("EDT", -4);
        map.put("CST", -6);
        map.put("CDT", -5);
        map.put("MST", -7);
        map.put("MDT", -6);
        map.put("PST", -8);
        map.put("PDT", -7);
        map.put("CET", 1);
        map.put("CEST", 2);
        map.put("BST", 1);
        // RFC 822 military zones; RFC 1123 notes their signs were often sent inverted, but they are rare
        // enough that the documented meaning is used.
        String military = "ABCDEFGHIKLM";
        for (int i = 0; i < military.length(); i++) {
            map.put(String.valueOf(military.charAt(i)), i + 1);
        }
        String west = "NOPQRSTUVWXY";
        for (int i = 0; i < west.length(); i++) {
            map.put(String.valueOf(west.charAt(i)), -(i + 1));
        }
        return Map.copyOf(map);
    }
}
