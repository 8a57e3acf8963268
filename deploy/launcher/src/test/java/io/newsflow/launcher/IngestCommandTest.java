package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    private static final String ACCEPTED = """
            {"format":"rss","published":2,"items":[
              {"id":"a-1","version":1,"outcome":"ACCEPTED","clusterId":"a-1"},
              {"id":"a-2","version":1,"outcome":"DUPLICATE"},
              {"id":"item[3]","outcome":"REJECTED","reason":"missing-field: the item has no title"}]}""";
    private static final String DTD = """
            {"type":"urn:newsflow:problem:dtd-refused","title":"Document refused","status":400,\
            "detail":"The document declares a DTD; DTDs are refused."}""";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void acceptedFileListsItsItemsAndWhatWasNotPublished() throws Exception {
        Path rss = file("wire.rss", "<rss/>");
        try (StubIngestService stub = new StubIngestService(r -> new StubIngestService.Answer(202, "application/json", ACCEPTED))) {
            int status = new IngestCommand(stub.base().resolve("/v1/ingest"), new PrintStream(out, true)).pushAll(List.of(rss));

            assertThat(status).isZero();
            assertThat(output()).isEqualTo("accepted " + rss + ": 2 items (a-1, a-2); 1 duplicate (a-2); "
                    + "1 rejected (item[3]: missing-field: the item has no title)\n");
            assertThat(stub.seen).singleElement().satisfies(seen -> {
                assertThat(seen.method()).isEqualTo("POST");
                assertThat(seen.path()).isEqualTo("/v1/ingest");
                assertThat(seen.contentType()).isEqualTo("application/rss+xml");
                assertThat(seen.body()).isEqualTo("<rss/>");
            });
        }
    }

    @Test
    void rejectedFileGivesTheProblemAndExitStatusOne() throws Exception {
        Path good = file("good.json", "{}");
        Path hostile = file("hostile.xml", "<!DOCTYPE x>");
        try (StubIngestService stub = new StubIngestService(r -> r.body().startsWith("<!DOCTYPE")
                ? new StubIngestService.Answer(400, "application/problem+json", DTD)
                : new StubIngestService.Answer(202, "application/json", "{\"items\":[{\"id\":\"g\",\"outcome\":\"ACCEPTED\"}]}"))) {
            int status = new IngestCommand(stub.base().resolve("/v1/ingest"), new PrintStream(out, true))
                    .pushAll(List.of(good, hostile));

            assertThat(status).isEqualTo(1);
            assertThat(output()).isEqualTo("accepted " + good + ": 1 item (g)\n"
                    + "rejected " + hostile + ": dtd-refused: The document declares a DTD; DTDs are refused.\n");
        }
    }

    @Test
    void bareErrorStatusIsReportedAsSuch() throws Exception {
        Path big = file("big.json", "{}");
        try (StubIngestService stub = new StubIngestService(r -> new StubIngestService.Answer(413, null, null))) {
            int status = new IngestCommand(stub.base().resolve("/v1/ingest"), new PrintStream(out, true)).pushAll(List.of(big));
            assertThat(status).isEqualTo(1);
            assertThat(output()).isEqualTo("rejected " + big + ": HTTP 413\n");
        }
    }

    @Test
    void missingFileIsRejected() {
        Path missing = dir.resolve("nope.xml");
        int status = new IngestCommand(URI.create("http://127.0.0.1:1/v1/ingest"), new PrintStream(out, true))
                .pushAll(List.of(missing));
        assertThat(status).isEqualTo(1);
        assertThat(output()).isEqualTo("rejected " + missing + ": no such file\n");
    }

    @Test
    void serviceThatIsNotRunningIsAConnectionError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path file = file("a.json", "{}");
        int status = new IngestCommand(URI.create("http://127.0.0.1:" + port + "/v1/ingest"), new PrintStream(out, true))
                .pushAll(List.of(file));
        assertThat(status).isEqualTo(2);
        assertThat(output()).isEmpty();
    }

    @Test
    void contentTypeFollowsTheFileName() {
        assertThat(IngestCommand.contentType(Path.of("a.json"))).isEqualTo("application/json");
        assertThat(IngestCommand.contentType(Path.of("a.JSONL"))).isEqualTo("application/x-ndjson");
        assertThat(IngestCommand.contentType(Path.of("dir/item.xml"))).isEqualTo("application/xml");
        assertThat(IngestCommand.contentType(Path.of("feed.atom"))).isEqualTo("application/atom+xml");
        assertThat(IngestCommand.contentType(Path.of("feed.rss"))).isEqualTo("application/rss+xml");
        assertThat(IngestCommand.contentType(Path.of("README"))).isNull();
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(Newsflow.run(new String[] {"ingest"})).isEqualTo(2);
    }
}
