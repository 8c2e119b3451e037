package org.sovplan.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Health, metrics and the API documentation are the anonymous paths; metrics count per route. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void healthIsAnonymousAndReadinessIsTheGatewaysOwn() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then().statusCode(200);
    }

    @Test
    void backendReachabilityIsItsOwnHealthGroup() {
        given().get("/q/health/group/backends").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("backends"))
                .body("checks[0].data.capacity", containsString("answers HTTP"))
                .body("checks[0].data.energy", containsString("answers HTTP"))
                .body("checks[0].data.placement", containsString("answers HTTP"));
    }

    @Test
    void documentationIsAnonymous() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("SovPlan API"));
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void metricsAreAnonymousAndCountRequestsPerRouteNotPerId() {
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/sites/0b6f-metrics-test").then().statusCode(200);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/slow").then().statusCode(504);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics, allOf(
                containsString("uri=\"/api/v1/sites/*\""),
                not(containsString("0b6f-metrics-test")),
                containsString("sovplan_gateway_backend_failures_total{backend=\"energy\",status=\"504\"}")));
    }
}
