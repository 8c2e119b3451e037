package org.sovplan.energy.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.sovplan.energy.Fixtures.createZone;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class SeriesResourceTest {

    static final String SERIES = """
            timestamp,carbonIntensityGPerKwh,priceUsdPerMwh
            2026-01-15T00:00:00Z,500,90
            2026-01-15T01:00:00Z,450,80
            2026-01-15T02:00:00Z,400,70.5
            """;

    static RequestSpecification csv() {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("source", "test series");
    }

    @Test
    void importReadAndReplace() {
        String zone = createZone();
        csv().body(SERIES).put("/api/v1/grid-zones/" + zone + "/series").then().statusCode(200)
                .body("pointCount", equalTo(3)).body("firstHour", equalTo("2026-01-15T00:00:00Z"))
                .body("lastHour", equalTo("2026-01-15T02:00:00Z"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("from", "2026-01-15T01:00:00Z")
                .get("/api/v1/grid-zones/" + zone + "/series").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].timestamp", equalTo("2026-01-15T01:00:00Z")).body("items[1].priceUsdPerMwh", equalTo(70.5f));
        given().auth().oauth2(TestTokens.viewer()).queryParam("to", "2026-01-15T01:00:00Z").queryParam("size", 1)
                .get("/api/v1/grid-zones/" + zone + "/series").then().statusCode(200).body("total", equalTo(1))
                .body("items", hasSize(1));

        csv().body("timestamp,carbonIntensityGPerKwh,priceUsdPerMwh\n2026-02-01T00:00:00Z,1,2\n")
                .put("/api/v1/grid-zones/" + zone + "/series").then().statusCode(200).body("pointCount", equalTo(1));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/series")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].carbonIntensityGPerKwh", equalTo(1.0f));
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/grid-zones/" + zone + "/series").then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/series")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badFilesAreRejectedWhole() {
        String zone = createZone();
        csv().body(SERIES).put("/api/v1/grid-zones/" + zone + "/series").then().statusCode(200);
        csv().body(SERIES + "2026-01-15T01:30:00Z,1,1\n2026-01-15T01:00:00Z,1,1\nyesterday,1,1\n2026-01-16T00:00:00Z,-1,1\n")
                .put("/api/v1/grid-zones/" + zone + "/series").then().statusCode(400)
                .body("errors.field", hasItem("rows[3].timestamp")).body("errors.field", hasItem("rows[4].timestamp"))
                .body("errors.field", hasItem("rows[5].timestamp"))
                .body("errors.field", hasItem("rows[6].carbonIntensityGPerKwh"))
                .body("detail", containsString("4 problems found"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/series")
                .then().statusCode(200).body("total", equalTo(3));
        given().auth().oauth2(TestTokens.viewer()).queryParam("from", "last week")
                .get("/api/v1/grid-zones/" + zone + "/series").then().statusCode(400);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/ZZ-NOSUCHZONE/series").then().statusCode(404);
        given().auth().oauth2(TestTokens.viewer()).contentType("text/csv").queryParam("source", "x").body(SERIES)
                .put("/api/v1/grid-zones/" + zone + "/series").then().statusCode(403);
    }
}
