package org.sovplan.energy.candidate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sovplan.energy.Fixtures.createZone;
import static org.sovplan.energy.Fixtures.with;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.energy.Fixtures;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Candidate grid upgrades of a zone: CRUD with versions, paging, region scope, and problems for bad input. */
@QuarkusTest
class UpgradeCandidateResourceTest {

    static Map<String, Object> candidate(String name, double maxMw, double capexUsdPerMw, int leadTimeYears) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("maxMw", maxMw);
        body.put("capexUsdPerMw", capexUsdPerMw);
        body.put("leadTimeYears", leadTimeYears);
        body.put("renewable", true);
        body.put("source", "test fixture");
        body.put("estimated", true);
        return body;
    }

    static String path(String zone) {
        return "/api/v1/grid-zones/" + zone + "/upgrade-candidates";
    }

    @Test
    void createReadUpdateDelete() {
        String zone = createZone();
        Map<String, Object> body = candidate("Geothermal II", 100, 4_000_000, 3);
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post(path(zone)).then().statusCode(201)
                .header("Location", containsString(path(zone) + "/")).header("ETag", "\"0\"")
                .body("zoneCode", equalTo(zone)).body("maxMw", equalTo(100.0f))
                .body("capexUsdPerMw", equalTo(4_000_000.0f)).body("leadTimeYears", equalTo(3))
                .body("renewable", equalTo(true)).body("source", equalTo("test fixture")).extract().path("id");
        given().auth().oauth2(TestTokens.viewer()).get(path(zone) + "/" + id).then().statusCode(200)
                .body("name", equalTo("Geothermal II"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(with(body, "maxMw", 150.0, "version", 0)).put(path(zone) + "/" + id)
                .then().statusCode(200).body("maxMw", equalTo(150.0f)).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(with(body, "maxMw", 50.0, "version", 0)).put(path(zone) + "/" + id)
                .then().statusCode(409).body("type", containsString("stale-version"));
        given().auth().oauth2(TestTokens.admin()).delete(path(zone) + "/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get(path(zone) + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listsAZonesCandidatesOnly() {
        String zone = createZone();
        String other = createZone();
        for (String name : List.of("Wind", "Solar")) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(candidate(name, 50, 1_500_000, 2)).post(path(zone)).then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(candidate("Hydro", 50, 3_000_000, 5)).post(path(other)).then().statusCode(201);
        given().auth().oauth2(TestTokens.viewer()).queryParam("sort", "name").get(path(zone)).then().statusCode(200)
                .body("total", equalTo(2)).body("items.name", equalTo(List.of("Solar", "Wind")));
        given().auth().oauth2(TestTokens.viewer()).get(path(Fixtures.freshZone())).then().statusCode(404);
    }

    @Test
    void refusesBadInputDuplicatesAndCallersOutsideTheRegion() {
        String zone = createZone();
        Map<String, Object> good = candidate("Transmission", 80, 1_000_000, 2);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(good).post(path(zone))
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(with(good, "name", "transmission"))
                .post(path(zone)).then().statusCode(409).body("detail", containsString("already has"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(with(good, "name", " ", "maxMw", 0, "capexUsdPerMw", -1, "leadTimeYears", 31))
                .post(path(zone)).then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("maxMw"))
                .body("errors.field", hasItem("capexUsdPerMw")).body("errors.field", hasItem("leadTimeYears"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(good)
                .post(path(Fixtures.freshZone())).then().statusCode(404);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(good).post(path(zone))
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.user("kenyan-admin").roles("admin", "viewer").regions("KE").sign())
                .contentType(ContentType.JSON).body(with(good, "name", "Elsewhere")).post(path(zone))
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(good).post(path(zone)).then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).get(path(zone) + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
