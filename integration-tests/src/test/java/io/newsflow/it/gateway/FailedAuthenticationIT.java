package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Wrong keys cost a PostgreSQL lookup each, so one address gets {@code failed-authentications-burst} (20) of them and
 * then about 2 a second: past that a key the gateway would have to look up is a 429, a key it knows still works.
 */
class FailedAuthenticationIT {

    private static final int BURST = 20;
    /** Tokens a second the allowance refills at (the gateway's default). */
    private static final int REFILL_PER_SECOND = 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void anAddressSendingWrongKeysIsSlowedDownButAKnownKeyStillWorks() {
        String known = GatewayKeys.readerKey();
        entities(known).then().statusCode(200);

        Response refused = null;
        for (int i = 0; i < BURST * 3 && refused == null; i++) {
            Response wrong = entities(wrongKey());
            assertThat(wrong.statusCode()).as("wrong key #" + i).isIn(401, 429);
            if (wrong.statusCode() == 429) {
                refused = wrong;
            }
        }

        assertThat(refused).as("a 429 within " + BURST * 3 + " wrong keys").isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:newsflow:problem:too-many-failed-authentications");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        entities(known).then().statusCode(200);
        // The other tests come from this address too: wait until a key that needs a lookup is accepted again, then
        // until the allowance has refilled whole, so that a later test's wrong keys get their 401s.
        String fresh = GatewayKeys.create("reader", "failed authentication test", null).key();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> entities(fresh).statusCode() == 200);
        await().pollDelay(Duration.ofSeconds(BURST / REFILL_PER_SECOND)).atMost(Duration.ofSeconds(BURST))
                .until(() -> entities(wrongKey()).statusCode() == 401);
    }

    private static Response entities(String key) {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key).when().get("/v1/entities");
    }

    private static String wrongKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "nf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
