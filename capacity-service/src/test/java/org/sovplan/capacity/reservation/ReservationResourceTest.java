package org.sovplan.capacity.reservation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asReserver;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ReservationResourceTest {

    static Map<String, Object> reservation(UUID site, String model, int gpus) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteId", site.toString());
        body.put("modelCode", model);
        body.put("gpus", gpus);
        return body;
    }

    static ValidatableResponse reserve(Map<String, Object> body) {
        return asReserver().body(body).post("/api/v1/reservations").then();
    }

    @Test
    void reservingComputesItMwFromTdpAndOverheadAndUpdatesPoolAndSite() {
        UUID site = SiteBuilder.site().pool("NVIDIA_H100_SXM", 256).create();
        Map<String, Object> body = reservation(site, "NVIDIA_H100_SXM", 64);
        body.put("reference", "plan/p1/workload/w1");
        String id = reserve(body).statusCode(201)
                .header("Location", containsString("/api/v1/reservations/"))
                .body("siteId", equalTo(site.toString())).body("modelCode", equalTo("NVIDIA_H100_SXM"))
                .body("gpus", equalTo(64))
                // 64 × 700 W × (1 + 0.5) / 1e6
                .body("itMw", equalTo(0.0672f))
                .body("reference", equalTo("plan/p1/workload/w1")).body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo("service-account-placement")).body("createdAt", notNullValue())
                .body("releasedAt", nullValue())
                .extract().path("id");

        asViewer().get("/api/v1/sites/" + site).then()
                .body("reservedItMw", equalTo(0.0672f)).body("availableItMw", equalTo(9.9328f))
                .body("pools[0].reserved", equalTo(64)).body("pools[0].available", equalTo(192))
                // reservations do not make an administrator's pending edit stale
                .body("version", equalTo(0)).body("pools[0].version", equalTo(0));
        asViewer().get("/api/v1/reservations/" + id).then().statusCode(200).body("gpus", equalTo(64));
    }

    @Test
    void anExplicitItMwIsTakenAsGiven() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L4", 10).create();
        Map<String, Object> body = reservation(site, "NVIDIA_L4", 2);
        body.put("itMw", 0.5);
        reserve(body).statusCode(201).body("itMw", equalTo(0.5f));
        asViewer().get("/api/v1/sites/" + site).then().body("reservedItMw", equalTo(0.5f));
    }

    @Test
    void edgePowerIsReservedToTheWattAndAnsweredWithoutFloatNoise() {
        UUID site = SiteBuilder.site().pool("NVIDIA_JETSON_AGX_ORIN_64GB", 10).create();
        // 1 × 60 W × (1 + 0.5) = 90 W, not a rounded-up kW or MW.
        String computed = reserve(reservation(site, "NVIDIA_JETSON_AGX_ORIN_64GB", 1)).statusCode(201)
                .extract().asString();
        assertThat(computed, containsString("\"itMw\":0.000090"));
        Map<String, Object> exact = reservation(site, "NVIDIA_JETSON_AGX_ORIN_64GB", 1);
        exact.put("itMw", new java.math.BigDecimal("0.000108"));
        String id = reserve(exact).statusCode(201).extract().path("id");
        assertThat(asViewer().get("/api/v1/reservations/" + id).then().statusCode(200).extract().asString(),
                containsString("\"itMw\":0.000108"));
        asViewer().get("/api/v1/sites/" + site).then().body("reservedItMw", equalTo(0.000198f));
        asReserver().delete("/api/v1/reservations/" + id).then().statusCode(204);
        asViewer().get("/api/v1/sites/" + site).then().body("reservedItMw", equalTo(0.00009f));
    }

    @Test
    void overAllocationIsRefusedWith409() {
        UUID site = SiteBuilder.site().itCapacityMw(0.1).pool("NVIDIA_H100_SXM", 100).create();
        reserve(reservation(site, "NVIDIA_H100_SXM", 64)).statusCode(201);
        reserve(reservation(site, "NVIDIA_H100_SXM", 37)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("36 of 100"));
        // 30 more fit the pool and, at 0.0315 MW, the site: 0.0987 of 0.1 MW
        reserve(reservation(site, "NVIDIA_H100_SXM", 30)).statusCode(201);
        // 2 more fit the pool (6 left) but not the site's power
        reserve(reservation(site, "NVIDIA_H100_SXM", 2)).statusCode(409).body("detail", containsString("IT MW"));
        reserve(reservation(site, "NVIDIA_L4", 1)).statusCode(409).body("detail", containsString("no NVIDIA_L4"));
        asViewer().get("/api/v1/sites/" + site).then().body("pools[0].reserved", equalTo(94))
                .body("reservedItMw", equalTo(0.0987f));
    }

    @Test
    void releaseGivesCapacityBackAndIsIdempotent() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L40S", 8).create();
        String id = reserve(reservation(site, "NVIDIA_L40S", 8)).statusCode(201).extract().path("id");
        reserve(reservation(site, "NVIDIA_L40S", 1)).statusCode(409);
        asReserver().delete("/api/v1/reservations/" + id).then().statusCode(204);
        asReserver().delete("/api/v1/reservations/" + id).then().statusCode(204);
        asViewer().get("/api/v1/reservations/" + id).then().body("status", equalTo("RELEASED"))
                .body("releasedAt", notNullValue());
        asViewer().get("/api/v1/sites/" + site).then().body("pools[0].reserved", equalTo(0))
                .body("reservedItMw", equalTo(0.0f));
        reserve(reservation(site, "NVIDIA_L40S", 8)).statusCode(201);
        asReserver().delete("/api/v1/reservations/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listFiltersBySiteStatusAndReference() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L4", 10).create();
        Map<String, Object> first = reservation(site, "NVIDIA_L4", 1);
        first.put("reference", "plan/list-" + site);
        String a = reserve(first).statusCode(201).extract().path("id");
        String b = reserve(reservation(site, "NVIDIA_L4", 2)).statusCode(201).extract().path("id");
        asAdmin().delete("/api/v1/reservations/" + b).then().statusCode(204);

        asViewer().queryParam("siteId", site.toString()).get("/api/v1/reservations").then().statusCode(200)
                .body("items.id", contains(a, b)).body("total", equalTo(2));
        asViewer().queryParam("siteId", site.toString()).queryParam("status", "ACTIVE").get("/api/v1/reservations")
                .then().body("items.id", contains(a));
        asViewer().queryParam("reference", "plan/list-" + site).get("/api/v1/reservations")
                .then().body("items.id", contains(a));
        asViewer().queryParam("siteId", site.toString()).queryParam("sort", "gpus,desc").get("/api/v1/reservations")
                .then().body("items.id", contains(b, a));
        asViewer().queryParam("status", "PENDING").get("/api/v1/reservations").then().statusCode(400);
        asViewer().queryParam("sort", "siteId").get("/api/v1/reservations").then().statusCode(400);
    }

    @Test
    void unknownSiteOrModelIs422AndBadBodiesAre400() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L4", 10).create();
        reserve(reservation(UUID.randomUUID(), "NVIDIA_L4", 1)).statusCode(422).body("errors.field", hasItem("siteId"));
        reserve(reservation(site, "ACME_X1", 1)).statusCode(422).body("errors.field", hasItem("modelCode"));
        reserve(reservation(site, "NVIDIA_L4", 0)).statusCode(400).body("errors.field", hasItem("gpus"));
        Map<String, Object> negative = reservation(site, "NVIDIA_L4", 1);
        negative.put("itMw", -0.1);
        reserve(negative).statusCode(400).body("errors.field", hasItem("itMw"));
        Map<String, Object> unknown = reservation(site, "NVIDIA_L4", 1);
        unknown.put("priority", "high");
        reserve(unknown).statusCode(400).body("errors.field", hasItem("priority"));
        Map<String, Object> fraction = reservation(site, "NVIDIA_L4", 1);
        fraction.put("gpus", 1.5);
        reserve(fraction).statusCode(400).body("errors.field", hasItem("gpus"));
        Map<String, Object> badId = reservation(site, "NVIDIA_L4", 1);
        badId.put("siteId", "site-1");
        reserve(badId).statusCode(400).body("errors.field", hasItem("siteId"));
        asViewer().get("/api/v1/sites/" + site).then().body("pools[0].reserved", equalTo(0));
    }

    @Test
    void sitesHoldingReservationsAreProtected() {
        SiteBuilder builder = SiteBuilder.site().itCapacityMw(1).pool("NVIDIA_H100_SXM", 100);
        UUID site = builder.create();
        String id = reserve(reservation(site, "NVIDIA_H100_SXM", 100)).statusCode(201).extract().path("id");
        asAdmin().delete("/api/v1/sites/" + site).then().statusCode(409);
        asAdmin().body(builder.noPools().itCapacityMw(0.1).set("version", 0).body()).put("/api/v1/sites/" + site)
                .then().statusCode(422).body("errors.field", hasItem("itCapacityMw"));
        asAdmin().body(builder.itCapacityMw(1).status("DECOMMISSIONED").body()).put("/api/v1/sites/" + site)
                .then().statusCode(409);
        asAdmin().body(builder.status("OPERATIONAL").itCapacityMw(0.105).body()).put("/api/v1/sites/" + site)
                .then().statusCode(200).body("availableItMw", equalTo(0.0f));

        asAdmin().delete("/api/v1/reservations/" + id).then().statusCode(204);
        asAdmin().body(builder.status("DECOMMISSIONED").set("version", 1).body()).put("/api/v1/sites/" + site)
                .then().statusCode(200);
        reserve(reservation(site, "NVIDIA_H100_SXM", 1)).statusCode(409).body("detail", containsString("decommissioned"));
        asAdmin().delete("/api/v1/sites/" + site).then().statusCode(204);
        asViewer().get("/api/v1/reservations/" + id).then().statusCode(404);
    }
}
