package org.sovplan.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sovplan.testsupport.TestTokens;

/** Deny by default, with real Keycloak tokens: no token, forged tokens, wrong roles, writes outside the caller's regions. */
@ExtendWith(StackExtension.class)
class SecurityThroughGatewayTest {

    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void connect(Stack running) {
        stack = running;
        api = new Api(running);
    }

    @Test
    void withoutTokenOnlyHealthMetricsAndContractAreOpen() {
        api.anonymous().get("/api/v1/sites").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        api.anonymous().get("/api/v1/plans").then().statusCode(401);
        api.anonymous().get("/q/health/ready").then().statusCode(200);
        api.anonymous().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void forgedTokensAreRefused() {
        // Same claims as a real token but signed with a key Keycloak never issued.
        String foreignKey = TestTokens.user("ada").roles("admin").regions("*").issuer(stack.issuer()).sign();
        api.withToken(foreignKey).get("/api/v1/sites").then().statusCode(401);

        // A real token whose payload was edited after signing (roles raised).
        String real = stack.token("vera");
        String[] parts = real.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"viewer\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        api.withToken(tampered).body(Fixtures.region("ZZ", "Nowhere", null)).post("/api/v1/regions")
                .then().statusCode(401);

        // An unsigned token (alg none).
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        api.withToken(header + "." + parts[1] + ".").get("/api/v1/sites").then().statusCode(401);
    }

    @Test
    void expiredTokensAreRefused() {
        String shortLived = stack.shortLivedToken("vera");
        api.withToken(shortLived).get("/api/v1/accelerator-models").then().statusCode(200);
        org.awaitility.Awaitility.await("token expiry").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api.withToken(shortLived).get("/api/v1/accelerator-models").statusCode() == 401);
    }

    @Test
    void rolesAndRegionsLimitWrites() {
        api.as("vera").body(Fixtures.region("ZZ", "Nowhere", null)).post("/api/v1/regions")
                .then().statusCode(403).contentType("application/problem+json");
        // paul plans for Kenya but may not change inventory at all ...
        api.as("paul").body(Fixtures.region("KE-99", "Nowhere", "KE")).post("/api/v1/regions")
                .then().statusCode(403);
        // ... nor workloads of another country.
        api.as("paul").body(Map.of("name", "Outside " + Fixtures.suffix(), "type", "SLM_INFERENCE",
                "regionCode", "RW", "paramsBillion", 3, "precision", "int8", "peakTokensPerSec", 100,
                "userRegionCode", "RW", "priority", 5))
                .post("/api/v1/workloads").then().statusCode(403).body("status", equalTo(403));
    }
}
