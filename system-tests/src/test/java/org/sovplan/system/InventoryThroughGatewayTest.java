package org.sovplan.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Full CRUD of capacity and energy resources, only through the gateway, with real Keycloak tokens. */
@ExtendWith(StackExtension.class)
class InventoryThroughGatewayTest {

    private static Api api;

    @BeforeAll
    static void connect(Stack stack) {
        api = new Api(stack);
    }

    @Test
    void regionsAndSitesLiveAndDie() {
        api.as("ada").body(Fixtures.kenya()).post("/api/v1/regions");
        String county = "KE-" + (10 + (int) (Math.random() * 80));
        api.as("ada").body(Fixtures.region(county, "County " + county, "KE")).post("/api/v1/regions");

        String siteId = api.as("ada")
                .body(Fixtures.site("E2E site " + Fixtures.suffix(), county, "KE", Map.of("NVIDIA_H100_SXM", 64)))
                .post("/api/v1/sites")
                .then().statusCode(201).body("pools[0].available", equalTo(64)).extract().path("id");

        api.as("vera").get("/api/v1/sites/" + siteId).then().statusCode(200).body("regionCode", equalTo(county))
                .body("version", equalTo(0));
        api.as("vera").queryParam("regionCode", "KE").queryParam("acceleratorModel", "NVIDIA_H100_SXM")
                .get("/api/v1/sites").then().statusCode(200).body("items.id", hasItem(siteId));

        api.as("ada").header("If-Match", "\"0\"")
                .body(Map.of("installed", 128)).put("/api/v1/sites/" + siteId + "/pools/NVIDIA_H100_SXM")
                .then().statusCode(200).body("installed", equalTo(128));
        api.as("vera").queryParam("regionCode", "KE").get("/api/v1/capacity/summary")
                .then().statusCode(200);

        api.as("ada").delete("/api/v1/sites/" + siteId).then().statusCode(204);
        api.as("vera").get("/api/v1/sites/" + siteId).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void gridZonesUpgradesAndHeadroom() {
        String zone = "KE-E2E" + Fixtures.suffix().substring(0, 4).toUpperCase().replaceAll("[^A-Z0-9]", "X");
        api.as("ada").body(Fixtures.gridZone(zone, "KE")).post("/api/v1/grid-zones").then().statusCode(201);
        api.as("ada").body(Map.of("zoneCode", zone, "name", "E2E line", "addedMw", 30.0, "renewableMw", 10.0,
                "capexUsd", 1.0e7, "expectedOnline", "2026-06-01", "status", "APPROVED", "source", "test"))
                .post("/api/v1/grid-upgrades").then().statusCode(201);

        api.as("vera").queryParam("asOf", "2027-01-01").get("/api/v1/grid-zones/" + zone + "/headroom")
                .then().statusCode(200).body("headroomMw", equalTo(80.0f));
        api.as("vera").queryParam("asOf", "2026-01-01").get("/api/v1/grid-zones/" + zone + "/headroom")
                .then().statusCode(200).body("headroomMw", equalTo(50.0f));

        api.as("vera").body(Map.of("zoneCode", zone, "loadMw", 10.0, "hours", 24, "start", "2027-03-01T00:00:00Z"))
                .post("/api/v1/energy-quotes").then().statusCode(200).body("energyMwh", equalTo(240.0f))
                .body("costUsd", greaterThanOrEqualTo(0f));

        api.as("ada").body(Map.of("name", "Renamed", "countryCode", "KE", "carbonIntensityGPerKwh", 80.0,
                "renewableSharePct", 85.0, "priceUsdPerMwh", 120.0, "headroomMw", 55.0, "source", "test", "year", 2024,
                "estimated", true, "version", 0))
                .put("/api/v1/grid-zones/" + zone).then().statusCode(200).body("version", equalTo(1));
    }
}
