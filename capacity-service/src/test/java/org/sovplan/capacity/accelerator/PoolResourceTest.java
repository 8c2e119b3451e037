package org.sovplan.capacity.accelerator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sovplan.capacity.support.Api.as;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asReserver;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PoolResourceTest {

    private static String pools(UUID site) {
        return "/api/v1/sites/" + site + "/pools";
    }

    @Test
    void putCreatesThenChangesAPool() {
        UUID site = SiteBuilder.site().create();
        asAdmin().body(Map.of("installed", 16)).put(pools(site) + "/NVIDIA_A100_SXM")
                .then().statusCode(201).header("Location", containsString(pools(site) + "/NVIDIA_A100_SXM"))
                .body("modelCode", equalTo("NVIDIA_A100_SXM")).body("installed", equalTo(16))
                .body("reserved", equalTo(0)).body("available", equalTo(16)).body("version", equalTo(0));
        asAdmin().body(Map.of("installed", 32, "version", 0)).put(pools(site) + "/NVIDIA_A100_SXM")
                .then().statusCode(200).body("installed", equalTo(32)).body("version", equalTo(1));
        asAdmin().body(Map.of("installed", 8, "version", 0)).put(pools(site) + "/NVIDIA_A100_SXM")
                .then().statusCode(409).body("type", containsString("stale-version"));
        asAdmin().header("If-Match", "\"1\"").body(Map.of("installed", 8)).put(pools(site) + "/NVIDIA_A100_SXM")
                .then().statusCode(200).body("installed", equalTo(8));
        asAdmin().body(Map.of("installed", 4)).put(pools(site) + "/NVIDIA_L4").then().statusCode(201);

        asViewer().get(pools(site)).then().statusCode(200)
                .body("items.modelCode", contains("NVIDIA_A100_SXM", "NVIDIA_L4")).body("total", equalTo(2));
        asViewer().queryParam("sort", "installed").get(pools(site)).then()
                .body("items.modelCode", contains("NVIDIA_L4", "NVIDIA_A100_SXM"));
        asViewer().get(pools(site) + "/NVIDIA_L4").then().statusCode(200).header("ETag", "\"0\"");
        asViewer().get("/api/v1/sites/" + site).then().body("pools.modelCode", contains("NVIDIA_A100_SXM", "NVIDIA_L4"))
                .body("version", equalTo(0));
    }

    @Test
    void installedMayNotDropBelowReserved() {
        UUID site = SiteBuilder.site().pool("NVIDIA_H100_SXM", 10).create();
        asReserver().body(Map.of("siteId", site, "modelCode", "NVIDIA_H100_SXM", "gpus", 6))
                .post("/api/v1/reservations").then().statusCode(201);
        asAdmin().body(Map.of("installed", 5)).put(pools(site) + "/NVIDIA_H100_SXM")
                .then().statusCode(409).contentType("application/problem+json");
        asAdmin().body(Map.of("installed", 6)).put(pools(site) + "/NVIDIA_H100_SXM")
                .then().statusCode(200).body("reserved", equalTo(6)).body("available", equalTo(0));
        asAdmin().delete(pools(site) + "/NVIDIA_H100_SXM").then().statusCode(409);
        asViewer().get(pools(site) + "/NVIDIA_H100_SXM").then().statusCode(200);
    }

    @Test
    void deleteRemovesAnUnreservedPool() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L4", 4).create();
        asAdmin().delete(pools(site) + "/NVIDIA_L4").then().statusCode(204);
        asViewer().get(pools(site) + "/NVIDIA_L4").then().statusCode(404);
        asAdmin().delete(pools(site) + "/NVIDIA_L4").then().statusCode(404);
    }

    @Test
    void badRequestsAreProblems() {
        UUID site = SiteBuilder.site().create();
        asAdmin().body(Map.of("installed", 4)).put(pools(site) + "/ACME_X1")
                .then().statusCode(422).body("errors.field", hasItem("modelCode"));
        asAdmin().body(Map.of("installed", -1)).put(pools(site) + "/NVIDIA_L4")
                .then().statusCode(400).body("errors.field", hasItem("installed"));
        asAdmin().body(Map.of("installed", 4, "reserved", 2)).put(pools(site) + "/NVIDIA_L4")
                .then().statusCode(400).body("errors.field", hasItem("reserved"));
        asAdmin().body(Map.of("installed", 4)).put(pools(UUID.randomUUID()) + "/NVIDIA_L4").then().statusCode(404);
        asViewer().get(pools(UUID.randomUUID())).then().statusCode(404);
        asViewer().queryParam("size", 501).get(pools(site)).then().statusCode(400);
    }

    @Test
    void poolWritesNeedAdminOfTheSitesRegion() {
        UUID site = SiteBuilder.site().create();
        asViewer().body(Map.of("installed", 4)).put(pools(site) + "/NVIDIA_L4").then().statusCode(403);
        asReserver().body(Map.of("installed", 4)).put(pools(site) + "/NVIDIA_L4").then().statusCode(403);
        as(TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign()).body(Map.of("installed", 4))
                .put(pools(site) + "/NVIDIA_L4").then().statusCode(403);
        given().get(pools(site)).then().statusCode(401);
    }
}
