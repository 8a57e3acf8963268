package io.newsflow.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.gateway.rest.InvalidParameterException;
import io.newsflow.gateway.rest.RequestParams;
import io.newsflow.gateway.stream.StreamPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestParamsTest {

    @Test
    void numbersOutOfRangeOrNotNumbersNameTheParameter() {
        assertThat(RequestParams.integer("limit", null, 20, 1, 100)).isEqualTo(20);
        assertThatThrownBy(() -> RequestParams.integer("limit", "abc", 20, 1, 100))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> RequestParams.integer("limit", "1000000", 20, 1, 100))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("between 1 and 100");
    }

    @Test
    void datesAndDateTimesAreRead() {
        assertThat(RequestParams.instant("from", "2025-06-02", false)).isEqualTo(Instant.parse("2025-06-02T00:00:00Z"));
        assertThat(RequestParams.instant("to", "2025-06-02", true)).isEqualTo(Instant.parse("2025-06-03T00:00:00Z"));
        assertThat(RequestParams.instant("from", "2025-06-02T09:00:00+02:00", false)).isEqualTo(Instant.parse("2025-06-02T07:00:00Z"));
        assertThatThrownBy(() -> RequestParams.instant("from", "2025-13-45", false)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> RequestParams.instant("from", "yesterday", false)).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void instantsOutsideFourDigitYearsNameTheParameter() {
        assertThat(RequestParams.instant("since", "1000-01-01T00:00:00Z", false)).isEqualTo(Instant.parse("1000-01-01T00:00:00Z"));
        assertThat(RequestParams.instant("to", "9999-12-30", true)).isEqualTo(Instant.parse("9999-12-31T00:00:00Z"));
        for (String far : List.of("-999999999-01-01T00:00:00Z", "+999999999-01-01T00:00:00Z", "0999-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z", "0001-01-01")) {
            assertThatThrownBy(() -> RequestParams.instant("since", far, false))
                    .isInstanceOf(InvalidParameterException.class).hasMessageContaining("since").hasMessageContaining("year");
        }
        // Far instants would overflow epoch millis (the stream's position) or a window's arithmetic (trends).
        assertThat(StreamPosition.at(RequestParams.instant("since", "9999-12-31T23:59:59Z", false)).indexedAtMillis()).isPositive();
    }

    @Test
    void entityTypesInAnyCaseAreOneEach() {
        assertThat(RequestParams.entityTypes(List.of("person,Person,pErson", "PERSON", "loc", "Loc"))).containsExactly("person", "loc");
    }

    @Test
    void valuesSplitOnCommasAndDeduplicate() {
        assertThat(RequestParams.values("language", List.of("en,fr", " en ", ""))).containsExactly("en", "fr");
    }

    @Test
    void durationsHaveUnits() {
        assertThat(RequestParams.duration("window", "24h", null, Duration.ofMinutes(10), Duration.ofDays(90))).isEqualTo(Duration.ofHours(24));
        assertThatThrownBy(() -> RequestParams.duration("window", "24", null, Duration.ofMinutes(10), Duration.ofDays(90)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> RequestParams.duration("window", "1m", null, Duration.ofMinutes(10), Duration.ofDays(90)))
                .isInstanceOf(InvalidParameterException.class);
        for (String huge : List.of("200000000000000d", "999999999999999999m", "9223372036854775807h")) {
            assertThatThrownBy(() -> RequestParams.duration("window", huge, null, Duration.ofMinutes(10), Duration.ofDays(90)))
                    .isInstanceOf(InvalidParameterException.class).hasMessageContaining("window");
        }
    }

    @Test
    void streamPositionRoundTripsThroughTheEventId() {
        StreamPosition p = new StreamPosition(1700000000000L, "it-1~x");
        assertThat(StreamPosition.parse(p.eventId())).isEqualTo(p);
        assertThatThrownBy(() -> StreamPosition.parse("bogus")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> StreamPosition.parse("-5~a")).isInstanceOf(InvalidParameterException.class);
    }
}
