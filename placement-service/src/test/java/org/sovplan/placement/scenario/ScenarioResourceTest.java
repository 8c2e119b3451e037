package org.sovplan.placement.scenario;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sovplan.placement.scenario.ScenarioApi.create;
import static org.sovplan.placement.scenario.ScenarioApi.kenya;
import static org.sovplan.placement.scenario.ScenarioApi.uniqueName;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Scenario CRUD over REST: versions, paging, region scope, roles and bad input as problems. */
@QuarkusTest
class ScenarioResourceTest {

    @Test
    void aScenarioIsCreatedReadUpdatedWithItsVersionAndDeleted() {
        String name = uniqueName("Kenya");
        String id = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(kenya(name, 2026, 2035, null)).post("/api/v1/scenarios")
                .then().statusCode(201).header("Location", containsString("/api/v1/scenarios/"))
                .header("ETag", equalTo("\"0\"")).body("version", equalTo(0)).body("createdBy", equalTo("paul"))
                .body("definition.demand[0].variants.high.growthPctPerYear", equalTo(80.0f))
                .extract().path("id");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/scenarios/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("name", equalTo(name)).body("lastYear", equalTo(2035));
        given().auth().oauth2(TestTokens.viewer()).queryParam("regionCode", "KE").queryParam("size", 500)
                .get("/api/v1/scenarios").then().statusCode(200).body("items.id", hasItem(id));

        String renamed = kenya(name + " v2", 2026, 2030, null).replaceFirst("\\{", "{\"version\": 0, ");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(renamed)
                .put("/api/v1/scenarios/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("lastYear", equalTo(2030));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(renamed)
                .put("/api/v1/scenarios/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("stale-version"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(kenya(name, 2026, 2030, null))
                .put("/api/v1/scenarios/" + id).then().statusCode(428);

        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/scenarios/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/scenarios/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRetriedCreateMakesOneScenarioAndTheKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String body = kenya(uniqueName("Retried"), 2026, 2028, null);
        var first = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/scenarios").then().statusCode(201).extract();
        var again = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/scenarios").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertEquals(first.<String>path("id"), again.<String>path("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(kenya(uniqueName("Other"), 2026, 2028, null)).post("/api/v1/scenarios")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/scenarios/" + first.<String>path("id"))
                .then().statusCode(204);
    }

    @Test
    void namesAreUniquePerRegion() {
        String name = uniqueName("Twice");
        create(kenya(name, 2026, 2030, null));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(kenya(name, 2026, 2030, null))
                .post("/api/v1/scenarios").then().statusCode(409);
    }

    @Test
    void viewersReadAndOnlyPlannersOfTheRegionWrite() {
        String body = kenya(uniqueName("Scope"), 2026, 2030, null);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/scenarios").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/scenarios").then().statusCode(403);
        String ugandan = TestTokens.user("uma").roles("planner", "viewer").regions("UG").sign();
        given().auth().oauth2(ugandan).contentType(ContentType.JSON).body(body).post("/api/v1/scenarios")
                .then().statusCode(403).body("detail", containsString("KE"));
        String id = create(body);
        given().auth().oauth2(ugandan).delete("/api/v1/scenarios/" + id).then().statusCode(403);
        given().auth().oauth2(ugandan).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/scenarios/" + id + "/runs").then().statusCode(403);
    }

    @Test
    void inconsistentDefinitionsAreRefusedAndChangeNothing() {
        String name = uniqueName("Bad");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(kenya(name, 2030, 2026, null))
                .post("/api/v1/scenarios").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("lastYear"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(kenya(name, 2026, 2070, null))
                .post("/api/v1/scenarios").then().statusCode(422).body("errors.field", hasItem("lastYear"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(kenya(name, 2026, 2030, null).replace("\"defaultVariant\": \"mid\"", "\"defaultVariant\": \"extreme\""))
                .post("/api/v1/scenarios").then().statusCode(422)
                .body("errors.field", hasItem("definition.demand[0].variants"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(kenya(name, 2026, 2030, "\"capexBudgetsUsd\": {\"2040\": 1000},"))
                .post("/api/v1/scenarios").then().statusCode(422)
                .body("errors.field", hasItem("definition.capexBudgetsUsd"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(kenya(name, 2026, 2030, "\"discountRatePct\": -3,").replace("\"discountRatePct\": 8, ", ""))
                .post("/api/v1/scenarios").then().statusCode(400)
                .body("errors.field", hasItem(containsString("discountRatePct")));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(kenya(name, 2026, 2030, "\"colour\": \"red\","))
                .post("/api/v1/scenarios").then().statusCode(400).body("detail", containsString("colour"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("size", 500).get("/api/v1/scenarios").then()
                .statusCode(200).body("items.name", not(hasItem(name)));
    }
}
