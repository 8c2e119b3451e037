package org.sovplan.gateway.tokens;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sovplan.tokens.VerifiedTokens;
import org.sovplan.testsupport.CacheMetrics;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Through the running gateway: a token is verified once, later requests with it are served from the cache
 * under the same role rules, and a remembered token is refused as soon as it expires.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    private static final String PATH = "/api/v1/regions";

    @Test
    void aTokenIsVerifiedOnceThenRemembered() {
        String token = TestTokens.user("cache-once").roles("viewer").sign();
        double hits = CacheMetrics.gets(VerifiedTokens.CACHE_NAME, "hit");
        double misses = CacheMetrics.gets(VerifiedTokens.CACHE_NAME, "miss");

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get(PATH).then().statusCode(200).body("backend", equalTo("capacity"));
        }

        assertEquals(1, CacheMetrics.gets(VerifiedTokens.CACHE_NAME, "miss") - misses, "verified once");
        assertEquals(2, CacheMetrics.gets(VerifiedTokens.CACHE_NAME, "hit") - hits, "then found");
    }

    @Test
    void aRememberedTokenKeepsItsRoles() {
        String token = TestTokens.user("cache-roles").roles("viewer").sign();
        given().auth().oauth2(token).get(PATH).then().statusCode(200);

        given().auth().oauth2(token).contentType("application/json").body("{}").post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).get(PATH).then().statusCode(200);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        String token = TestTokens.user("cache-expiry").roles("viewer").lifetime(Duration.ofSeconds(3)).sign();
        given().auth().oauth2(token).get(PATH).then().statusCode(200);
        given().auth().oauth2(token).get(PATH).then().statusCode(200);

        // Well before max-age (60 s): the entry lives until the token's exp, not longer.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).get(PATH).statusCode() == 401);
        Instant refusedAt = Instant.now();
        assertTrue(refusedAt.getEpochSecond() >= expiry(token), "not refused before its exp");
    }

    private static long expiry(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        Matcher exp = Pattern.compile("\"exp\":(\\d+)").matcher(payload);
        assertTrue(exp.find(), payload);
        return Long.parseLong(exp.group(1));
    }
}
