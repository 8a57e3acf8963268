package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture that gives articles shows, for its first article (and for a feed of several also its
 * last), the fields a reader checks, as written by hand from the file in {@code wire-fixture-fields.tsv}.
 *
 * <p>Table cells: {@code -} is "absent" (null), {@code \n} in a body start is a line break. Dates are
 * compared as instants (the table writes them in UTC); a date without zone would be read as UTC
 * ({@link LenientDates}), but every item date these rows name carries its zone. The body column is the
 * start of the clean text (markup gone, entities decoded, paragraphs joined by a blank line).
 */
class FixtureFieldTableTest {

    private static final String TABLE = "/wire-fixture-fields.tsv";
    private static final Map<String, List<Row>> ROWS = rows();
    private final WireDocumentReader reader = new WireDocumentReader(1_000_000);

    /** The fixtures whose expected outcome ({@link FixtureOutcomes}) is one article or more. */
    static Stream<String> fixturesWithArticles() {
        return FixtureOutcomes.expected().entrySet().stream()
                .filter(e -> itemCount(e.getValue()) > 0)
                .map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesWithArticles")
    void articlesShowTheFieldsWrittenFromTheFile(String fixture) {
        List<Row> rows = ROWS.get(fixture);
        assertThat(rows).as("no row for %s in %s", fixture, TABLE).isNotNull();
        List<NormalisedArticle> items = reader.read(WireFixtures.bytes(fixture), WireFixtures.contentType(fixture))
                .items();
        assertThat(rows).extracting(Row::article).as("rows of %s", fixture)
                .containsExactlyElementsOf(items.size() > 1 ? List.of("first", "last") : List.of("first"));

        SoftAssertions softly = new SoftAssertions();
        for (Row row : rows) {
            NormalisedArticle a = row.article().equals("first") ? items.get(0) : items.get(items.size() - 1);
            String what = fixture + " " + row.article() + " article ";
            softly.assertThat(a.id()).as(what + "id").isEqualTo(row.id());
            softly.assertThat(a.headline()).as(what + "headline").isEqualTo(row.headline());
            softly.assertThat(a.versionCreated()).as(what + "versionCreated").isEqualTo(instant(row.versionCreated()));
            softly.assertThat(a.firstCreated()).as(what + "firstCreated").isEqualTo(instant(row.firstCreated()));
            softly.assertThat(a.language()).as(what + "language").isEqualTo(row.language());
            if (row.bodyStart() == null) {
                softly.assertThat(a.body()).as(what + "body").isNull();
            } else {
                softly.assertThat(a.body()).as(what + "body").startsWith(row.bodyStart());
            }
            softly.assertThat(a.byline()).as(what + "byline").isEqualTo(row.byline());
            softly.assertThat(a.source()).as(what + "source").isEqualTo(row.source());
        }
        softly.assertAll();
    }

    @Test
    void everyRowNamesAFixtureThatGivesArticles() {
        List<String> stray = new ArrayList<>(ROWS.keySet());
        stray.removeAll(fixturesWithArticles().toList());
        assertThat(stray).isEmpty();
    }

    private static int itemCount(String outcome) {
        if (!outcome.startsWith("items ")) {
            return 0;
        }
        return Integer.parseInt(outcome.substring("items ".length()).split(",")[0].strip());
    }

    private static Instant instant(String utc) {
        return utc == null ? null : Instant.parse(utc);
    }

    /** One expected article: which one of its file, and the fields a reader checks. */
    record Row(String fixture, String article, String id, String headline, String versionCreated,
            String firstCreated, String language, String bodyStart, String byline, String source) {

        static Row parse(String line) {
            String[] c = line.split("\t", -1);
            if (c.length != 10) {
                throw new IllegalStateException(TABLE + ": expected 10 tab-separated cells in: " + line);
            }
            return new Row(c[0], c[1], cell(c[2]), cell(c[3]), cell(c[4]), cell(c[5]), cell(c[6]),
                    cell(c[7]), cell(c[8]), cell(c[9]));
        }

        private static String cell(String raw) {
            return raw.equals("-") ? null : raw.replace("\\n", "\n");
        }
    }

    private static Map<String, List<Row>> rows() {
        try (InputStream in = FixtureFieldTableTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the test class path");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            Map<String, List<Row>> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    Row row = Row.parse(line);
                    rows.computeIfAbsent(row.fixture(), k -> new ArrayList<>()).add(row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
