package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ./newsflow entities ...} against a stand-in extract-service: what it sends, and its exit status. */
class EntitiesCommandTest {

    private static List<String> args(String... args) {
        return new ArrayList<>(List.of(args));
    }

    private static StackSettings settings(StubIngestService stub) {
        return StackSettings.fromEnvironment(Map.of("NEWSFLOW_EXTRACT_PORT", Integer.toString(stub.base().getPort())), 1);
    }

    @Test
    void addAndAliasSendTheCuratorsChange() throws Exception {
        try (StubIngestService stub = new StubIngestService(r -> new StubIngestService.Answer(200, "application/json", "{\"id\":\"cur:org:x\"}"))) {
            assertThat(EntitiesCommand.run(args("add", "--type", "org", "--name", "Harbour Board", "--country", "MT"), settings(stub))).isZero();
            assertThat(EntitiesCommand.run(args("alias", "cur:org:harbour board", "--lang", "ar", "--name", "مجلس الميناء"), settings(stub))).isZero();

            assertThat(stub.seen).hasSize(2);
            assertThat(stub.seen.get(0).path()).isEqualTo("/v1/entities");
            assertThat(stub.seen.get(0).body()).isEqualTo("{\"type\":\"ORG\",\"preferredName\":\"Harbour Board\","
                    + "\"names\":{\"en\":[\"Harbour Board\"]},\"country\":\"MT\"}");
            assertThat(stub.seen.get(1).path()).isEqualTo("/v1/entities/cur:org:harbour board/aliases");
            assertThat(new ObjectMapper().readValue(stub.seen.get(1).body(), Map.class))
                    .isEqualTo(Map.of("language", "ar", "name", "مجلس الميناء"));
        }
    }

    @Test
    void anUnknownEntityExitsOneAndMissingArgumentsAreUsageErrors() throws Exception {
        try (StubIngestService stub = new StubIngestService(r -> new StubIngestService.Answer(404, "application/problem+json", "{\"status\":404}"))) {
            assertThat(EntitiesCommand.run(args("get", "loc:atlantis"), settings(stub))).isEqualTo(1);

            assertThatThrownBy(() -> EntitiesCommand.run(args(), settings(stub))).isInstanceOf(Newsflow.UsageException.class);
            assertThatThrownBy(() -> EntitiesCommand.run(args("alias", "--lang", "fr"), settings(stub))).isInstanceOf(Newsflow.UsageException.class);
            assertThatThrownBy(() -> EntitiesCommand.run(args("merge", "org:a"), settings(stub)))
                    .isInstanceOf(Newsflow.UsageException.class).hasMessageContaining("--into");
            assertThatThrownBy(() -> EntitiesCommand.run(args("rename", "org:a"), settings(stub))).isInstanceOf(Newsflow.UsageException.class);
            assertThat(stub.seen).hasSize(1);
        }
    }
}
