package org.sovplan.energy.quote;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.sovplan.energy.Fixtures.createSupply;
import static org.sovplan.energy.Fixtures.createUpgrade;
import static org.sovplan.energy.Fixtures.createZone;
import static org.sovplan.energy.Fixtures.profileCsv;
import static org.sovplan.energy.Fixtures.putProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class EnergyQuoteResourceTest {

    static ValidatableResponse quote(Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/energy-quotes").then();
    }

    /** carbon = 100 + hour g/kWh and price = 50 + 2·hour USD/MWh in every month (hours in UTC). */
    static String rampProfileZone() {
        String zone = createZone();
        putProfile(zone, profileCsv((m, h) -> 100.0 + h, (m, h) -> 50.0 + 2 * h));
        return zone;
    }

    @Test
    void flatLoadOnAKnownProfileGivesHandComputedTotals() {
        String zone = rampProfileZone();
        // 10 MW × 24 h = 240 MWh.
        // Σ_h (100 + h) = 2400 + 276 = 2676 → 10 MWh × 2676 g/kWh / 1000 = 26.76 t.
        // Σ_h (50 + 2h) = 1200 + 552 = 1752 → 10 MWh × 1752 USD/MWh = 17,520 USD.
        // Averages: 17,520 / 240 = 73 USD/MWh; 26.76 t × 1000 / 240 MWh = 111.5 g/kWh.
        quote("zoneCode", zone, "loadMw", 10, "hours", 24, "start", "2026-01-15T00:00:00Z")
                .statusCode(200).body("zoneCode", equalTo(zone)).body("hours", equalTo(24))
                .body("end", equalTo("2026-01-16T00:00:00Z"))
                .body("energyMwh", equalTo(240.0f)).body("gridEnergyMwh", equalTo(240.0f))
                .body("onsiteRenewableMwh", equalTo(0.0f))
                .body("costUsd", equalTo(17520.0f)).body("emissionsTCo2e", equalTo(26.76f))
                .body("averagePriceUsdPerMwh", equalTo(73.0f)).body("averageCarbonGPerKwh", equalTo(111.5f))
                .body("dataBasis.profileHours", equalTo(24)).body("dataBasis.flatHours", equalTo(0))
                .body("withinHeadroom", equalTo(true)).body("headroomMw", equalTo(100.0f))
                .body("bestByCarbon", nullValue()).body("breakdown", nullValue());
    }

    @Test
    void breakdownListsEveryHour() {
        String zone = rampProfileZone();
        // Hour 05 UTC: 105 g/kWh and 60 USD/MWh; 2 MWh → 120 USD and 0.21 t.
        quote("zoneCode", zone, "loadMw", 2, "hours", 24, "start", "2026-07-01T00:00:00Z", "includeBreakdown", true)
                .statusCode(200).body("breakdown", hasSize(24))
                .body("breakdown[5].timestamp", equalTo("2026-07-01T05:00:00Z"))
                .body("breakdown[5].carbonIntensityGPerKwh", equalTo(105.0f))
                .body("breakdown[5].priceUsdPerMwh", equalTo(60.0f)).body("breakdown[5].costUsd", equalTo(120.0f))
                .body("breakdown[5].emissionsTCo2e", equalTo(0.21f)).body("breakdown[5].basis", equalTo("PROFILE"));
    }

    @Test
    void shiftableLoadFindsTheCleanestAndTheCheapestStart() {
        // Clean at 12 UTC (solar), cheap at 03 UTC (night tariff), 500 g/kWh and 100 USD/MWh otherwise.
        String zone = createZone();
        putProfile(zone, profileCsv((m, h) -> h == 12 ? 100.0 : 500.0, (m, h) -> h == 3 ? 20.0 : 100.0));
        // Requested at 06: 1 MWh → 100 USD, 0.5 t. At 12: 100 USD, 0.1 t. At 03: 20 USD, 0.5 t.
        quote("zoneCode", zone, "loadMw", 1, "hours", 1, "start", "2026-03-10T06:00:00Z",
                "earliestStart", "2026-03-10T00:00:00Z", "latestEnd", "2026-03-11T00:00:00Z")
                .statusCode(200).body("costUsd", equalTo(100.0f)).body("emissionsTCo2e", equalTo(0.5f))
                .body("bestByCarbon.start", equalTo("2026-03-10T12:00:00Z"))
                .body("bestByCarbon.end", equalTo("2026-03-10T13:00:00Z"))
                .body("bestByCarbon.emissionsTCo2e", equalTo(0.1f)).body("bestByCarbon.savingTCo2e", equalTo(0.4f))
                .body("bestByCarbon.savingUsd", equalTo(0.0f))
                .body("bestByCost.start", equalTo("2026-03-10T03:00:00Z")).body("bestByCost.costUsd", equalTo(20.0f))
                .body("bestByCost.savingUsd", equalTo(80.0f)).body("bestByCost.savingTCo2e", equalTo(0.0f));
    }

    @Test
    void bestStartOfARampIsTheEarliestMidnight() {
        String zone = rampProfileZone();
        // 10 MW × 4 h requested at 12 UTC: Σ carbon 112..115 = 454 → 4.54 t; Σ price 74+76+78+80 = 308 → 3080 USD.
        // Best (both) at 00 UTC of the first day: Σ 100..103 = 406 → 4.06 t; 50+52+54+56 = 212 → 2120 USD.
        quote("zoneCode", zone, "loadMw", 10, "hours", 4, "start", "2026-01-15T12:00:00Z",
                "earliestStart", "2026-01-15T00:00:00Z", "latestEnd", "2026-01-17T00:00:00Z")
                .statusCode(200).body("costUsd", equalTo(3080.0f)).body("emissionsTCo2e", equalTo(4.54f))
                .body("bestByCarbon.start", equalTo("2026-01-15T00:00:00Z"))
                .body("bestByCost.start", equalTo("2026-01-15T00:00:00Z"))
                .body("bestByCost.savingUsd", equalTo(960.0f)).body("bestByCarbon.savingTCo2e", equalTo(0.48f));
    }

    @Test
    void siteQuoteNetsOnsiteRenewablesAndUsesFlatFiguresWithoutProfile() {
        String zone = createZone("carbonIntensityGPerKwh", 400.0, "priceUsdPerMwh", 100.0, "headroomMw", 100.0);
        UUID site = UUID.randomUUID();
        createSupply(zone, site, 20, 4);
        // 10 MW × 10 h = 100 MWh; 4 MW on site → 40 MWh; grid 60 MWh → 6000 USD and 60 × 400 / 1000 = 24 t.
        // Available: net headroom 100 − 20 = 80, plus the site's own 20 MW contract = 100.
        quote("siteId", site.toString(), "loadMw", 10, "hours", 10, "start", "2026-05-01T00:00:00Z")
                .statusCode(200).body("zoneCode", equalTo(zone)).body("siteId", equalTo(site.toString()))
                .body("energyMwh", equalTo(100.0f)).body("onsiteRenewableMwh", equalTo(40.0f))
                .body("gridEnergyMwh", equalTo(60.0f)).body("costUsd", equalTo(6000.0f))
                .body("emissionsTCo2e", equalTo(24.0f)).body("peakGridMw", equalTo(6.0f))
                .body("headroomMw", equalTo(80.0f)).body("availableMw", equalTo(100.0f))
                .body("withinHeadroom", equalTo(true)).body("dataBasis.flatHours", equalTo(10))
                .body("warnings", hasItem(containsString("flat annual figures")));
        // A load the on-site plant covers entirely draws nothing from the grid.
        quote("siteId", site.toString(), "loadMw", 3, "hours", 5, "start", "2026-05-01T00:00:00Z")
                .statusCode(200).body("gridEnergyMwh", equalTo(0.0f)).body("costUsd", equalTo(0.0f))
                .body("emissionsTCo2e", equalTo(0.0f)).body("averagePriceUsdPerMwh", nullValue());
    }

    @Test
    void loadAboveHeadroomSaysSoAndUpgradesOnlineByTheStartCount() {
        String zone = createZone("headroomMw", 5.0);
        quote("zoneCode", zone, "loadMw", 10, "hours", 1, "start", "2027-01-01T00:00:00Z")
                .statusCode(200).body("withinHeadroom", equalTo(false)).body("headroomMw", equalTo(5.0f))
                .body("costUsd", equalTo(1000.0f)).body("warnings", hasItem(containsString("exceeds")));
        createUpgrade(zone, 20, "2026-12-31", "CANCELLED");
        createUpgrade(zone, 20, "2027-01-02", "APPROVED");
        quote("zoneCode", zone, "loadMw", 10, "hours", 1, "start", "2027-01-01T00:00:00Z")
                .statusCode(200).body("withinHeadroom", equalTo(false)).body("headroomMw", equalTo(5.0f));
        createUpgrade(zone, 10, "2026-12-31", "UNDER_CONSTRUCTION");
        quote("zoneCode", zone, "loadMw", 10, "hours", 1, "start", "2027-01-01T00:00:00Z")
                .statusCode(200).body("withinHeadroom", equalTo(true)).body("headroomMw", equalTo(15.0f))
                .body("warnings", not(hasItem(containsString("exceeds"))));
    }

    @Test
    void scheduleSegmentsAddUpAndSeriesHoursTakePrecedence() {
        String zone = createZone("carbonIntensityGPerKwh", 100.0, "priceUsdPerMwh", 100.0);
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").queryParam("source", "test series")
                .body("timestamp,carbonIntensityGPerKwh,priceUsdPerMwh\n2026-02-01T01:00:00Z,0,0\n")
                .put("/api/v1/grid-zones/" + zone + "/series").then().statusCode(200);
        // Segments 2 MW 00-03 and 1 MW 02-04: load [2, 2, 3, 1] = 8 MWh; hour 01 is a free, clean series hour,
        // so the grid pays for 2 + 3 + 1 = 6 MWh at 100: 600 USD and 0.6 t.
        quote("zoneCode", zone, "schedule", List.of(
                Map.of("start", "2026-02-01T00:00:00Z", "hours", 3, "loadMw", 2),
                Map.of("start", "2026-02-01T02:00:00Z", "hours", 2, "loadMw", 1)))
                .statusCode(200).body("start", equalTo("2026-02-01T00:00:00Z")).body("hours", equalTo(4))
                .body("energyMwh", equalTo(8.0f)).body("peakLoadMw", equalTo(3.0f)).body("costUsd", equalTo(600.0f))
                .body("emissionsTCo2e", equalTo(0.6f)).body("dataBasis.seriesHours", equalTo(1))
                .body("dataBasis.flatHours", equalTo(3));
    }

    @Test
    void badInputGetsProblems() {
        String zone = createZone();
        String start = "2026-01-15T00:00:00Z";
        quote("zoneCode", zone, "loadMw", 0, "hours", 1, "start", start).statusCode(400).body("errors.field", hasItem("loadMw"));
        quote("zoneCode", zone, "loadMw", 10001, "hours", 1, "start", start).statusCode(400).body("errors.field", hasItem("loadMw"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 0, "start", start).statusCode(400).body("errors.field", hasItem("hours"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 8785, "start", start).statusCode(400).body("errors.field", hasItem("hours"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 1, "start", "2026-01-15T00:30:00Z").statusCode(400)
                .body("errors.field", hasItem("start"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 1, "start", "1999-01-01T00:00:00Z").statusCode(400)
                .body("errors.field", hasItem("start"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 1, "start", "soon").statusCode(400).body("errors.field", hasItem("start"));
        quote("zoneCode", zone, "loadMw", 1, "start", start).statusCode(400).body("errors.field", hasItem("hours"));
        quote("loadMw", 1, "hours", 1, "start", start).statusCode(400).body("errors.field", hasItem("zoneCode"));
        quote("zoneCode", zone, "siteId", UUID.randomUUID().toString(), "loadMw", 1, "hours", 1, "start", start)
                .statusCode(400).body("errors.field", hasItem("siteId"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 1, "start", start,
                "schedule", List.of(Map.of("start", start, "hours", 1, "loadMw", 1))).statusCode(400)
                .body("errors.field", hasItem("schedule"));
        quote("zoneCode", zone, "schedule", List.of(Map.of("start", start, "hours", 1, "loadMw", -1))).statusCode(400)
                .body("errors.field", hasItem("schedule[0].loadMw"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 1, "start", start, "earliestStart", start).statusCode(400)
                .body("errors.field", hasItem("latestEnd"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 1, "start", start, "colour", "green").statusCode(400)
                .body("errors.field", hasItem("colour"));
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body("{\"zoneCode\":")
                .post("/api/v1/energy-quotes").then().statusCode(400).body("type", containsString("malformed-body"));

        quote("zoneCode", zone, "loadMw", 1, "hours", 10, "start", start,
                "earliestStart", start, "latestEnd", "2026-01-15T05:00:00Z").statusCode(422)
                .body("errors.field", hasItem("latestEnd")).body("detail", containsString("too short"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 2, "start", "2026-01-14T23:00:00Z",
                "earliestStart", start, "latestEnd", "2026-01-16T00:00:00Z").statusCode(422)
                .body("errors.field", hasItem("start"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 2, "start", start,
                "earliestStart", start, "latestEnd", "2029-01-16T00:00:00Z").statusCode(422)
                .body("errors.field", hasItem("latestEnd"));
        quote("zoneCode", zone, "loadMw", 1, "hours", 2, "start", start,
                "earliestStart", start, "latestEnd", start).statusCode(422).body("errors.field", hasItem("latestEnd"));
        quote("zoneCode", "ZZ-NOSUCHZONE", "loadMw", 1, "hours", 1, "start", start).statusCode(422)
                .body("errors.field", hasItem("zoneCode"));
        quote("siteId", UUID.randomUUID().toString(), "loadMw", 1, "hours", 1, "start", start).statusCode(422)
                .body("errors.field", hasItem("siteId"));
    }

    @Test
    void quotingNeedsAToken() {
        String zone = createZone();
        Map<String, Object> body = Map.of("zoneCode", zone, "loadMw", 1, "hours", 1, "start", "2026-01-15T00:00:00Z");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/energy-quotes").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("nobody").sign()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/energy-quotes").then().statusCode(403);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/energy-quotes").then().statusCode(200).body("costUsd", equalTo(100.0f));
    }
}
