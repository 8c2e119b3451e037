package org.sovplan.placement.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sovplan.placement.plan.PlanApi.request;
import static org.sovplan.placement.plan.PlanApi.training;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.DependencyStubs;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** A plan over a dependency that is down fails fast with 503, and frees its queue slot. */
@QuarkusTest
class PlanDependencyTest {

    @Inject
    PlanQueue queue;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void reset() {
        DependencyStubs.server().resetAll();
        breakers.resetAll();
    }

    @Test
    void capacityDownIs503AndTakesNoSlot() {
        breakers.resetAll();
        DependencyStubs.server().stubFor(get(urlPathEqualTo("/api/v1/sites")).willReturn(aResponse().withStatus(502)));
        int free = queue.free();
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(request(5, training("Down", 2, "KE", 5))).post("/api/v1/plans")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("capacity-service is unavailable"));
        assertThat(queue.free()).isEqualTo(free);
    }
}
