package org.sovplan.placement.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.sovplan.placement.plan.PlanApi.awaitStatus;
import static org.sovplan.placement.plan.PlanApi.request;
import static org.sovplan.placement.plan.PlanApi.start;
import static org.sovplan.placement.plan.PlanApi.training;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.DependencyStubs;
import org.sovplan.placement.support.FixturePlanningDataSource;
import org.sovplan.placement.support.Instances;
import org.sovplan.testsupport.TestTokens;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Committing a plan as a saga against capacity-service's reservation contract, with its failure
 * modes played by WireMock: a refused reservation releases the ones made before it; a retried
 * commit uses fresh idempotency keys; a committed plan answers the same reservations again.
 */
@QuarkusTest
class PlanCommitTest {

    @Inject
    FixturePlanningDataSource data;

    @Inject
    CircuitBreakerMaintenance breakers;

    private final WireMockServer wiremock = DependencyStubs.server();

    @BeforeEach
    void capacity() {
        breakers.resetAll();
        data.use(Instances.create().zone("KE", 70, 100, 100).zone("UG", 300, 80, 100)
                .site("Nairobi", "KE", 3, "KE", 50, -1.29, 36.82, "GPU_X", 10)
                .site("Kampala", "UG", 2, "UG", 50, 0.35, 32.58, "GPU_X", 100)
                .problem().inputs());
    }

    @AfterEach
    void clear() {
        data.clear();
        wiremock.resetAll();
        breakers.resetAll();
    }

    private static String reservation(String id, String workloadId) {
        return "{\"id\":\"" + id + "\",\"siteId\":\"" + UUID.randomUUID() + "\",\"modelCode\":\"GPU_X\",\"gpus\":2,"
                + "\"itMw\":0.003,\"reference\":\"plan/x/workload/" + workloadId + "\",\"status\":\"ACTIVE\","
                + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"createdBy\":\"sovplan-placement\"}";
    }

    @Test
    void aRefusedReservationIsCompensatedAndARetryCommitsOnce() {
        String kenya = training("Commit KE", 2, "KE", 9);
        String uganda = training("Commit UG", 2, "UG", 5);
        String plan = start(request(5, kenya, uganda));
        awaitStatus(plan, "COMPLETED");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        // assignments are listed in workload order; whichever comes first is reserved, the other refused
        wiremock.stubFor(post(urlPathEqualTo("/api/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.reference", containing(kenya)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(reservation(first, kenya))));
        wiremock.stubFor(post(urlPathEqualTo("/api/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.reference", containing(uganda)))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"title\":\"Conflict\"}")));
        wiremock.stubFor(delete(urlPathEqualTo("/api/v1/reservations/" + first)).willReturn(aResponse().withStatus(204)));

        given().auth().oauth2(TestTokens.planner()).post("/api/v1/plans/" + plan + "/commit")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("refused"));
        int reserved = wiremock.findAll(postRequestedFor(urlPathEqualTo("/api/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.reference", containing(kenya)))).size();
        if (reserved > 0) {
            wiremock.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/reservations/" + first)));
        }
        wiremock.verify(postRequestedFor(urlPathEqualTo("/api/v1/reservations"))
                .withHeader("Idempotency-Key", containing("plan-" + plan + "-a0-workload-")));

        wiremock.stubFor(post(urlPathEqualTo("/api/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.reference", containing(uganda)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(reservation(second, uganda))));
        given().auth().oauth2(TestTokens.planner()).post("/api/v1/plans/" + plan + "/commit")
                .then().statusCode(200).body("reservations.reservationId", hasItems(first, second))
                .body("reservations.idempotencyKey[0]", containsString("-a1-"));
        int calls = wiremock.findAll(postRequestedFor(urlPathEqualTo("/api/v1/reservations"))).size();

        given().auth().oauth2(TestTokens.planner()).post("/api/v1/plans/" + plan + "/commit")
                .then().statusCode(200).body("reservations.size()", equalTo(2));
        wiremock.verify(calls, postRequestedFor(urlPathEqualTo("/api/v1/reservations")));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + plan).then()
                .body("commit.reservations.size()", equalTo(2));
    }

    @Test
    void capacityDownDuringCommitIs503() {
        String plan = start(request(5, training("Commit down", 2, "KE", 5)));
        awaitStatus(plan, "COMPLETED");
        wiremock.stubFor(post(urlPathEqualTo("/api/v1/reservations")).willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(TestTokens.planner()).post("/api/v1/plans/" + plan + "/commit")
                .then().statusCode(503).body("detail", containsString("capacity-service is unavailable"));
    }

    @Test
    void onlyPlannersOfThePlansRegionsCommit() {
        String plan = start(request(5, training("Commit scope", 2, "KE", 5)));
        awaitStatus(plan, "COMPLETED");
        given().auth().oauth2(TestTokens.viewer()).post("/api/v1/plans/" + plan + "/commit").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("ug").roles("planner").regions("UG").sign())
                .post("/api/v1/plans/" + plan + "/commit").then().statusCode(403);
    }
}
