package io.newsflow.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.gateway.service.GatewayMetrics;
import io.newsflow.gateway.service.GatewayMetrics.WebhookOutcome;
import io.newsflow.support.net.PublicAddresses;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A delivery connects to the address the sender looked its host up to, once per attempt, so an answer that changes
 * afterwards (DNS rebinding) cannot send it elsewhere; the URL's host is still the one the receiver is told and the
 * one its TLS certificate must name. The receivers' names are under .test, which no real DNS answers: only the
 * sender's own lookup can lead a post to them.
 */
class WebhookConnectionTest {

    private static final String RECEIVER = "receiver.newsflow.test";
    private static final String IMPOSTOR = "impostor.newsflow.test";
    private static final String PASSWORD = "lighthouse-keeper";
    private static final String BODY = "{\"article\": {\"id\": \"ferry-timetable-7\"}}";
    private static final Vertx VERTX = Vertx.vertx();

    @TempDir
    static Path dir;
    /** A key and certificate for {@link #RECEIVER} only, made for this run. */
    private static Path keystore;
    /** A key and certificate for the IPv6 loopback address only, made for this run. */
    private static Path ipv6Keystore;

    private final GatewayMetrics metrics = new GatewayMetrics(new SimpleMeterRegistry());
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private HttpServer receiver;
    private WebhookSender sender;

    @BeforeAll
    static void makeReceiverCertificates() throws Exception {
        keystore = certificate("receiver.p12", RECEIVER, "dns:" + RECEIVER);
        ipv6Keystore = certificate("receiver-ipv6.p12", "receiver", "ip:::1");
    }

    private static Path certificate(String file, String commonName, String subjectAlternativeName) throws Exception {
        Path store = dir.resolve(file);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + commonName, "-ext", "SAN=" + subjectAlternativeName,
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        return store;
    }

    @AfterEach
    void stop() {
        sender.close();
        receiver.stop(0);
    }

    @AfterAll
    static void closeVertx() {
        VERTX.close();
    }

    @Test
    void thePostGoesWhereTheHostWasLookedUpToEvenIfItsNameAnswersAnotherAddressLater() throws Exception {
        start(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        PublicAddresses.Resolver rebinding = host -> new InetAddress[] {
                InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "10.255.255.1")};
        sender = sender("http://" + RECEIVER + ":", rebinding, new HttpClientOptions());

        assertThat(send("http://" + RECEIVER + ":" + port() + "/hook")).isEqualTo(WebhookOutcome.DELIVERED);
        assertThat(hostHeaders).as("the receiver is told the URL's host").containsExactly(RECEIVER + ":" + port());
        assertThat(lookups).as("one lookup per attempt").hasValue(1);
    }

    @Test
    void tlsChecksTheCertificateAgainstTheUrlsHostNotTheAddressConnectedTo() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(receiverTls(keystore)));
        start(https);
        PublicAddresses.Resolver local = host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        sender = sender("https://" + RECEIVER + ":, https://" + IMPOSTOR + ":", local, trusting(keystore));

        assertThat(send("https://" + RECEIVER + ":" + port() + "/hook")).isEqualTo(WebhookOutcome.DELIVERED);
        assertThat(send("https://" + IMPOSTOR + ":" + port() + "/hook"))
                .as("the same address, but a name the certificate does not hold").isEqualTo(WebhookOutcome.FAILED);
        assertThat(hostHeaders).containsExactly(RECEIVER + ":" + port());
    }

    @Test
    void anHttpsUrlNamingAnIpv6AddressIsCheckedAgainstThatAddress() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress("::1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(receiverTls(ipv6Keystore)));
        start(https);
        sender = sender("https://[::1]:", InetAddress::getAllByName, trusting(ipv6Keystore));

        assertThat(send("https://[::1]:" + port() + "/hook")).isEqualTo(WebhookOutcome.DELIVERED);
    }

    private static HttpClientOptions trusting(Path store) {
        return new HttpClientOptions().setTrustOptions(new PfxOptions().setPath(store.toString()).setPassword(PASSWORD));
    }

    private void start(HttpServer server) {
        receiver = server;
        receiver.createContext("/hook", this::answer);
        receiver.start();
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    private WebhookSender sender(String allowedPrefixes, PublicAddresses.Resolver resolver, HttpClientOptions options) {
        Optional<String> prefixes = Optional.of(allowedPrefixes);
        // A first TLS handshake in a fresh JVM on a loaded two-core machine took over the senders' usual 2 s; these
        // tests are about where the post goes and which name the certificate is checked against, not about time.
        return new WebhookSender(VERTX, WebhookSenderTest.settings(1, prefixes, Duration.ofSeconds(15)),
                new WebhookAddresses(prefixes), metrics, resolver, options);
    }

    private WebhookOutcome send(String url) throws Exception {
        return sender.send(url, "harbour-secret", BODY, "delivery-1").get(30, TimeUnit.SECONDS);
    }

    private void answer(HttpExchange exchange) throws IOException {
        hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static SSLContext receiverTls(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        return tls;
    }
}
