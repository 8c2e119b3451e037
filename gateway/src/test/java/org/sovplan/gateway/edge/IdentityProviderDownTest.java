package org.sovplan.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With Keycloak unreachable the gateway still starts and stays ready; a call with a token cannot be
 * checked and gets 503 (a dependency outage), not 500 and not 401.
 */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.KeycloakDown.class)
class IdentityProviderDownTest {

    public static class KeycloakDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of("quarkus.oidc.auth-server-url",
                        "http://127.0.0.1:" + socket.getLocalPort() + "/realms/sovplan");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void tokensCannotBeCheckedSoTheAnswerIsServiceUnavailable() {
        given().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("https://sovplan.org/problems/identity-provider-unavailable"));
        // Without a token the answer is still 401: nothing needs checking.
        given().get("/api/v1/regions").then().statusCode(401);
    }
}
