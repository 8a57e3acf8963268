package io.newsflow.launcher;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client the launcher's commands talk to the stack with. It speaks HTTP/1.1: on plain http the JDK client
 * would otherwise ask every new connection to upgrade to HTTP/2 (h2c), and that upgrade broke reading a service's
 * metrics page in the middle of a benchmark ("protocol error: Frame type(100) length(7369327) exceeds
 * MAX_FRAME_SIZE(16384)"), while the same page read over HTTP/1.1 was whole.
 */
public final class LocalHttp {

    private LocalHttp() {
    }

    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
    }
}
