package org.sovplan.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** A tight rate limit (burst 3, then one request per 100 s) and CORS opened for one origin. */
@QuarkusTest
@TestProfile(TightLimitsTest.Tight.class)
class TightLimitsTest {

    static final int BURST = 3;
    static final String PLANNER_UI = "https://planner.example";

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "sovplan.gateway.rate-limit.requests-per-second", "0.01",
                    "sovplan.gateway.rate-limit.burst", Integer.toString(BURST),
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", PLANNER_UI);
        }
    }

    @Test
    void aSubjectOverItsRateGetsTooManyRequestsWithRetryAfter() {
        String token = TestTokens.user("rate-" + UUID.randomUUID()).roles("viewer").sign();
        for (int i = 0; i < BURST; i++) {
            given().auth().oauth2(token).get("/api/v1/regions").then().statusCode(200);
        }

        Response refused = given().auth().oauth2(token).get("/api/v1/regions");

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://sovplan.org/problems/rate-limited"))
                .body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 100, "Retry-After " + retryAfter + " s");
        // Another subject is not affected.
        given().auth().oauth2(TestTokens.user("other-" + UUID.randomUUID()).roles("viewer").sign())
                .get("/api/v1/regions").then().statusCode(200);
    }

    @Test
    void anonymousCallsAreLimitedPerClientAddress() {
        int last = 0;
        for (int i = 0; i <= BURST; i++) {
            last = given().get("/q/health/live").statusCode();
        }
        assertEquals(429, last, "the address's bucket is empty after the burst");
    }

    @Test
    void aConfiguredOriginMayCallFromTheBrowser() {
        given().header("Origin", PLANNER_UI).header("Access-Control-Request-Method", "GET")
                .options("/api/v1/regions")
                .then().statusCode(200).header("Access-Control-Allow-Origin", PLANNER_UI);
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/regions")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
