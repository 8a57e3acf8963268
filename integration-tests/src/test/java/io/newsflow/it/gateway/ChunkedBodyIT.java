package io.newsflow.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.it.TestStack;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A chunked body declares no length, so the gateway counts it as it comes: past 8 MiB the answer is a 413
 * problem+json, and the gateway reads no further (a client that sends nothing more still gets its answer).
 */
class ChunkedBodyIT {

    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    @Test
    void aChunkedBodyPastTheLimitIsRefusedOnceTheLimitIsPassed() throws Exception {
        String key = GatewayKeys.create("ingester", "chunked body test", 100_000).key();
        URI gateway = URI.create(TestStack.GATEWAY);
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/ingest HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n" + GatewayKeys.HEADER + ": " + key
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[CHUNK];
            Arrays.fill(chunk, (byte) ' ');
            // One chunk past the limit, and then nothing: no last chunk, so the body is not over. A gateway that
            // waited for the end (or for its 16 MiB backstop) would never answer.
            for (long sent = 0; sent <= MAX_BODY_BYTES; sent += CHUNK) {
                out.write((Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();

            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
            assertThat(head).contains("content-type: application/problem+json");
            // The body as JSON, whether it came with a length or in chunks (a flat object: one closing brace).
            JsonPath problem = JsonPath.from(answer.substring(answer.indexOf('{'), answer.indexOf('}') + 1));
            assertThat(problem.getString("type")).isEqualTo("urn:newsflow:problem:too-large");
            assertThat(problem.getString("detail")).contains(String.valueOf(MAX_BODY_BYTES));
        }
    }

    /** The answer, up to the end of its problem object or of the connection. */
    private static String readAnswer(InputStream in) throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while (!answer.toString(StandardCharsets.UTF_8).contains("}") && (n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // Closed by the gateway: what came before is the answer.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
