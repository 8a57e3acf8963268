package io.newsflow.ingest.wire;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of one item as a parser finds them, checked once at the end: every format goes through
 * the same required-field, date and clean-up rules before it becomes a {@link NormalisedArticle}.
 */
final class ArticleDraft {

    /** BCP 47's longest well-formed tag a registry can hold is 35 characters (RFC 5646, 4.4.1). */
    private static final int MAX_LANGUAGE_TAG = 35;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*");

    private final WireFormat format;
    String id;
    long version = 1;
    Instant firstCreated;
    Instant versionCreated;
    PubStatus pubStatus = PubStatus.USABLE;
    Instant embargoed;
    String language;
    String headline;
    String body;
    String byline;
    String source;
    Integer urgency;
    boolean correction;
    private final Set<String> subjects = new LinkedHashSet<>();
    private final Set<String> places = new LinkedHashSet<>();
    private final Set<String> people = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();

    ArticleDraft(WireFormat format) {
        this.format = format;
    }

    /** The date a field holds; null when absent; the item is rejected when present but unreadable. */
    static Instant date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant instant = LenientDates.parse(raw);
        if (instant == null) {
            throw new ItemRejectedException(WireFormatException.BAD_DATE,
                    field + " '" + abbreviate(raw.strip()) + "' is not a date this service can read");
        }
        return instant;
    }

    /**
     * The embargo a field holds; null when absent. An embargo without a time zone is refused with the item: read as
     * UTC it would lift hours early for a provider west of Greenwich, and held to the latest reading (UTC-12) it
     * would lift up to a day late everywhere else; the provider is told to send the zone instead.
     */
    static Instant embargo(String raw) {
        Instant instant = date("embargoed", raw);
        if (instant != null && LenientDates.parse(raw, null) == null) {
            throw new ItemRejectedException(WireFormatException.BAD_DATE, "embargoed '" + abbreviate(raw.strip())
                    + "' has no time zone; an embargo must say when it lifts (Z or an offset such as -05:00)");
        }
        return instant;
    }

    /** A version number from its text form; the item is rejected when it is not a whole number. */
    static long version(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            long v = Long.parseLong(raw.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ItemRejectedException(WireFormatException.BAD_VALUE,
                    field + " '" + abbreviate(raw.strip()) + "' is not a whole version number");
        }
    }

    static PubStatus pubStatus(String raw) {
        try {
            return PubStatus.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new ItemRejectedException(WireFormatException.BAD_VALUE,
                    "pubstatus '" + abbreviate(raw) + "' is none of usable, withheld, canceled");
        }
    }

    void subject(String value) {
        add(subjects, value);
    }

    void place(String value) {
        add(places, value);
    }

    void person(String value) {
        add(people, value);
    }

    void link(String value) {
        String clean = MarkupText.withoutControls(value);
        if (clean != null && !clean.isBlank()) {
            links.add(clean.strip());
        }
    }

    private static void add(Set<String> set, String value) {
        String clean = MarkupText.inlinePlain(value);
        if (clean != null) {
            set.add(clean);
        }
    }

    /**
     * The normalised article; rejects the item when it has no id, or no headline unless it is a kill (a
     * canceled or withheld item, an Atom tombstone), which only has to say which article goes.
     */
    NormalisedArticle build() {
        String cleanId = id == null ? null : id.strip();
        if (cleanId == null || cleanId.isEmpty()) {
            throw new ItemRejectedException(WireFormatException.MISSING_FIELD, "the item has no id ("
                    + idFields() + ")");
        }
        if (!cleanId.equals(MarkupText.withoutControls(cleanId))) {
            throw new ItemRejectedException(WireFormatException.BAD_VALUE, "the id '" + abbreviate(cleanId)
                    + "' holds a control character");
        }
        String cleanHeadline = MarkupText.inlinePlain(headline);
        if (cleanHeadline == null && !pubStatus.isKill()) {
            throw new ItemRejectedException(WireFormatException.MISSING_FIELD, "item '" + abbreviate(cleanId)
                    + "' has no headline (" + headlineFields() + ")");
        }
        return new NormalisedArticle(cleanId, version, firstCreated, versionCreated, pubStatus, embargoed,
                languageTag(language), cleanHeadline, withoutRepeatedHeadline(body, cleanHeadline),
                MarkupText.inlinePlain(byline), MarkupText.inlinePlain(source), null, format.code(),
                new ArrayList<>(subjects), new ArrayList<>(places), new ArrayList<>(people), urgency,
                new ArrayList<>(links), correction, null, null, null);
    }

    /**
     * Bodies often open with the headline again (NITF hedline, HTML h1, the first line of a plain-text
     * body such as TT's); the article keeps it once. The headline is one line, so a first line equal to it
     * is a repeated headline whether a paragraph break or a line break follows.
     */
    private static String withoutRepeatedHeadline(String body, String headline) {
        if (body == null || headline == null) {
            return body;
        }
        String b = body.strip();
        int end = b.indexOf('\n');
        String first = end < 0 ? b : b.substring(0, end);
        if (first.strip().equals(headline)) {
            b = end < 0 ? "" : b.substring(end + 1).strip();
        }
        return b.isEmpty() ? null : b;
    }

    private String idFields() {
        return switch (format) {
            case NINJS -> "uri";
            case NEWSML_G2 -> "guid attribute";
            case RSS -> "guid, link or rdf:about";
            case ATOM -> "atom:id";
            case SIMPLE_JSON -> "id";
        };
    }

    private String headlineFields() {
        return switch (format) {
            case NINJS -> "headline, headline_* or headlines";
            case NEWSML_G2 -> "contentMeta/headline";
            case RSS, ATOM -> "title";
            case SIMPLE_JSON -> "title or headline";
        };
    }

    /**
     * The declared language when it has the shape of a language tag (BCP 47's: "en", "pt-BR", "zh-Hant-TW", or
     * "en_US" as some feeds write it), else null: the article stays, with its language unknown, rather than carry
     * a value no column and no analyser can take.
     */
    static String languageTag(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String tag = declared.strip();
        return tag.length() <= MAX_LANGUAGE_TAG && LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
    }

    /** A raw value quoted in a reason: short, and without control characters (PostgreSQL refuses U+0000). */
    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String clean = MarkupText.withoutControls(s);
        return clean.length() <= 80 ? clean : clean.substring(0, 77) + "...";
    }

    static List<String> nonBlank(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
