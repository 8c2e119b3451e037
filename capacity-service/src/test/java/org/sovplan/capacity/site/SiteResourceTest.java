package org.sovplan.capacity.site;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SiteResourceTest {

    @Test
    void createAnswersTheContractShapeWithPoolsAndMw() {
        SiteBuilder site = SiteBuilder.site().pool("NVIDIA_H100_SXM", 256).pool("NVIDIA_L4", 64)
                .set("source", "https://example.org/site").set("estimated", true);
        String id = asAdmin().body(site.body()).post("/api/v1/sites")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/sites/"))
                .header("ETag", "\"0\"")
                .body("regionCode", equalTo(site.regionCode()))
                .body("type", equalTo("COLOCATION"))
                .body("sovereigntyLevel", equalTo("SEAL-2"))
                .body("certifications[0]", equalTo("ISO27001"))
                .body("status", equalTo("OPERATIONAL"))
                .body("availableFrom", equalTo("2024-01-01"))
                .body("itCapacityMw", equalTo(10.0f))
                .body("reservedItMw", equalTo(0.0f))
                .body("availableItMw", equalTo(10.0f))
                .body("pue", equalTo(1.5f))
                .body("tier", equalTo(3))
                .body("estimated", equalTo(true))
                .body("version", equalTo(0))
                .body("pools", hasSize(2))
                .body("pools[0].modelCode", equalTo("NVIDIA_H100_SXM"))
                .body("pools[0].installed", equalTo(256))
                .body("pools[0].reserved", equalTo(0))
                .body("pools[0].available", equalTo(256))
                .extract().path("id");

        asViewer().get("/api/v1/sites/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id)).body("name", equalTo(site.name()))
                .body("pools.modelCode", contains("NVIDIA_H100_SXM", "NVIDIA_L4"));
    }

    @Test
    void updateReplacesFieldsKeepsPoolsAndBumpsVersion() {
        SiteBuilder site = SiteBuilder.site().pool("NVIDIA_L40S", 8);
        UUID id = site.create();
        asAdmin().body(site.noPools().itCapacityMw(12.5).pue(1.3).without("tier").without("certifications")
                .set("version", 0).body())
                .put("/api/v1/sites/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("itCapacityMw", equalTo(12.5f)).body("pue", equalTo(1.3f)).body("tier", nullValue())
                .body("certifications", hasSize(0)).body("version", equalTo(1))
                .body("pools[0].installed", equalTo(8));
        asAdmin().header("If-Match", "\"1\"").body(site.without("version").name("Renamed").body())
                .put("/api/v1/sites/" + id)
                .then().statusCode(200).body("name", equalTo("Renamed")).body("version", equalTo(2));
    }

    @Test
    void staleOrMissingVersionIsRefused() {
        SiteBuilder site = SiteBuilder.site();
        UUID id = site.create();
        asAdmin().body(site.set("version", 0).name("First").body()).put("/api/v1/sites/" + id).then().statusCode(200);
        asAdmin().body(site.set("version", 0).name("Second").body()).put("/api/v1/sites/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("stale-version"));
        asAdmin().body(site.without("version").body()).put("/api/v1/sites/" + id)
                .then().statusCode(428).body("errors[0].field", equalTo("version"));
        asViewer().get("/api/v1/sites/" + id).then().body("name", equalTo("First"));
    }

    @Test
    void poolsAreNotChangedThroughTheSite() {
        SiteBuilder site = SiteBuilder.site();
        UUID id = site.create();
        asAdmin().body(site.set("version", 0).pool("NVIDIA_L4", 4).body()).put("/api/v1/sites/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("pools"));
    }

    @Test
    void duplicateNameInTheRegionConflicts() {
        SiteBuilder site = SiteBuilder.site();
        site.create();
        asAdmin().body(SiteBuilder.siteIn(site.regionCode()).name(site.name().toUpperCase()).body())
                .post("/api/v1/sites").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void deleteRemovesTheSiteAndItsPools() {
        UUID id = SiteBuilder.site().pool("NVIDIA_L4", 2).create();
        asAdmin().delete("/api/v1/sites/" + id).then().statusCode(204);
        asViewer().get("/api/v1/sites/" + id).then().statusCode(404).contentType("application/problem+json");
        asAdmin().delete("/api/v1/sites/" + id).then().statusCode(404);
        asViewer().get("/api/v1/sites/" + id + "/pools").then().statusCode(404);
    }

    @Test
    void unknownIdsAnswer404AndBadIdsAnswer400() {
        asViewer().get("/api/v1/sites/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", containsString("not-found"));
        asViewer().get("/api/v1/sites/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        asAdmin().body(Map.of("name", "x")).put("/api/v1/sites/" + UUID.randomUUID()).then().statusCode(400);
    }
}
