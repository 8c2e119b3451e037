package org.sovplan.placement.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sovplan.placement.plan.PlanApi.finish;
import static org.sovplan.placement.plan.PlanApi.request;
import static org.sovplan.placement.plan.PlanApi.training;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.FixturePlanningDataSource;
import org.sovplan.placement.support.Instances;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** A retried POST /plans with its Idempotency-Key queues one plan; the key with another request is refused. */
@QuarkusTest
class PlanIdempotencyTest {

    @Inject
    FixturePlanningDataSource data;

    @BeforeEach
    void capacity() {
        data.use(Instances.create().zone("KE", 70, 100, 100)
                .site("Nairobi", "KE", 3, "KE", 50, -1.29, 36.82, "GPU_X", 10).problem().inputs());
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void aRetriedPlanRequestQueuesOnePlan() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request(5, training("Retried", 4, "KE", 5));
        int before = total();
        ExtractableResponse<Response> first = post(key, body).then().statusCode(202).extract();
        ExtractableResponse<Response> again = post(key, body).then().statusCode(202)
                .header("Idempotent-Replayed", "true").extract();
        assertEquals(first.<String>path("id"), again.<String>path("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(before + 1, total(), "the retry queued no second plan");

        post(key, request(5, training("Other", 4, "KE", 5))).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        finish(first.path("id"));
    }

    private static int total() {
        return given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans").then().statusCode(200)
                .extract().path("total");
    }

    private static Response post(String key, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/plans");
    }
}
