package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A plain-text body keeps its own lines and paragraphs; only what ends a line or repeats blank lines goes. */
class PlainTextLayoutTest {

    @Test
    void spacesTabsAndNoBreakSpacesEndingALineAreRemoved() {
        assertThat(MarkupText.fromPlainText("Floods recede  \nRoads reopen\t\u00a0\n\nMore tomorrow"))
                .isEqualTo("Floods recede\nRoads reopen\n\nMore tomorrow");
    }

    @Test
    void spacesInsideALineAndAtItsStartStay() {
        assertThat(MarkupText.fromPlainText("Floods  recede\n  Roads reopen \u00a0 today"))
                .isEqualTo("Floods  recede\n  Roads reopen \u00a0 today");
    }

    @Test
    void linesOfSpacesOnlyBecomeEmptyAndRunsOfBlankLinesShrinkToOne() {
        assertThat(MarkupText.fromPlainText("First\r\n \t \r\n\n\nSecond \n")).isEqualTo("First\n\nSecond");
    }

    @Test
    void textWithoutTrailingSpaceIsReturnedAsItIs() {
        String text = "One line\nAnother line";

        assertThat(MarkupText.withoutTrailingSpace(text)).isSameAs(text);
    }
}
