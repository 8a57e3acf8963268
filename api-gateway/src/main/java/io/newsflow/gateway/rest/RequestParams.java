package io.newsflow.gateway.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads query parameters taken as strings, so that a value that does not convert is a 400 naming the parameter
 * (JAX-RS answers 404 when a typed query parameter fails to convert).
 */
public final class RequestParams {

    public static final int MAX_VALUES = 50;
    public static final int MAX_VALUE_CHARS = 200;
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant AFTER_LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private RequestParams() {
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new InvalidParameterException(name, name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number between " + min + " and " + max);
        }
    }

    public static double decimal(String name, String value, double min, double max) {
        try {
            double d = Double.parseDouble(value.trim());
            if (Double.isNaN(d) || d < min || d > max) {
                throw new InvalidParameterException(name, name + " values must be between " + min + " and " + max);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must hold numbers");
        }
    }

    public static boolean bool(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidParameterException(name, name + " must be true or false");
        };
    }

    /**
     * An instant from ISO-8601: {@code 2025-06-02T09:00:00Z}, with an offset, or a date {@code 2025-06-02}
     * (start of that day UTC; for an upper bound, {@code endOfDay} makes it the start of the next day), in the years
     * 1000 to 9999: farther ones overflow epoch millis (a stream's position) or a trends window's arithmetic.
     */
    public static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Instant instant;
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                instant = (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                instant = OffsetDateTime.parse(v).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be an ISO-8601 date (2025-06-02) or date-time (2025-06-02T09:00:00Z), not '" + shorten(v) + "'");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST)) {
            throw new InvalidParameterException(name, name + " must fall in the years 1000 to 9999, not '" + shorten(v) + "'");
        }
        return instant;
    }

    /** A day, for fields mapped as strict_date. */
    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim().length() > 10 ? value.trim().substring(0, 10) : value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be an ISO-8601 date such as 2025-06-02, not '" + shorten(value) + "'");
        }
    }

    /** Repeated and comma-separated values, trimmed, de-duplicated, bounded. */
    public static List<String> values(String name, List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            for (String part : r.split(",")) {
                String v = part.trim();
                if (v.isEmpty()) {
                    continue;
                }
                if (v.length() > MAX_VALUE_CHARS) {
                    throw new InvalidParameterException(name, name + " values may hold at most " + MAX_VALUE_CHARS + " characters");
                }
                out.add(v);
            }
        }
        if (out.size() > MAX_VALUES) {
            throw new InvalidParameterException(name, name + " takes at most " + MAX_VALUES + " values");
        }
        return new ArrayList<>(out);
    }

    /** Entity types as the filters take them: person, org or loc, any case, each once. */
    public static List<String> entityTypes(List<String> raw) {
        return values("entityType", raw).stream()
                .map(t -> oneOf("entityType", t, null, List.of("person", "org", "loc")))
                .distinct()
                .toList();
    }

    /** One of a fixed set of words, case-insensitive. */
    public static String oneOf(String name, String value, String fallback, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidParameterException(name, name + " must be one of " + String.join(", ", allowed));
        }
        return v;
    }

    public static String text(String name, String value, int maxChars) {
        if (value != null && value.length() > maxChars) {
            throw new InvalidParameterException(name, name + " may hold at most " + maxChars + " characters");
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A duration such as {@code 90m}, {@code 24h} or {@code 7d}, between min and max. */
    public static java.time.Duration duration(String name, String value, java.time.Duration fallback,
                                              java.time.Duration min, java.time.Duration max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        java.time.Duration d;
        try {
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            d = switch (v.charAt(v.length() - 1)) {
                case 'm' -> java.time.Duration.ofMinutes(n);
                case 'h' -> java.time.Duration.ofHours(n);
                case 'd' -> java.time.Duration.ofDays(n);
                default -> null;
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            d = null;
        } catch (ArithmeticException e) {
            // Too many days or minutes for a Duration: longer than any max.
            d = java.time.Duration.ofSeconds(Long.MAX_VALUE);
        }
        if (d == null) {
            throw new InvalidParameterException(name, name + " must be a number and a unit: 90m, 24h or 7d");
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new InvalidParameterException(name, name + " must be between " + min.toMinutes() + " minutes and " + max.toDays() + " days");
        }
        return d;
    }

    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
