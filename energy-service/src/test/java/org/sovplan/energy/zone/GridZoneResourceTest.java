package org.sovplan.energy.zone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.sovplan.energy.Fixtures.createZone;
import static org.sovplan.energy.Fixtures.freshZone;
import static org.sovplan.energy.Fixtures.zone;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sovplan.energy.Fixtures;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class GridZoneResourceTest {

    @Test
    void createReadUpdateDelete() {
        String code = freshZone();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(zone(code))
                .post("/api/v1/grid-zones")
                .then().statusCode(201).header("Location", containsString("/api/v1/grid-zones/" + code))
                .body("code", equalTo(code)).body("version", equalTo(0)).body("headroomMw", equalTo(100.0f));

        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + code)
                .then().statusCode(200).header("ETag", "\"0\"").body("countryCode", equalTo("ZZ"))
                .body("source", equalTo("test fixture")).body("estimated", equalTo(false));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Fixtures.with(zone(code), "code", null, "name", "Renamed", "estimated", true,
                        "reliabilityOutageHoursPerYear", null, "version", 0))
                .put("/api/v1/grid-zones/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Renamed"))
                .body("version", equalTo(1)).body("estimated", equalTo(true))
                .body("reliabilityOutageHoursPerYear", nullValue());

        given().auth().oauth2(TestTokens.viewer()).queryParam("size", 500).get("/api/v1/grid-zones")
                .then().statusCode(200).body("items.code", hasItem(code)).body("size", equalTo(500));

        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/grid-zones/" + code).then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + code)
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/grid-zones/" + code));
    }

    @Test
    void listFiltersPagesAndSorts() {
        // Country XF belongs to this test only.
        String clean = createZone("countryCode", "XF", "carbonIntensityGPerKwh", 30.0, "headroomMw", 500.0);
        String middle = createZone("countryCode", "XF", "carbonIntensityGPerKwh", 300.0, "headroomMw", 50.0);
        String dirty = createZone("countryCode", "XF", "carbonIntensityGPerKwh", 900.0, "headroomMw", 800.0);

        given().auth().oauth2(TestTokens.viewer()).queryParam("countryCode", "XF")
                .queryParam("sort", "carbonIntensityGPerKwh,desc").get("/api/v1/grid-zones")
                .then().statusCode(200).body("total", equalTo(3)).body("items.code", equalTo(List.of(dirty, middle, clean)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("countryCode", "XF").queryParam("maxCarbonGPerKwh", 300)
                .queryParam("sort", "carbonIntensityGPerKwh").get("/api/v1/grid-zones")
                .then().statusCode(200).body("items.code", equalTo(List.of(clean, middle)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("countryCode", "XF").queryParam("minHeadroomMw", 100)
                .queryParam("maxCarbonGPerKwh", 500).get("/api/v1/grid-zones")
                .then().statusCode(200).body("items.code", equalTo(List.of(clean)));
        given().auth().oauth2(TestTokens.viewer()).queryParam("countryCode", "XF").queryParam("sort", "headroomMw,asc")
                .queryParam("size", 1).queryParam("page", 1).get("/api/v1/grid-zones")
                .then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items", hasSize(1)).body("items[0].code", equalTo(clean));
    }

    @Test
    void staleUpdateIsRefused() {
        String code = createZone();
        String admin = TestTokens.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Fixtures.with(zone(code), "name", "first writer", "version", 0))
                .put("/api/v1/grid-zones/" + code).then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Fixtures.with(zone(code), "name", "second writer", "version", 0))
                .put("/api/v1/grid-zones/" + code)
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("stale-version"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.with(zone(code), "name", "third writer"))
                .put("/api/v1/grid-zones/" + code).then().statusCode(409);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Fixtures.with(zone(code), "name", "no version"))
                .put("/api/v1/grid-zones/" + code).then().statusCode(428).body("errors.field", hasItem("version"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + code)
                .then().body("name", equalTo("first writer")).body("version", equalTo(1));
    }

    @Test
    void badInputGetsProblemsAndChangesNothing() {
        String admin = TestTokens.admin();
        String code = freshZone();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"name\": ")
                .post("/api/v1/grid-zones").then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("malformed-body")).body("detail", not(containsString("Exception")));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Fixtures.with(zone("kenya"), "countryCode", "KEN", "carbonIntensityGPerKwh", -1.0,
                        "renewableSharePct", 101.0, "year", 1800))
                .post("/api/v1/grid-zones").then().statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("countryCode"))
                .body("errors.field", hasItem("carbonIntensityGPerKwh")).body("errors.field", hasItem("renewableSharePct"))
                .body("errors.field", hasItem("year"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Fixtures.with(zone(code), "source", null, "headroomMw", null))
                .post("/api/v1/grid-zones").then().statusCode(400)
                .body("errors.field", hasItem("source")).body("errors.field", hasItem("headroomMw"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Fixtures.with(zone(code), "colour", "blue"))
                .post("/api/v1/grid-zones").then().statusCode(400).body("errors.field", hasItem("colour"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Fixtures.with(zone(code), "priceUsdPerMwh", "cheap"))
                .post("/api/v1/grid-zones").then().statusCode(400).body("errors.field", hasItem("priceUsdPerMwh"));
        given().auth().oauth2(admin).contentType(ContentType.TEXT).body("code=" + code)
                .post("/api/v1/grid-zones").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("size", 501).get("/api/v1/grid-zones")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(admin).queryParam("maxCarbonGPerKwh", -5).get("/api/v1/grid-zones")
                .then().statusCode(400).body("errors.field", hasItem("maxCarbonGPerKwh"));
        given().auth().oauth2(admin).queryParam("minHeadroomMw", "lots").get("/api/v1/grid-zones")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("sort", "secret,asc").get("/api/v1/grid-zones")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(admin).get("/api/v1/grid-zones/" + code).then().statusCode(404);

        String existing = createZone();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(zone(existing))
                .post("/api/v1/grid-zones").then().statusCode(409).body("type", containsString("conflict"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Fixtures.with(zone(freshZone()), "version", 0))
                .put("/api/v1/grid-zones/" + existing).then().statusCode(400).body("errors.field", hasItem("code"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Fixtures.with(zone(null), "version", 0))
                .put("/api/v1/grid-zones/" + freshZone()).then().statusCode(404);
    }

    @Test
    void zoneInUseCannotBeDeleted() {
        String code = createZone();
        String upgrade = Fixtures.createUpgrade(code, 10, "2027-01-01", "PLANNED");
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/grid-zones/" + code)
                .then().statusCode(409).body("detail", containsString("upgrades"));
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/grid-upgrades/" + upgrade).then().statusCode(204);
        Fixtures.putProfile(code, Fixtures.profileCsv((m, h) -> 1.0, (m, h) -> 2.0));
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/grid-zones/" + code).then().statusCode(204);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/grid-zones/" + code + "/profile").then().statusCode(404);
    }

    @Test
    void securityIsDenyByDefaultAndRegionScoped() {
        given().get("/api/v1/grid-zones").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("not-a-token").get("/api/v1/grid-zones").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("ada").roles("admin").regions("*").audience("another-api").sign())
                .get("/api/v1/grid-zones").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("ada").roles("admin").regions("*")
                .lifetime(java.time.Duration.ofMinutes(-10)).sign()).get("/api/v1/grid-zones").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("nobody").sign()).get("/api/v1/grid-zones").then().statusCode(403);

        String kenyan = TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign();
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(zone(freshZone()))
                .post("/api/v1/grid-zones").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(zone(freshZone(), "countryCode", "KE")).post("/api/v1/grid-zones").then().statusCode(403);
        given().auth().oauth2(kenyan).contentType(ContentType.JSON).body(zone(freshZone()))
                .post("/api/v1/grid-zones").then().statusCode(403).body("detail", containsString("KE"));
        given().auth().oauth2(TestTokens.user("unscoped-admin").roles("admin").sign()).contentType(ContentType.JSON)
                .body(zone(freshZone())).post("/api/v1/grid-zones").then().statusCode(403);

        String kenyanZone = "KE-" + freshZone().substring(3);
        given().auth().oauth2(kenyan).contentType(ContentType.JSON).body(zone(kenyanZone, "countryCode", "KE"))
                .post("/api/v1/grid-zones").then().statusCode(201);
        given().auth().oauth2(kenyan).contentType(ContentType.JSON)
                .body(Fixtures.with(zone(kenyanZone), "countryCode", "ZZ", "version", 0))
                .put("/api/v1/grid-zones/" + kenyanZone).then().statusCode(403);
        String foreign = createZone();
        given().auth().oauth2(kenyan).delete("/api/v1/grid-zones/" + foreign).then().statusCode(403);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + foreign).then().statusCode(200);
        given().auth().oauth2(kenyan).delete("/api/v1/grid-zones/" + kenyanZone).then().statusCode(204);
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
