package org.sovplan.placement.scenario;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.sovplan.testsupport.TestTokens;

import io.restassured.http.ContentType;

/** Builders of scenario requests and helpers over the REST API, shared by the scenario tests. */
final class ScenarioApi {

    private ScenarioApi() {
    }

    /** A Kenyan scenario with one inference line (an 8B model, 2,000 tokens/s, low/mid/high growth). */
    static String kenya(String name, int firstYear, int lastYear, String extraDefinition) {
        return """
                {"name": "%s", "regionCode": "KE", "firstYear": %d, "lastYear": %d,
                 "definition": {"discountRatePct": 8, "carbonPricesUsdPerTonne": {"%d": 20}, "defaultVariant": "mid",
                  %s
                  "demand": [{"name": "Citizen services LLM", "units": 4,
                    "workload": {"type": "LLM_INFERENCE", "paramsBillion": 8, "precision": "bf16", "peakTokensPerSec": 2000,
                                 "userRegionCode": "KE-30", "maxLatencyMs": 150, "minSovereigntyLevel": "SEAL-2",
                                 "allowedJurisdictions": ["KE"]},
                    "variants": {"low": {"growthPctPerYear": 10}, "mid": {"growthPctPerYear": 40}, "high": {"growthPctPerYear": 80}}}]}}
                """.formatted(name, firstYear, lastYear, firstYear, extraDefinition == null ? "" : extraDefinition);
    }

    static String create(String body) {
        return given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/scenarios").then().statusCode(201).extract().path("id");
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String startRun(String scenario, String body) {
        return given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/scenarios/" + scenario + "/runs").then().statusCode(202).extract().path("id");
    }

    static void awaitStatus(String scenario, String run, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(
                given().auth().oauth2(TestTokens.viewer()).get("/api/v1/scenarios/" + scenario + "/runs/" + run)
                        .then().statusCode(200).extract().path("status")));
    }
}
