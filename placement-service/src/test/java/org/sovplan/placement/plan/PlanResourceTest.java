package org.sovplan.placement.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.sovplan.placement.plan.PlanApi.awaitStatus;
import static org.sovplan.placement.plan.PlanApi.finish;
import static org.sovplan.placement.plan.PlanApi.request;
import static org.sovplan.placement.plan.PlanApi.start;
import static org.sovplan.placement.plan.PlanApi.training;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.FixturePlanningDataSource;
import org.sovplan.placement.support.Instances;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The plan lifecycle over REST: 202 + Location, asynchronous solving, status and result,
 * Server-Sent Events, cancel with the best plan kept, paging, the bounded queue, validation and
 * security. Capacity and energy data come from a fixture (see {@link FixturePlanningDataSource});
 * solving, persistence and streaming are the real ones.
 */
@QuarkusTest
class PlanResourceTest {

    @Inject
    FixturePlanningDataSource data;

    @BeforeEach
    void capacity() {
        // Nairobi: 10 GPU_X in KE; Kampala: 100 GPU_X in UG
        data.use(Instances.create().zone("KE", 70, 100, 100).zone("UG", 300, 80, 100)
                .site("Nairobi", "KE", 3, "KE", 50, -1.29, 36.82, "GPU_X", 10)
                .site("Kampala", "UG", 2, "UG", 50, 0.35, 32.58, "GPU_X", 100)
                .problem().inputs());
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void aPlanIsAcceptedSolvedStoredAndExplained() {
        String fits = training("Fits", 8, "KE", 8);
        String tooBig = training("Too big", 16, "KE", 5);
        String plan = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(request(10, fits, tooBig)).post("/api/v1/plans")
                .then().statusCode(202).header("Location", containsString("/api/v1/plans/"))
                .body("status", equalTo("QUEUED")).body("workloadCount", equalTo(2))
                .extract().path("id");
        awaitStatus(plan, "COMPLETED");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + plan).then().statusCode(200)
                .body("result.feasible", equalTo(true))
                .body("result.assignments.workloadId", hasItem(fits))
                .body("result.assignments[0].siteName", equalTo("Nairobi"))
                .body("result.unplaced[0].workloadId", equalTo(tooBig))
                .body("result.unplaced[0].reason", containsString("has 10 free GPU_X GPUs"))
                .body("result.investments[0].kind", equalTo("ADD_ACCELERATORS"))
                .body("result.totals.placed", equalTo(1))
                .body("progress.bestScore", containsString("-5medium"))
                .body("progress.timeLimitSeconds", equalTo(10))
                .body("finishedAt", notNullValue());
        given().auth().oauth2(TestTokens.viewer()).queryParam("status", "COMPLETED").queryParam("size", 500)
                .get("/api/v1/plans").then().statusCode(200).body("items.id", hasItem(plan));
        String events = given().auth().oauth2(TestTokens.viewer()).accept("text/event-stream")
                .get("/api/v1/plans/" + plan + "/events").then().statusCode(200).extract().asString();
        assertThat(events).contains("\"type\":\"end\"").contains("COMPLETED");
    }

    @Test
    void eventsStreamProgressUntilThePlanEnds() {
        String plan = start(request(20, training("Streamed", 4, "UG", 5)));
        String events = given().auth().oauth2(TestTokens.viewer()).accept("text/event-stream")
                .get("/api/v1/plans/" + plan + "/events").then().statusCode(200).extract().asString();
        assertThat(events).contains("\"planId\":\"" + plan + "\"").contains("\"type\":\"end\"")
                .contains("\"status\":\"COMPLETED\"");
        assertThat(PlanApi.status(plan)).isEqualTo("COMPLETED");
    }

    @Test
    void cancellingKeepsTheBestPlanFound() {
        String plan = start(request(300, training("Cancelled", 4, "UG", 5), training("Cancelled too", 2, "KE", 5)));
        awaitStatus(plan, "SOLVING");
        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/plans/" + plan).then().statusCode(202);
        awaitStatus(plan, "CANCELLED");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + plan).then()
                .body("result.assignments.size()", equalTo(2)).body("result.feasible", equalTo(true));
        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/plans/" + plan).then().statusCode(409);
    }

    @Test
    void aFullQueueAnswers429WithRetryAfter() {
        String first = start(request(300, training("Queue 1", 2, "UG", 5)));
        String second = start(request(300, training("Queue 2", 2, "UG", 5)));
        try {
            given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                    .body(request(5, training("Queue 3", 2, "UG", 5))).post("/api/v1/plans")
                    .then().statusCode(429).header("Retry-After", "30").contentType("application/problem+json")
                    .body("type", containsString("queue-full"));
        } finally {
            finish(first);
            finish(second);
        }
    }

    @Test
    void badPlanRequestsAreProblems() {
        String id = training("Valid", 2, "KE", 5);
        Map<String, Object> tooLong = request(301, id);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(tooLong)
                .post("/api/v1/plans").then().statusCode(400).body("errors.field", hasItem("timeLimitSeconds"));
        Map<String, Object> both = request(5, id);
        both.put("filter", Map.of("regionCode", "KE"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(both)
                .post("/api/v1/plans").then().statusCode(422);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(request(5, java.util.UUID.randomUUID().toString())).post("/api/v1/plans")
                .then().statusCode(422).body("detail", containsString("unknown workloads"));
        Map<String, Object> past = request(5, id);
        past.put("horizonDate", "2020-01-01");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(past)
                .post("/api/v1/plans").then().statusCode(422).body("errors.field", hasItem("horizonDate"));
        Map<String, Object> weights = request(5, id);
        weights.put("weights", Map.of("cost", -1));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(weights)
                .post("/api/v1/plans").then().statusCode(400);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void plansAreRoleAndRegionScoped() {
        String id = training("Scoped", 2, "KE", 5);
        given().contentType(ContentType.JSON).body(request(5, id)).post("/api/v1/plans").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(request(5, id))
                .post("/api/v1/plans").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("uganda").roles("planner", "viewer").regions("UG").sign())
                .contentType(ContentType.JSON).body(request(5, id)).post("/api/v1/plans")
                .then().statusCode(403).body("detail", containsString("KE"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans").then().statusCode(200);
    }
}
