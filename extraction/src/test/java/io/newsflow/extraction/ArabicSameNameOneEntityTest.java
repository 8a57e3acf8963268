package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place found once with its division word and then named bare is one entity, though the bare mention is read
 * apart: the two readings take the same name and merge.
 */
class ArabicSameNameOneEntityTest {

    @Test
    void aDistrictNamedWithItsWordThenBareIsOnePlace() {
        String text = "وزعت المنظمة سلالا غذائية على 500 أسرة في مديرية شرزان. وقال مسؤول محلي إن شرزان تعاني من نقص"
                + " المياه.";
        List<ArticleEntity> places = SharedExtractor.ofType(text, "ar", EntityType.LOC);
        assertThat(places).hasSize(1);
        assertThat(places.get(0).mentions()).extracting(m -> m.text()).containsExactly("مديرية شرزان", "شرزان");
    }
}
