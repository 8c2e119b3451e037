package org.sovplan.energy.headroom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.sovplan.energy.Fixtures.createSupply;
import static org.sovplan.energy.Fixtures.createUpgrade;
import static org.sovplan.energy.Fixtures.createZone;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HeadroomResourceTest {

    @Test
    void baseHeadroomAloneWhenNothingElseIsRecorded() {
        String zone = createZone("headroomMw", 120.0);
        given().auth().oauth2(TestTokens.viewer()).queryParam("asOf", "2027-01-01")
                .get("/api/v1/grid-zones/" + zone + "/headroom")
                .then().statusCode(200).body("zoneCode", equalTo(zone)).body("asOf", equalTo("2027-01-01"))
                .body("baseHeadroomMw", equalTo(120.0f)).body("upgradesMw", equalTo(0.0f))
                .body("contractedMw", equalTo(0.0f)).body("headroomMw", equalTo(120.0f)).body("upgrades", empty());
    }

    @Test
    void countsUpgradesOnlineByTheDateButNotCancelledOrLaterOnesAndSubtractsContracts() {
        String zone = createZone("headroomMw", 100.0);
        String online = createUpgrade(zone, 50, "2026-06-01", "APPROVED");
        String later = createUpgrade(zone, 30, "2027-06-01", "PLANNED");
        createUpgrade(zone, 70, "2026-01-01", "CANCELLED");
        createSupply(zone, UUID.randomUUID(), 12, 3);

        // 100 base + 50 (online 2026-06-01) - 12 contracted = 138; the 2027 one is later, the cancelled one never counts.
        given().auth().oauth2(TestTokens.viewer()).queryParam("asOf", "2026-12-31")
                .get("/api/v1/grid-zones/" + zone + "/headroom")
                .then().statusCode(200).body("upgradesMw", equalTo(50.0f)).body("contractedMw", equalTo(12.0f))
                .body("headroomMw", equalTo(138.0f)).body("upgrades.id", equalTo(List.of(online)))
                .body("upgrades[0].status", equalTo("APPROVED")).body("upgrades[0].expectedOnline", equalTo("2026-06-01"));
        // On its expected date an upgrade counts: 100 + 50 + 30 - 12 = 168.
        given().auth().oauth2(TestTokens.viewer()).queryParam("asOf", "2027-06-01")
                .get("/api/v1/grid-zones/" + zone + "/headroom")
                .then().statusCode(200).body("upgradesMw", equalTo(80.0f)).body("headroomMw", equalTo(168.0f))
                .body("upgrades.id", equalTo(List.of(online, later)));
        // Before any upgrade: 100 - 12 = 88.
        given().auth().oauth2(TestTokens.viewer()).queryParam("asOf", "2025-01-01")
                .get("/api/v1/grid-zones/" + zone + "/headroom")
                .then().statusCode(200).body("upgradesMw", equalTo(0.0f)).body("headroomMw", equalTo(88.0f));
    }

    @Test
    void overContractedZoneShowsNegativeHeadroomAndAsOfDefaultsToToday() {
        String zone = createZone("headroomMw", 10.0);
        createSupply(zone, UUID.randomUUID(), 25, 0);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone + "/headroom")
                .then().statusCode(200).body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("headroomMw", equalTo(-15.0f));
    }

    @Test
    void badRequests() {
        String zone = createZone();
        given().auth().oauth2(TestTokens.viewer()).queryParam("asOf", "tomorrow")
                .get("/api/v1/grid-zones/" + zone + "/headroom").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/ZZ-NOSUCHZONE/headroom")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/grid-zones/" + zone + "/headroom").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("nobody").sign()).get("/api/v1/grid-zones/" + zone + "/headroom")
                .then().statusCode(403);
    }
}
