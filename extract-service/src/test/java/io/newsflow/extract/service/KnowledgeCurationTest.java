package io.newsflow.extract.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.EntityType;
import jakarta.ws.rs.BadRequestException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Curation input that the database would refuse (a 500) or that would make an entry too large to publish is a 400
 * naming the problem, before anything is read or written: these tests give the service no database at all.
 */
class KnowledgeCurationTest {

    private final KnowledgeCuration curation = new KnowledgeCuration(null, null, null);

    private void add(String id, String preferredName, Map<String, List<String>> names) {
        curation.add(id, EntityType.ORG, preferredName, names, null, null, null);
    }

    @Test
    void aNameListedTwiceInOneLanguageIsRefusedNamingIt() {
        assertThatThrownBy(() -> add(null, "Yarrowby Fund", Map.of("en", List.of("Yarrowby", " Yarrowby"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("names.en lists 'Yarrowby' twice");
    }

    @Test
    void aNullListOrANullNameIsRefused() {
        assertThatThrownBy(() -> add(null, "Yarrowby Fund", Collections.singletonMap("en", null)))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("names.en must be a list of names, not null");
        assertThatThrownBy(() -> add(null, "Yarrowby Fund", Map.of("fr", Arrays.asList("Fonds Yarrowby", null))))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("a name in names.fr is missing or blank");
    }

    @Test
    void textsLongerThanTheirColumnsAreRefusedNamingTheField() {
        String long300 = "Yarrowby ".repeat(34).trim();

        assertThatThrownBy(() -> add(null, "Yarrowby Fund", Map.of("en", List.of(long300))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("a name in names.en is longer than 255 characters");
        assertThatThrownBy(() -> add(null, long300, Map.of()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("preferredName is longer than 255 characters");
        assertThatThrownBy(() -> add("org:" + "y".repeat(300), "Yarrowby Fund", Map.of()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("id is longer than 255 characters");
        assertThatThrownBy(() -> add(null, "Yarrowby Fund", Map.of("x".repeat(20), List.of("Yarrowby"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("language is longer than 16 characters");
        assertThatThrownBy(() -> curation.alias("org:yarrowby-fund", "en", long300))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("name is longer than 255 characters");
    }

    @Test
    void anIdElasticsearchWouldRefuseIsRefused() {
        assertThatThrownBy(() -> add("org:" + "稿".repeat(200), "Yarrowby Fund", Map.of()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("id is longer than 480 bytes in UTF-8");
    }

    @Test
    void moreNamesThanAnEntityTakesAreRefused() {
        List<String> aliases = IntStream.range(0, CurationInput.MAX_NAMES + 1).mapToObj(i -> "Yarrowby " + i).toList();

        assertThatThrownBy(() -> add(null, "Yarrowby Fund", Map.of("en", aliases)))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("an entity takes at most 500 names; this one would have 501");
    }
}
