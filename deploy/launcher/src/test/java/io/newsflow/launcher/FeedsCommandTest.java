package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedsCommandTest {

    private static final String FEED = """
            {"id":7,"url":"http://example.com/rss","intervalSeconds":120,"source":"Example","language":"fr",\
            "enabled":true,"status":"pending","itemsSeen":0,"consecutiveFailures":0}""";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static List<String> args(String... args) {
        return new ArrayList<>(List.of(args));
    }

    @Test
    void addSendsTheFeedAndPrintsWhatWasRegistered() throws Exception {
        try (StubIngestService stub = new StubIngestService(r -> new StubIngestService.Answer(201, "application/json", FEED))) {
            int status = new FeedsCommand(stub.base(), new PrintStream(out, true))
                    .execute(args("add", "http://example.com/rss", "--interval", "120", "--source", "Example", "--language", "fr"));

            assertThat(status).isZero();
            assertThat(stub.seen).singleElement().satisfies(seen -> {
                assertThat(seen.method()).isEqualTo("POST");
                assertThat(seen.path()).isEqualTo("/v1/feeds");
                assertThat(seen.body()).isEqualTo("{\"url\":\"http://example.com/rss\",\"intervalSeconds\":120,"
                        + "\"source\":\"Example\",\"language\":\"fr\"}");
            });
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .isEqualTo("added feed 7: http://example.com/rss [pending, every 120 s, source Example, language fr, 0 items seen]\n");
        }
    }

    @Test
    void listShowsEachFeedAndItsLastError() throws Exception {
        String failing = "[{\"id\":3,\"url\":\"http://bad.example/loop\",\"intervalSeconds\":60,\"status\":\"failing\","
                + "\"itemsSeen\":12,\"consecutiveFailures\":2,\"lastError\":\"redirect loop: a -> b -> a\","
                + "\"lastSuccessAt\":\"2025-06-02T09:00:00.123Z\"}]";
        try (StubIngestService stub = new StubIngestService(r -> new StubIngestService.Answer(200, "application/json", failing))) {
            int status = new FeedsCommand(stub.base(), new PrintStream(out, true)).execute(args("list"));

            assertThat(status).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("3     failing        60s      12  2025-06-02 09:00:00   http://bad.example/loop")
                    .contains("2 failures in a row: redirect loop: a -> b -> a");
        }
    }

    @Test
    void removeAndDisableUseTheFeedsId() throws Exception {
        try (StubIngestService stub = new StubIngestService(r -> r.method().equals("DELETE")
                ? new StubIngestService.Answer(204, null, null)
                : new StubIngestService.Answer(200, "application/json", FEED))) {
            FeedsCommand command = new FeedsCommand(stub.base(), new PrintStream(out, true));
            assertThat(command.execute(args("remove", "7"))).isZero();
            assertThat(command.execute(args("disable", "7"))).isZero();

            assertThat(stub.seen).extracting(s -> s.method() + " " + s.path())
                    .containsExactly("DELETE /v1/feeds/7", "POST /v1/feeds/7/disable");
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("removed feed 7\ndisabled feed 7: ");
        }
    }

    @Test
    void refusalIsExitStatusOne() throws Exception {
        String problem = "{\"type\":\"urn:newsflow:problem:feed-exists\",\"status\":409,\"detail\":\"already registered\"}";
        try (StubIngestService stub = new StubIngestService(r -> new StubIngestService.Answer(409, "application/problem+json", problem))) {
            assertThat(new FeedsCommand(stub.base(), new PrintStream(out, true)).execute(args("add", "http://example.com/rss")))
                    .isEqualTo(1);
        }
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        FeedsCommand command = new FeedsCommand(java.net.URI.create("http://127.0.0.1:1"), new PrintStream(out, true));
        assertThatThrownBy(() -> command.execute(args("remove", "x"))).isInstanceOf(Newsflow.UsageException.class);
        assertThatThrownBy(() -> command.execute(args("add"))).isInstanceOf(Newsflow.UsageException.class);
        assertThatThrownBy(() -> command.execute(args("frobnicate"))).isInstanceOf(Newsflow.UsageException.class);
        assertThat(Newsflow.run(new String[] {"feeds"})).isEqualTo(2);
    }
}
