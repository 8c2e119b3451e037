package org.sovplan.capacity.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sovplan.capacity.reservation.ReservationResourceTest.reservation;
import static org.sovplan.capacity.support.Api.as;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asReserver;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReservationSecurityTest {

    @Test
    void onlyAdminsAndTheReserverReserve() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L4", 10).create();
        given().contentType("application/json").body(reservation(site, "NVIDIA_L4", 1)).post("/api/v1/reservations")
                .then().statusCode(401).contentType("application/problem+json");
        asViewer().body(reservation(site, "NVIDIA_L4", 1)).post("/api/v1/reservations").then().statusCode(403);
        as(TestTokens.planner()).body(reservation(site, "NVIDIA_L4", 1)).post("/api/v1/reservations")
                .then().statusCode(403);
        String id = asAdmin().body(reservation(site, "NVIDIA_L4", 1)).post("/api/v1/reservations")
                .then().statusCode(201).body("createdBy", equalTo("ada")).extract().path("id");
        asViewer().delete("/api/v1/reservations/" + id).then().statusCode(403);
        asReserver().get("/api/v1/reservations/" + id).then().statusCode(200);
        given().get("/api/v1/reservations").then().statusCode(401);
    }

    @Test
    void theReserverTooNeedsTheSitesCountryInItsRegions() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L4", 10).create();
        String kenyanReserver = TestTokens.user("kenyan-reserver").roles("capacity-reserver").regions("KE").sign();
        String unscopedReserver = TestTokens.user("unscoped-reserver").roles("capacity-reserver").sign();
        as(kenyanReserver).body(reservation(site, "NVIDIA_L4", 1)).post("/api/v1/reservations")
                .then().statusCode(403).body("detail", containsString("KE"));
        as(unscopedReserver).body(reservation(site, "NVIDIA_L4", 1)).post("/api/v1/reservations")
                .then().statusCode(403);
        String id = asReserver().body(reservation(site, "NVIDIA_L4", 1)).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        as(kenyanReserver).delete("/api/v1/reservations/" + id).then().statusCode(403);
        asViewer().get("/api/v1/sites/" + site).then().body("pools[0].reserved", equalTo(1));
    }
}
