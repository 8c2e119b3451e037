package org.sovplan.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.OpenApiDrift;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDriftTest {

    @Test
    void servedContractMatchesTheCommittedOne() throws Exception {
        OpenApiDrift.assertNoDrift();
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
