package org.sovplan.energy.upgrade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sovplan.energy.Fixtures.createUpgrade;
import static org.sovplan.energy.Fixtures.createZone;
import static org.sovplan.energy.Fixtures.upgrade;
import static org.sovplan.energy.Fixtures.with;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sovplan.energy.Fixtures;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class GridUpgradeResourceTest {

    @Test
    void createReadUpdateDelete() {
        String zone = createZone();
        Map<String, Object> body = with(upgrade(zone, 140, "2027-06-30", "APPROVED"), "renewableMw", 140.0,
                "estimated", true);
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/grid-upgrades")
                .then().statusCode(201).header("Location", containsString("/api/v1/grid-upgrades/"))
                .body("zoneCode", equalTo(zone)).body("status", equalTo("APPROVED")).body("version", equalTo(0))
                .body("expectedOnline", equalTo("2027-06-30")).body("estimated", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-upgrades/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("renewableMw", equalTo(140.0f));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(with(body, "status", "UNDER_CONSTRUCTION", "version", 0)).put("/api/v1/grid-upgrades/" + id)
                .then().statusCode(200).body("status", equalTo("UNDER_CONSTRUCTION")).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(with(body, "status", "CANCELLED", "version", 0)).put("/api/v1/grid-upgrades/" + id)
                .then().statusCode(409).body("type", containsString("stale-version"));
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/grid-upgrades/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-upgrades/" + id).then().statusCode(404);
    }

    @Test
    void listFilters() {
        String zone = createZone();
        String early = createUpgrade(zone, 10, "2026-01-01", "ONLINE");
        String late = createUpgrade(zone, 20, "2028-01-01", "PLANNED");
        String cancelled = createUpgrade(zone, 30, "2025-01-01", "CANCELLED");
        given().auth().oauth2(TestTokens.viewer()).queryParam("zoneCode", zone).queryParam("sort", "expectedOnline")
                .get("/api/v1/grid-upgrades").then().statusCode(200).body("total", equalTo(3))
                .body("items.id", equalTo(List.of(cancelled, early, late)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("zoneCode", zone).queryParam("status", "PLANNED")
                .get("/api/v1/grid-upgrades").then().statusCode(200).body("items.id", equalTo(List.of(late)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("zoneCode", zone).queryParam("onlineBy", "2027-01-01")
                .get("/api/v1/grid-upgrades").then().statusCode(200).body("items.id", equalTo(List.of(early)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("status", "SOMEDAY").get("/api/v1/grid-upgrades")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badInput() {
        String zone = createZone();
        String admin = TestTokens.admin();
        Map<String, Object> good = upgrade(zone, 100, "2027-01-01", "PLANNED");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(with(good, "renewableMw", 100.5))
                .post("/api/v1/grid-upgrades").then().statusCode(422).body("errors.field", hasItem("renewableMw"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(with(good, "zoneCode", Fixtures.freshZone()))
                .post("/api/v1/grid-upgrades").then().statusCode(422).body("errors.field", hasItem("zoneCode"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(with(good, "addedMw", 0, "capexUsd", -1, "expectedOnline", null, "name", " "))
                .post("/api/v1/grid-upgrades").then().statusCode(400)
                .body("errors.field", hasItem("addedMw")).body("errors.field", hasItem("capexUsd"))
                .body("errors.field", hasItem("expectedOnline")).body("errors.field", hasItem("name"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(with(good, "status", "DREAMT"))
                .post("/api/v1/grid-upgrades").then().statusCode(400).body("errors.field", hasItem("status"))
                .body("errors.message", hasItem(containsString("PLANNED")));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(with(good, "expectedOnline", "next year"))
                .post("/api/v1/grid-upgrades").then().statusCode(400).body("errors.field", hasItem("expectedOnline"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(good)
                .post("/api/v1/grid-upgrades").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(good)
                .post("/api/v1/grid-upgrades").then().statusCode(409).body("detail", containsString("already has"));
        given().auth().oauth2(admin).get("/api/v1/grid-upgrades/not-a-uuid").then().statusCode(400);
        given().auth().oauth2(admin).get("/api/v1/grid-upgrades/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.viewer()).queryParam("zoneCode", zone).get("/api/v1/grid-upgrades")
                .then().body("total", equalTo(1));
    }

    @Test
    void writesAreRegionScopedByTheZonesCountry() {
        String zone = createZone();
        String kenyan = TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign();
        given().auth().oauth2(kenyan).contentType(ContentType.JSON).body(upgrade(zone, 10, "2027-01-01", "PLANNED"))
                .post("/api/v1/grid-upgrades").then().statusCode(403);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON)
                .body(upgrade(zone, 10, "2027-01-01", "PLANNED")).post("/api/v1/grid-upgrades").then().statusCode(403);
        String id = createUpgrade(zone, 10, "2027-01-01", "PLANNED");
        given().auth().oauth2(kenyan).delete("/api/v1/grid-upgrades/" + id).then().statusCode(403);
        given().get("/api/v1/grid-upgrades/" + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-upgrades/" + id).then().statusCode(200);
    }
}
