package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A reported action: CAMEO root code ({@code type}, e.g. "04"), finer code where sure, the trigger word,
 * the participants' entity ids, the place and the day it happened, and the sentence it came from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleEvent(
        String type,
        String code,
        String trigger,
        List<String> actors,
        String place,
        String placeId,
        Double lat,
        Double lon,
        LocalDate date,
        String sentence) {

    public ArticleEvent {
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
