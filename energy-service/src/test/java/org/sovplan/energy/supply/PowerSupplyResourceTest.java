package org.sovplan.energy.supply;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sovplan.energy.Fixtures.createSupply;
import static org.sovplan.energy.Fixtures.createZone;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.energy.Fixtures;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PowerSupplyResourceTest {

    @Test
    void createReadUpdateDeleteAndFilter() {
        String zone = createZone();
        String other = createZone();
        UUID site = UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("siteId", site.toString(), "zoneCode", zone, "contractedMw", 12.0))
                .post("/api/v1/power-supplies").then().statusCode(201)
                .header("Location", containsString("/api/v1/power-supplies/"))
                .body("onsiteRenewableMw", equalTo(0.0f)).body("version", equalTo(0)).extract().path("id");
        String second = createSupply(zone, UUID.randomUUID(), 3, 0);
        String elsewhere = createSupply(other, UUID.randomUUID(), 3, 0);

        given().auth().oauth2(TestTokens.viewer()).queryParam("siteId", site.toString()).get("/api/v1/power-supplies")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("zoneCode", zone).queryParam("sort", "contractedMw,desc")
                .get("/api/v1/power-supplies").then().statusCode(200).body("items.id", equalTo(List.of(id, second)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("zoneCode", other).get("/api/v1/power-supplies")
                .then().body("items.id", equalTo(List.of(elsewhere)));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("siteId", site.toString(), "zoneCode", other, "contractedMw", 15.0,
                        "onsiteRenewableMw", 2.5, "version", 0))
                .put("/api/v1/power-supplies/" + id).then().statusCode(200).body("zoneCode", equalTo(other))
                .body("onsiteRenewableMw", equalTo(2.5f)).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("siteId", site.toString(), "zoneCode", other, "contractedMw", 99.0))
                .put("/api/v1/power-supplies/" + id).then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/power-supplies/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/power-supplies/" + id).then().statusCode(404);
    }

    @Test
    void badInput() {
        String zone = createZone();
        String admin = TestTokens.admin();
        UUID site = UUID.randomUUID();
        createSupply(zone, site, 1, 0);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("siteId", site.toString(), "zoneCode", zone, "contractedMw", 5.0))
                .post("/api/v1/power-supplies").then().statusCode(409).body("detail", containsString(site.toString()));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("siteId", "site-1", "zoneCode", zone, "contractedMw", 5.0))
                .post("/api/v1/power-supplies").then().statusCode(400).body("errors.field", hasItem("siteId"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("siteId", UUID.randomUUID().toString(), "zoneCode", Fixtures.freshZone(), "contractedMw", 5.0))
                .post("/api/v1/power-supplies").then().statusCode(422).body("errors.field", hasItem("zoneCode"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("siteId", UUID.randomUUID().toString(), "zoneCode", zone, "contractedMw", -1.0,
                        "onsiteRenewableMw", -2.0))
                .post("/api/v1/power-supplies").then().statusCode(400)
                .body("errors.field", hasItem("contractedMw")).body("errors.field", hasItem("onsiteRenewableMw"));
        String id = createSupply(zone, UUID.randomUUID(), 1, 0);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("siteId", UUID.randomUUID().toString(), "zoneCode", zone, "contractedMw", 1.0, "version", 0))
                .put("/api/v1/power-supplies/" + id).then().statusCode(400).body("errors.field", hasItem("siteId"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("siteId", "42").get("/api/v1/power-supplies")
                .then().statusCode(400);
    }

    @Test
    void writesAreRegionScopedByTheZonesCountry() {
        String zone = createZone();
        String kenyan = TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign();
        Map<String, Object> body = Map.of("siteId", UUID.randomUUID().toString(), "zoneCode", zone, "contractedMw", 1.0);
        given().auth().oauth2(kenyan).contentType(ContentType.JSON).body(body).post("/api/v1/power-supplies")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(body).post("/api/v1/power-supplies")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/power-supplies").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).queryParam("zoneCode", zone).get("/api/v1/power-supplies")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
