package org.sovplan.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sovplan.gateway.support.GatewayBackends;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * With placement-service down (nothing listens at its address): its routes answer 503 with Retry-After at
 * once, the other services' routes keep working, the gateway stays ready, and the backends health group
 * says which service is unreachable.
 */
@QuarkusTest
@TestProfile(BackendDownTest.PlacementDown.class)
class BackendDownTest {

    public static class PlacementDown implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class),
                    new TestResourceEntry(GatewayBackends.class, Map.of("down", "placement")));
        }
    }

    @Test
    void routesOfTheDownServiceAnswerServiceUnavailable() {
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://sovplan.org/problems/backend-unavailable"))
                .body("detail", equalTo("the placement service cannot be reached; retry later"));
    }

    @Test
    void theOtherServicesStillAnswer() {
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions")
                .then().statusCode(200).body("backend", equalTo("capacity"));
    }

    @Test
    void theGatewayStaysReadyAndTheBackendsGroupNamesTheDownService() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/group/backends").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks[0].data.placement", containsString("unreachable"))
                .body("checks[0].data.capacity", containsString("answers HTTP"));
    }
}
