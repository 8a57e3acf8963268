package io.newsflow.search.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityKeyTest {

    @Test
    void keyComesBackWholeEvenWithANameThatLooksLikeAKey() {
        EntityKey key = new EntityKey("PERSON", "prov:person:x", "Ahmed \u001f Ali");

        assertThat(EntityKey.decode(key.encoded())).contains(key);
        assertThat(EntityKey.decode("no key")).isEmpty();
        assertThat(EntityKey.decode(new EntityKey("LOC", "loc:x", null).encoded())).contains(new EntityKey("LOC", "loc:x", null));
    }

    @Test
    void typePatternKeepsTheAskedTypesAndRefusesAnythingElse() {
        String pattern = EntityKey.ofTypes(List.of("PERSON", "LOC"));

        assertThat(new EntityKey("LOC", "loc:rome", "Rome").encoded()).matches(pattern);
        assertThat(new EntityKey("ORG", "org:un", "United Nations").encoded()).doesNotMatch(pattern);
        assertThat(new EntityKey("ORG", "org:un", "UN").encoded()).doesNotMatch(EntityKey.ofTypes(List.of(".*")));
    }
}
