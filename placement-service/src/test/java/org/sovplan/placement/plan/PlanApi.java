package org.sovplan.placement.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sovplan.testsupport.TestTokens;

import io.restassured.http.ContentType;

/** Small REST helpers shared by the plan tests. */
final class PlanApi {

    private PlanApi() {
    }

    /** Creates a training workload in KE (or the given jurisdiction) that needs about {@code gpus} GPU_X. */
    static String training(String name, int gpus, String jurisdiction, int priority) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("type", "TRAINING");
        body.put("paramsBillion", 1);
        body.put("precision", "bf16");
        body.put("trainTokensBillion", gpus * 7.2 * (1 - 1e-9));
        body.put("targetDays", 1);
        body.put("mfu", 0.5);
        body.put("allowedJurisdictions", List.of(jurisdiction));
        body.put("priority", priority);
        body.put("regionCode", "KE");
        return given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workloads").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> request(int timeLimitSeconds, String... workloadIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("workloadIds", List.of(workloadIds));
        body.put("timeLimitSeconds", timeLimitSeconds);
        body.put("horizonDate", "2027-01-01");
        return body;
    }

    static String start(Map<String, Object> request) {
        return given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(request)
                .post("/api/v1/plans").then().statusCode(202).extract().path("id");
    }

    static String status(String planId) {
        return given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + planId).then().statusCode(200)
                .extract().path("status");
    }

    static void awaitStatus(String planId, String... statuses) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> List.of(statuses).contains(status(planId)));
    }

    /** Ends a plan if it is still active, so that no test leaves a queue slot taken. */
    static void finish(String planId) {
        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/plans/" + planId);
        awaitStatus(planId, "COMPLETED", "CANCELLED", "FAILED");
    }
}
