package org.sovplan.energy.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.sovplan.energy.Fixtures.createZone;
import static org.sovplan.energy.Fixtures.profileCsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sovplan.energy.Fixtures;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ProfileResourceTest {

    /** carbon = 100·month + hour, price = 10·month + hour: every cell is recognisable. */
    static final String PROFILE = profileCsv((m, h) -> 100.0 * m + h, (m, h) -> 10.0 * m + h);

    static RequestSpecification csv(String token) {
        return given().auth().oauth2(token).contentType("text/csv").queryParam("source", "test profile")
                .queryParam("estimated", true);
    }

    @Test
    void csvImportReplacesAndReadsBackAndIdenticalImportChangesNothing() {
        String zone = createZone();
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(404).body("detail", containsString("flat annual figures"));

        csv(TestTokens.admin()).body(PROFILE).put("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(201).header("ETag", "\"0\"").body("version", equalTo(0))
                .body("rows", hasSize(288)).body("estimated", equalTo(true)).body("source", equalTo("test profile"));
        // Row index (month - 1) * 24 + hour: March, 05 UTC is row 53.
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(200).body("rows[53].month", equalTo(3)).body("rows[53].hour", equalTo(5))
                .body("rows[53].carbonIntensityGPerKwh", equalTo(305.0f)).body("rows[53].priceUsdPerMwh", equalTo(35.0f));

        csv(TestTokens.admin()).body(PROFILE).put("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(200).body("version", equalTo(0));
        String changed = profileCsv((m, h) -> 50.0, (m, h) -> 60.0);
        csv(TestTokens.admin()).header("If-Match", "\"0\"").body(changed).put("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(200).body("version", equalTo(1)).body("rows[0].carbonIntensityGPerKwh", equalTo(50.0f));
        csv(TestTokens.admin()).header("If-Match", "\"0\"").body(PROFILE).put("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(409).body("type", containsString("stale-version"));

        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(404);
    }

    @Test
    void jsonReplaceValidatesEveryRow() {
        String zone = createZone();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int hour = 0; hour < 24; hour++) {
                rows.add(new LinkedHashMap<>(Map.of("month", month, "hour", hour, "carbonIntensityGPerKwh", 80.0,
                        "priceUsdPerMwh", 120.0)));
            }
        }
        Map<String, Object> body = Map.of("source", "json test", "estimated", false, "rows", rows);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(201)
                .body("rows[287].carbonIntensityGPerKwh", equalTo(80.0f)).body("estimated", equalTo(false));

        rows.get(5).put("hour", 24);
        rows.get(7).put("priceUsdPerMwh", -1.0);
        rows.get(9).remove("carbonIntensityGPerKwh");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("source", "json test", "estimated", false, "rows", rows))
                .put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(400)
                .body("errors.field", hasItem("rows[5].hour")).body("errors.field", hasItem("rows[7].priceUsdPerMwh"))
                .body("errors.field", hasItem("rows[9].carbonIntensityGPerKwh"));

        rows.get(5).put("hour", 5);
        rows.get(7).put("priceUsdPerMwh", 1.0);
        rows.get(9).put("carbonIntensityGPerKwh", 1.0);
        rows.get(30).put("hour", 7); // month 2, hour 6 becomes a second month 2, hour 7
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("source", "json test", "estimated", false, "rows", rows))
                .put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(400)
                .body("errors.field", hasItem("rows[31].hour")).body("errors.field", hasItem("rows"))
                .body("errors.message", hasItem(containsString("month 2 hour 6")));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(200).body("version", equalTo(0)).body("rows[0].priceUsdPerMwh", equalTo(120.0f));
    }

    /** Each bad file is refused whole with a row-level error, and the stored profile stays as it was. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hour outside 0-23      | 1,12,112,22 => 1,24,112,22        | rows[12].hour",
        "month outside 1-12     | 2,0,200,20 => 13,0,200,20         | rows[24].month",
        "duplicate cell         | 1,1,101,11 => 1,0,101,11          | rows[1].hour",
        "missing cell           | 1,3,103,13 => 1,3,103,            | rows[3].priceUsdPerMwh",
        "too few cells          | 1,4,104,14 => 1,4,104             | rows[4]",
        "negative carbon        | 1,5,105,15 => 1,5,-105,15         | rows[5].carbonIntensityGPerKwh",
        "negative price         | 1,6,106,16 => 1,6,106,-16         | rows[6].priceUsdPerMwh",
        "not a number           | 1,7,107,17 => 1,7,107,cheap       | rows[7].priceUsdPerMwh",
        "malformed quoting      | 1,8,108,18 => 1,8,\"108,18        | rows[8]",
        "fraction of an hour    | 1,9,109,19 => 1,9.5,109,19        | rows[9].hour",
        "wrong header           | month,hour,carbonIntensityGPerKwh,priceUsdPerMwh => month,hour,co2,price | header",
        "row missing            | 12,23,1223,143 =>                 | rows",
    })
    void badCsvIsRejectedWholeWithRowErrors(String name, String edit, String field) {
        String zone = createZone();
        String good = profileCsv((m, h) -> 100.0 * m + h, (m, h) -> 10.0 * m + h).replace(".0", "");
        csv(TestTokens.admin()).body(good).put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(201);
        String[] change = edit.split("=>", -1);
        // Whole lines only: a leading newline keeps "1,1,..." from matching inside "11,1,...".
        String bad = ("\n" + good).replace("\n" + change[0].trim() + "\n",
                change[1].isBlank() ? "\n" : "\n" + change[1].trim() + "\n").substring(1);
        if (bad.equals(good)) {
            throw new IllegalStateException("the edit " + edit + " changed nothing");
        }
        csv(TestTokens.admin()).body(bad).put("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(400).contentType("application/problem+json").body("type", containsString("validation"))
                .body("errors.field", hasItem(field)).body("detail", containsString("nothing was imported"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(200).body("version", equalTo(0)).body("rows[12].hour", equalTo(12))
                .body("rows[12].carbonIntensityGPerKwh", equalTo(112.0f));
    }

    @Test
    void otherBadRequests() {
        String zone = createZone();
        csv(TestTokens.admin()).body("").put("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(400).body("errors.field", hasItem("header"));
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(PROFILE)
                .put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(400).body("errors.field", hasItem("source"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.TEXT).body(PROFILE)
                .put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(415);
        csv(TestTokens.admin()).body(PROFILE).put("/api/v1/grid-zones/" + Fixtures.freshZone() + "/profile")
                .then().statusCode(404);
        csv(TestTokens.admin()).header("If-Match", "\"0\"").body(PROFILE).put("/api/v1/grid-zones/" + zone + "/profile")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(404);
    }

    @Test
    void writesNeedAdminOfTheZonesCountry() {
        String zone = createZone();
        csv(TestTokens.viewer()).body(PROFILE).put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(403);
        csv(TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign()).body(PROFILE)
                .put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(403);
        given().contentType("text/csv").body(PROFILE).put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(404);
    }
}
