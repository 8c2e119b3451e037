package org.sovplan.energy;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.sovplan.testsupport.TestTokens;

import io.restassured.http.ContentType;

/** Test-data builders: fresh codes so that tests never share data, and requests with sane defaults. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A zone code nobody else uses, under the test country ZZ. */
    public static String freshZone() {
        return "ZZ-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** A valid zone body: 100 g/kWh, 100 USD/MWh, 100 MW headroom, unless overridden. */
    public static Map<String, Object> zone(String code, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Test zone " + code);
        body.put("countryCode", "ZZ");
        body.put("carbonIntensityGPerKwh", 100.0);
        body.put("renewableSharePct", 50.0);
        body.put("priceUsdPerMwh", 100.0);
        body.put("headroomMw", 100.0);
        body.put("reliabilityOutageHoursPerYear", 10.0);
        body.put("source", "test fixture");
        body.put("year", 2024);
        body.put("estimated", false);
        return with(body, overrides);
    }

    /** Creates a zone (as ada) and answers its code. */
    public static String createZone(Object... overrides) {
        String code = freshZone();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(zone(code, overrides))
                .post("/api/v1/grid-zones").then().statusCode(201);
        return code;
    }

    /** A typical-profile CSV whose cells are given by functions of (month, hour). */
    public static String profileCsv(BiFunction<Integer, Integer, Double> carbon, BiFunction<Integer, Integer, Double> price) {
        StringBuilder csv = new StringBuilder("month,hour,carbonIntensityGPerKwh,priceUsdPerMwh\n");
        for (int month = 1; month <= 12; month++) {
            for (int hour = 0; hour < 24; hour++) {
                csv.append(month).append(',').append(hour).append(',').append(carbon.apply(month, hour)).append(',')
                        .append(price.apply(month, hour)).append('\n');
            }
        }
        return csv.toString();
    }

    public static void putProfile(String zone, String csv) {
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("source", "test profile")
                .body(csv).put("/api/v1/grid-zones/" + zone + "/profile").then().statusCode(201);
    }

    public static Map<String, Object> upgrade(String zone, double addedMw, String expectedOnline, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zoneCode", zone);
        body.put("name", "Upgrade " + UUID.randomUUID());
        body.put("addedMw", addedMw);
        body.put("renewableMw", 0.0);
        body.put("capexUsd", 1_000_000.0);
        body.put("expectedOnline", expectedOnline);
        body.put("status", status);
        body.put("source", "test fixture");
        return body;
    }

    public static String createUpgrade(String zone, double addedMw, String expectedOnline, String status) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(upgrade(zone, addedMw, expectedOnline, status)).post("/api/v1/grid-upgrades")
                .then().statusCode(201).extract().path("id");
    }

    public static String createSupply(String zone, UUID siteId, double contractedMw, double onsiteRenewableMw) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("siteId", siteId.toString(), "zoneCode", zone, "contractedMw", contractedMw,
                        "onsiteRenewableMw", onsiteRenewableMw))
                .post("/api/v1/power-supplies").then().statusCode(201).extract().path("id");
    }

    /** Copies body and applies key, value, key, value... overrides; a null value removes the key. */
    public static Map<String, Object> with(Map<String, Object> body, Object... overrides) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                copy.remove((String) overrides[i]);
            } else {
                copy.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return copy;
    }
}
