package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.it.TestStack;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Callers with a JWT ({@code Authorization: Bearer}) signed by the issuer the IT stack trusts: this module's pom gives
 * the gateway the public half of {@link #TRUSTED_KEY} (MP_JWT_VERIFY_PUBLICKEY) and {@link #ISSUER}.
 */
class JwtIT {

    static final String ISSUER = "https://issuer.newsflow.test";
    /** PKCS#8, base64: a key made for these tests alone, trusted by no gateway outside the IT stack. */
    private static final String TRUSTED_KEY =
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC1HseK5fT25OvrrOOgt8yiXZ1XHxJAeOv2ICby3okBnpXOhroi"
            + "jT79Xi2L+z4mpj6vZxqr5SRmLLyS+nWKrBPM5g9Te3LxrPnDZbZN1cmAqyrY0l3VEmVe1qxXGWlkqxli4KlMzH4XPFiXeCsLrl89"
            + "3g6TfgmBWQXQ8iiD1qVQBZW8NgKJPKrhFPAXjFeH1PUZ569yvRQU0MXpxjFZ0XfxERFkl4kDeOdF5RFylRm1oy4Aa/QJu7hvTqb9"
            + "ztTC8QKqSsUqBaiERl0ED1foGpjtYYMWfije1pESVgEysAugIAEuueOBdNVKYgy3ZdHGev8PhiYM6j7oY6URIttQ/X05AgMBAAEC"
            + "ggEAWGib0msJNfLsTe/odK0DEEZN5Rbfm+TqmQt8t5R0n/u++D6/YNo9YwOzi96pqcgAVTIozLtfFxjDO6NR+MyiJaQu2vspUlqy"
            + "1/QwFrJCV7I1ify1nKoMHU0AdsuKrH7wN1meikRPUBw+ykD4Eg2do99ekhQ1o5PGyQVLTX9a1kHvyr+mrVlx+0VAkFOK6YQ5whFd"
            + "ch6w3+Hgu+XRtvMGJLeWkrGSgTcO/3uIol0M8T13ev2jvYLBV7VPRTX0g63OrXmlc+ZYPhbSyhgFR1fCGrMSF/f8rUTtRzRhuFly"
            + "p05SBM5QcjDvVmI8bHlIZV8PrFiig81EfC825HvfyChSmQKBgQDz2XMdpFqSHP/GoC+ffK5jbd3vEd4kgN+CelaMP54Zw/y2qCni"
            + "NLsgmrtJr0Nd5Kf2xbOd+omseKdt6s6UsG1q5G9BPOIrKHBOk2meARfCDFx7PM6jgY9mnGNgpspt0JxI5EhSj/LXBnY9eDLWOomL"
            + "3hAnp2V5ATVfeXzfkpFqowKBgQC+JSeN3euHb09wAPC5J8peucscno2TEHzCEZQPNZhmEZGt5VHnw/1MVopenGXLIXuyuGX8DdTD"
            + "Q9sq13PbSrBjVIobQdrPUR7Kx5Blg1sMH7vdjoqfz4JEmImMAZafrVog16tJRNnM6U3huhqZm1glTTYL/0/8fAeYW02qZ/pycwKB"
            + "gQDwjI/8q8cU4DqJLDgOcqZtO1J1pgCnreHPCvQZwiAqdqXzYgx/M1ltnnYnCBfCpe/zha/cpevuEc/IpJtJHomxqsr9ZhwOSwQO"
            + "32iPD7DqIduRTrjhnsthg+Cc1axXjDS/y0J0/7+k0qENnmc34eMR8Ouq0n1NUx3dozDGNAXzVQKBgCfDS08+jkeHPnx0peKCcK54"
            + "egIlIgQUGZLX7Dd2BMWrfOR5pTQrZyf0nQEGAb+F5AFO0HzyQ4EGCqod3iuIpfRPtIXYsrJSC3dqXkbsPjj91eKSMWkUEvDXWUQ+"
            + "/MmtjcB6eWZcEJPqYhAHRBLFSpyaVegSXx60rT3uMgKltdkDAoGAQ9+lGJUx4qZJp9hIfr2T6kVQQn0ll2LcOylUm6kgO2NYLBpc"
            + "skPinVptS7oHJ4RvvoZGm65SHaMEN5RjMQ+yiCPtAZ5CUbd92Mg9yrZUlUc4nwuePyrfmCMuxbYqqq6TWzyt6AiFQsTM6tLozxja"
            + "4798FD1V/5DaEjXq6oNVpaI=";

    @Test
    void aSignedTokenHasTheRolesItsGroupsImplyAndNoOthers() throws Exception {
        String curator = token(trustedKey(), claims("curator-" + UUID.randomUUID(), "harbour.curator", List.of("curator")));
        given().baseUri(TestStack.GATEWAY).header("Authorization", "Bearer " + curator)
                .when().get("/v1/articles").then().statusCode(200);
        given().baseUri(TestStack.GATEWAY).header("Authorization", "Bearer " + curator)
                .when().get("/v1/admin/keys").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token(generator.generateKeyPair().getPrivate(), claims("forger", "harbour.master", List.of("admin")));
        given().baseUri(TestStack.GATEWAY).header("Authorization", "Bearer " + forged)
                .when().get("/v1/admin/keys").then().statusCode(401).contentType("application/problem+json");
    }

    /** An identity provider may let users choose their name: one named like a key is still not that key. */
    @Test
    void aTokenNamedLikeAKeyCannotReachThatKeysSavedSearches() throws Exception {
        var victim = GatewayKeys.create("reader", "key whose id a token borrows", null);
        String victimSearch = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, victim.key())
                .contentType("application/json").body(Map.of("name", "lighthouses", "q", "lighthouse"))
                .when().post("/v1/searches").then().statusCode(201).extract().jsonPath().getString("id");
        String impostor = token(trustedKey(), claims("user-" + UUID.randomUUID(), victim.id(), List.of("reader")));

        List<String> listed = given().baseUri(TestStack.GATEWAY).header("Authorization", "Bearer " + impostor)
                .when().get("/v1/searches").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(listed).doesNotContain(victimSearch);
        given().baseUri(TestStack.GATEWAY).header("Authorization", "Bearer " + impostor)
                .when().delete("/v1/searches/" + victimSearch).then().statusCode(404);

        String own = given().baseUri(TestStack.GATEWAY).header("Authorization", "Bearer " + impostor)
                .contentType("application/json").body(Map.of("name", "ferries", "q", "ferry"))
                .when().post("/v1/searches").then().statusCode(201).extract().jsonPath().getString("id");
        assertThat(given().baseUri(TestStack.GATEWAY).header("Authorization", "Bearer " + impostor)
                .when().get("/v1/searches").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .containsExactly(own);
        assertThat(given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, victim.key())
                .when().get("/v1/searches").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .containsExactly(victimSearch);
        given().baseUri(TestStack.GATEWAY).header("Authorization", "Bearer " + impostor)
                .when().delete("/v1/searches/" + own).then().statusCode(204);
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, victim.key())
                .when().delete("/v1/searches/" + victimSearch).then().statusCode(204);
    }

    private static Map<String, Object> claims(String subject, String preferredUsername, List<String> groups) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("preferred_username", preferredUsername);
        claims.put("groups", groups);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        return claims;
    }

    private static PrivateKey trustedKey() throws Exception {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(TRUSTED_KEY)));
    }

    /** A compact JWS, RS256, as an identity provider signs one. */
    private static String token(PrivateKey key, Map<String, Object> claims) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signed = base64.encodeToString(json.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT"))) + "."
                + base64.encodeToString(json.writeValueAsBytes(claims));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + base64.encodeToString(signature.sign());
    }
}
