package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in the forms feeds really use are read; a date missing a part that cannot be guessed is not. */
class LenientDatesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "Wed, 29 May 2019 10:16:00 GMT | 2019-05-29T10:16:00Z",
        "Tue, 15 Nov 2022 20:15:04 Z | 2022-11-15T20:15:04Z",
        "Thu, 13 Aug 2020 06:57:55 -0300 | 2020-08-13T09:57:55Z",
        "Tue, 02 Mar 2021 23:39:15 +0100 | 2021-03-02T22:39:15Z",
        "Sat, 21 Mar 2020 06:29:51 -0400 | 2020-03-21T10:29:51Z",
        "03 Apr 02 1500 GMT | 2002-04-03T15:00:00Z",
        "1 Jan 99 00:00 EST | 1999-01-01T05:00:00Z",
        "Seg, 24 Set 2018 19:38:00 -0300 | 2018-09-24T22:38:00Z",
        "mardi 13 mai 2025 08:00 | 2025-05-13T08:00:00Z",
        "2006-01-11 16:43:22 -0800 | 2006-01-12T00:43:22Z",
        "2009-12-08T16:59:02.563-08:00 | 2009-12-09T00:59:02.563Z",
        "2002-10-13T09:00+01:00 | 2002-10-13T08:00:00Z",
        "2019-10-08T12:00:00 | 2019-10-08T12:00:00Z",
        "2019-09-24 | 2019-09-24T00:00:00Z",
        "'  Mon, 01 Jan 2001 00:00:00 GMT   ' | 2001-01-01T00:00:00Z",
        "2018-10-12T06:42:04Z  | 2018-10-12T06:42:04Z",
        "Wed May 29 10:16:00 UTC 2019 | 2019-05-29T10:16:00Z",
        "Fri, 25 Dec 2009 03:30:22 +0000 (UTC) | 2009-12-25T03:30:22Z",
    })
    void oddButRealDateIsRead(String text, String expected) {
        assertThat(LenientDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sat, 07 Mar 08:03:50 +0000", "Τρι, 29 Ιούν 2004 12:53:00 GMT", "Last Tuesday",
        "2019-13-45T00:00:00Z", "31 Feb 2020 10:00 GMT", "Mon, 01 Jan 2001 00:00:00 Mars/Olympus"})
    void dateThatCannotBeReadSafelyIsNull(String text) {
        assertThat(LenientDates.parse(text)).isNull();
    }
}
