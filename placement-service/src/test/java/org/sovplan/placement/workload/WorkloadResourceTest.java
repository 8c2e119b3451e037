package org.sovplan.placement.workload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class WorkloadResourceTest {

    /** A valid inference workload body; tests change single fields. */
    static Map<String, Object> inference(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "SLM_INFERENCE");
        body.put("paramsBillion", 3);
        body.put("precision", "int8");
        body.put("peakTokensPerSec", 2000);
        body.put("userRegionCode", "KE-30");
        body.put("maxLatencyMs", 150);
        body.put("minSovereigntyLevel", "SEAL-2");
        body.put("allowedJurisdictions", List.of("KE"));
        body.put("priority", 8);
        body.put("regionCode", "KE");
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workloads").then().statusCode(201).extract().path("id");
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createReadUpdateListDelete() {
        String name = unique("Citizen SLM");
        String id = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(inference(name))
                .post("/api/v1/workloads")
                .then().statusCode(201).header("Location", containsString("/api/v1/workloads/"))
                .body("name", equalTo(name)).body("precision", equalTo("int8"))
                .body("minSovereigntyLevel", equalTo("SEAL-2")).body("version", equalTo(0))
                .extract().path("id");

        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/workloads/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("allowedJurisdictions", hasItem("KE"));

        Map<String, Object> update = inference(name);
        update.put("priority", 3);
        update.put("version", 0);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(update)
                .put("/api/v1/workloads/" + id).then().statusCode(200).body("priority", equalTo(3))
                .body("version", equalTo(1));

        given().auth().oauth2(TestTokens.viewer()).queryParam("regionCode", "KE").queryParam("name", name)
                .get("/api/v1/workloads").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().auth().oauth2(TestTokens.viewer()).queryParam("type", "SLM_INFERENCE").queryParam("minPriority", 9)
                .queryParam("name", name).get("/api/v1/workloads").then().body("total", equalTo(0));

        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/workloads/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/workloads/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void staleUpdatesAreRefused() {
        String name = unique("Stale");
        String id = create(inference(name));
        Map<String, Object> update = inference(name);
        update.put("version", 0);
        update.put("priority", 4);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(update)
                .put("/api/v1/workloads/" + id).then().statusCode(200);
        update.put("priority", 6);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(update)
                .put("/api/v1/workloads/" + id).then().statusCode(409).body("type", containsString("stale-version"));
        update.remove("version");
        update.put("priority", 7);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(update).put("/api/v1/workloads/" + id).then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(update)
                .put("/api/v1/workloads/" + id).then().statusCode(428);
    }

    @Test
    void inconsistentWorkloadsAre422WithFieldErrors() {
        Map<String, Object> training = inference(unique("Bad training"));
        training.put("type", "TRAINING");
        training.put("precision", "int4");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(training)
                .post("/api/v1/workloads").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("trainTokensBillion", "targetDays", "precision", "peakTokensPerSec"))
                .body("detail", startsWith("4 rules are broken: trainTokensBillion: is required for TRAINING; "));

        Map<String, Object> noTokens = inference(unique("No tokens"));
        noTokens.remove("peakTokensPerSec");
        noTokens.remove("userRegionCode");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(noTokens)
                .post("/api/v1/workloads").then().statusCode(422)
                .body("errors.field", hasItems("peakTokensPerSec", "userRegionCode"));
    }

    @Test
    void malformedInputIs400AndNeverA500() {
        Map<String, Object> bad = inference(unique("Bad"));
        bad.put("precision", "fp4");
        bad.put("priority", 11);
        bad.put("minSovereigntyLevel", "SEAL-9");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/workloads").then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> ranges = inference(unique("Ranges"));
        ranges.put("priority", 11);
        ranges.put("paramsBillion", -1);
        ranges.put("allowedJurisdictions", List.of("Kenya"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(ranges)
                .post("/api/v1/workloads").then().statusCode(400)
                .body("errors.field", hasItems("priority", "paramsBillion", "allowedJurisdictions[0]"));
        Map<String, Object> unknown = inference(unique("Unknown"));
        unknown.put("colour", "blue");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(unknown)
                .post("/api/v1/workloads").then().statusCode(400).body("errors.field", hasItem("colour"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/workloads").then().statusCode(400).body("detail", not(containsString("Exception")));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/workloads/not-a-uuid").then().statusCode(400);
        given().auth().oauth2(TestTokens.viewer()).queryParam("sort", "secret").get("/api/v1/workloads")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("type", "QUANTUM").get("/api/v1/workloads")
                .then().statusCode(400);
    }

    @Test
    void duplicateNamesInARegionConflict() {
        Map<String, Object> body = inference(unique("Twin"));
        create(body);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workloads").then().statusCode(409);
    }

    @Test
    void writesAreRoleAndRegionScoped() {
        given().get("/api/v1/workloads").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(TestTokens.user("nobody").sign()).get("/api/v1/workloads").then().statusCode(403);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(inference(unique("Viewer")))
                .post("/api/v1/workloads").then().statusCode(403).contentType("application/problem+json");
        Map<String, Object> ethiopian = inference(unique("Amharic"));
        ethiopian.put("regionCode", "ET");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(ethiopian)
                .post("/api/v1/workloads").then().statusCode(403).body("detail", containsString("KE"));
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(ethiopian)
                .post("/api/v1/workloads").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/workloads/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/workloads/" + id).then().statusCode(200);
    }
}
